/**
 * What sits over the map: the locator inset, the link out of an embed, the legend, the tooltip and
 * the chooser of a clicked badge, the detail panel, the tour player, and the progress card of a job.
 */
import { lazy, Suspense } from 'react';
import type { Initiative } from '../../data/initiative.ts';
import { LOCATOR_MIN_ZOOM } from '../../data/locator-zoom.ts';
import type { Lang } from '../../lib/lang.ts';
import type { MapHover } from '../../map/owner/map-events.ts';
import { serializeUrl } from '../../state/url.ts';
import { Legend } from '../../ui/Legend.tsx';
import { strings } from '../../ui/strings.ts';
import { Tooltip } from '../../ui/Tooltip.tsx';
import { SPEEDS_MS } from '../tour/use-presentation.ts';
import type { Workspace } from './workspace.ts';

// The locator inset and its land load when a presented or embedded map is first zoomed in.
const LocatorInset = lazy(() => import('../../ui/LocatorInset.tsx').then((module) => ({ default: module.LocatorInset })));
// The progress card of a long job loads with the first job.
const JobCard = lazy(() => import('../../ui/JobCard.tsx').then((module) => ({ default: module.JobCard })));
// What appears only once the person does something (picks, selects, starts a tour, opens a file) loads then.
const ClusterChooser = lazy(() => import('../../ui/ClusterChooser.tsx').then((module) => ({ default: module.ClusterChooser })));
const DetailPanel = lazy(() => import('../../ui/DetailPanel.tsx').then((module) => ({ default: module.DetailPanel })));
const TourPlayer = lazy(() => import('../../ui/TourPlayer.tsx').then((module) => ({ default: module.TourPlayer })));
const RecordVideoMenu = lazy(() => import('../../ui/RecordVideoMenu.tsx').then((module) => ({ default: module.RecordVideoMenu })));
const AnnotateButton = lazy(() => import('../../ui/annotations/AnnotateButton.tsx').then((module) => ({ default: module.AnnotateButton })));
const AnnotationPanel = lazy(() =>
  import('../../ui/annotations/AnnotationPanel.tsx').then((module) => ({ default: module.AnnotationPanel })),
);
const UserLegend = lazy(() => import('../../ui/user-data/UserLegend.tsx').then((module) => ({ default: module.UserLegend })));
const UserFeatureCard = lazy(() =>
  import('../../ui/user-data/UserFeatureCard.tsx').then((module) => ({ default: module.UserFeatureCard })),
);

export function MapOverlays({ workspace }: { readonly workspace: Workspace }) {
  const { explorer, actions, pointer, chrome, jobs, mapSize } = workspace;
  const { state, matching, byId, strategy, dataset } = explorer;
  const { lang } = state;
  const selected = state.selected ? (byId.get(state.selected) ?? null) : null;
  const chooserItems = pointer.chooser ? pointer.chooser.ids.map((id) => byId.get(id)).filter((i): i is Initiative => Boolean(i)) : [];
  const fullLink = `${window.location.origin}${window.location.pathname}${shareQuery(state)}`;
  return (
    <>
      {chrome.locator && state.view && state.view.zoom > LOCATOR_MIN_ZOOM && mapSize.width > 0 && (
        <Suspense fallback={null}>
          <LocatorInset view={state.view} mapSize={mapSize} lang={lang} />
        </Suspense>
      )}
      {chrome.openFull && (
        <a className="open-full" href={fullLink} target="_blank" rel="noopener noreferrer">
          {strings(lang).openFull}
        </a>
      )}
      <Legend lang={lang} initiatives={matching} layers={state.layers} grouped={strategy === 'places'}>
        {workspace.userLayers.layers.length > 0 && (
          <Suspense fallback={null}>
            <UserLegend lang={lang} layers={workspace.userLayers.layers} />
          </Suspense>
        )}
      </Legend>
      <PickedUserFeature workspace={workspace} />
      {pointer.hover && !pointer.chooser && <Tooltip x={pointer.hover.x} y={pointer.hover.y} text={hoverText(pointer.hover, byId, lang)} />}
      {pointer.chooser && chooserItems.length > 0 && (
        <Suspense fallback={null}>
          <ClusterChooser
            initiatives={chooserItems}
            x={pointer.chooser.x}
            y={pointer.chooser.y}
            lang={lang}
            onSelect={(id) => actions.select(id, false)}
            onClose={pointer.closeChooser}
          />
        </Suspense>
      )}
      {selected && chrome.detail && (
        <Suspense fallback={null}>
          <DetailPanel
            initiative={selected}
            related={(selected.properties.related ?? []).map((id) => byId.get(id)).filter((i): i is Initiative => Boolean(i))}
            lang={lang}
            dataVersion={dataset.metadata?.version}
            onClose={() => actions.select(null, false)}
            onSelect={(id) => actions.select(id, true)}
            onProfile={chrome.sidebar ? actions.openProfile : undefined}
          />
        </Suspense>
      )}
      <Player workspace={workspace} />
      {workspace.annotating.open && (
        <Suspense fallback={null}>
          <AnnotationPanel
            lang={lang}
            annotating={workspace.annotating}
            centre={state.view ? [state.view.lng, state.view.lat] : [135, 10]}
            undoable={workspace.presentation.undoable > 0}
            redoable={workspace.presentation.redoable > 0}
            onUndo={workspace.presentation.undoCustomTour}
            onRedo={workspace.presentation.redoCustomTour}
          />
        </Suspense>
      )}
      {jobs.running && (
        <Suspense fallback={null}>
          <JobCard lang={lang} job={jobs.runner} onCancel={jobs.cancel} />
        </Suspense>
      )}
    </>
  );
}

