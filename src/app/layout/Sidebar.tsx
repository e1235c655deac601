/** The sidebar: the filters with their live counts, and the list of matching initiatives. */
import type { MapPointer } from '../use-map-pointer.ts';
import type { ExplorerActions } from '../use-explorer-actions.ts';
import type { ExplorerState } from '../use-explorer-state.ts';
import { FilterPanel } from '../../ui/FilterPanel.tsx';
import { InitiativeList } from '../../ui/InitiativeList.tsx';

interface Props {
  readonly explorer: ExplorerState;
  readonly actions: ExplorerActions;
  readonly pointer: MapPointer;
  readonly hovered: string | null;
}

export function Sidebar({ explorer, actions, pointer, hovered }: Props) {
  const { state, result, matching, dataset } = explorer;
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
      />
      <InitiativeList
        initiatives={matching}
        total={dataset.initiatives.length}
        selected={state.selected}
        hovered={hovered}
        lang={state.lang}
        onSelect={(id) => actions.select(id, true)}
        onHover={pointer.setListHover}
      />
    </aside>
  );
}
