/**
 * The sidebar: the filters with their live counts, and under them the list of matching initiatives
 * or their summary charts (`?panel=summary`), whose code loads when first shown; or, while one is
 * open, a profile (loaded when the first one opens).
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { MapPointer } from '../use-map-pointer.ts';
import type { ExplorerActions } from '../use-explorer-actions.ts';
import type { ExplorerState } from '../use-explorer-state.ts';
import { FilterPanel } from '../../ui/FilterPanel.tsx';
import { InitiativeList } from '../../ui/InitiativeList.tsx';
import { PanelSwitch } from '../../ui/PanelSwitch.tsx';
import { profileStrings } from '../../ui/profile-strings.ts';
import { strings } from '../../ui/strings.ts';

const SummaryView = lazy(() => import('../../ui/summary/SummaryView.tsx'));
// A profile's page loads when the first one opens.
const ProfilePanel = lazy(() => import('../../ui/ProfilePanel.tsx').then((module) => ({ default: module.ProfilePanel })));

interface Props {
  readonly explorer: ExplorerState;
  readonly actions: ExplorerActions;
  readonly pointer: MapPointer;
  readonly hovered: string | null;
}

export function Sidebar({ explorer, actions, pointer, hovered }: Props) {
  const { state, result, matching, dataset } = explorer;
  useFocusAfterProfile(state.profile !== null, state.selected !== null);
  if (state.profile)
    return (
      <aside className="sidebar">
        <Suspense fallback={<p className="empty">{profileStrings(state.lang).loading}</p>}>
          <ProfilePanel
            profile={state.profile}
            initiatives={dataset.initiatives}
            selected={state.selected}
            lang={state.lang}
            onClose={actions.closeProfile}
            onSelect={(id) => actions.select(id, true)}
            onProfile={actions.openProfile}
          />
        </Suspense>
      </aside>
    );
  return (
    <aside className="sidebar">
      <FilterPanel
        filters={state.filters}
        result={result}
        lang={state.lang}
        onToggle={actions.toggleFacet}
        onClearFacet={actions.clearFacet}
        onClearAll={actions.clearAll}
        onSearch={actions.search}
        onProfile={actions.openProfile}
      />
      <PanelSwitch panel={state.panel} lang={state.lang} onShow={actions.showPanel} />
      {state.panel === 'summary' ? (
        <Suspense fallback={<p className="empty">{strings(state.lang).loading}</p>}>
          <SummaryView
            prepared={explorer.prepared}
            filters={explorer.shownFilters}
            result={result}
            chosen={state.filters}
            lang={state.lang}
            onToggle={actions.toggleFacet}
            onHover={pointer.setBarHover}
            onProfile={actions.openProfile}
          />
        </Suspense>
      ) : (
        <InitiativeList
          initiatives={matching}
          total={dataset.initiatives.length}
          selected={state.selected}
          hovered={hovered}
          lang={state.lang}
          onSelect={(id) => actions.select(id, true)}
          onHover={pointer.setListHover}
        />
      )}
    </aside>
  );
}

/**
 * Closing a profile removes the button that had the focus: keyboard users go on from the top of the
 * filters, unless a selection came back (the detail panel takes the focus then).
 */
function useFocusAfterProfile(open: boolean, selected: boolean): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open && !selected) document.getElementById('search-input')?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open, selected]);
}