function Player({ workspace }: { readonly workspace: Workspace }) {
  const { presentation, chrome, fullscreen, jobs } = workspace;
  const { active } = presentation;
  const { lang } = workspace.explorer.state;
  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <TourPlayer
        tour={active}
        step={presentation.step}
        lang={lang}
        playing={presentation.playing}
        intervalMs={presentation.intervalMs}
        speeds={SPEEDS_MS}
        compact={chrome.compactPlayer}
        presenting={fullscreen.active}
        onAction={presentation.act}
        onGoTo={presentation.goTo}
        onPlay={presentation.setPlaying}
        onSpeed={presentation.setIntervalMs}
        onFullscreen={fullscreen.toggle}
        onDownloadDeck={() => jobs.downloadDeck(active.id)}
        extra={
          <>
            {workspace.annotating.available && chrome.tools && (
              <AnnotateButton lang={lang} open={workspace.annotating.open} onToggle={workspace.annotating.setOpen} />
            )}
            <RecordVideoMenu lang={lang} disabled={jobs.running !== null} onRecord={(choice) => jobs.recordAndSave(active.id, choice)} />
          </>
        }
      />
    </Suspense>
  );
}

/** The query of this view as a link to the full explorer (an embed's "open" link, the embed dialog's link). */
export function shareQuery(state: Parameters<typeof serializeUrl>[0]): string {
  const query = serializeUrl({ ...state, embed: false });
  return query ? `?${query}` : '';
}

function hoverText({ ids, merged }: MapHover, byId: ReadonlyMap<string, Initiative>, lang: Lang): string {
  if (ids.length === 1) return byId.get(ids[0] ?? '')?.properties.title[lang] ?? '';
  return merged ? strings(lang).clusterHover(ids.length) : strings(lang).placeHover(ids.length);
}

/** The card of the user's feature under the pointer or clicked. */
function PickedUserFeature({ workspace }: { readonly workspace: Workspace }) {
  const { picked, layers, pick } = workspace.userLayers;
  const layer = picked ? layers.find((l) => l.id === picked.pick.layerId) : undefined;
  if (!picked || !layer) return null;
  return (
    <Suspense fallback={null}>
      <UserFeatureCard
        lang={workspace.explorer.state.lang}
        layer={layer}
        featureId={picked.pick.featureId}
        x={picked.pick.point.x}
        y={picked.pick.point.y}
        pinned={picked.pinned}
        onClose={() => pick(null, 'click')}
      />
    </Suspense>
  );
}
