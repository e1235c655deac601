/** The map and everything on it: the map itself, its tools (layers, tours, image, downloads, embed), and the overlays (MapOverlays.tsx). */
import { useMemo, useState, type DragEvent } from 'react';
import { citationOf } from '../../data/citation.ts';
import type { Initiative } from '../../data/initiative.ts';
import { MapView } from '../../map/owner/MapView.tsx';
import { MapTools } from '../../ui/MapTools.tsx';
import { strings } from '../../ui/strings.ts';
import { ToursMenu } from '../../ui/ToursMenu.tsx';
import { MapOverlays } from './MapOverlays.tsx';
import { OPENED } from '../page-url.ts';
import { CUSTOM_TOUR_ID } from '../tour/use-presentation.ts';
import type { Workspace } from './workspace.ts';

export function MapArea(props: { readonly workspace: Workspace }) {
  const { explorer, actions, presentation, pointer, notices, chrome, map, mapArea, instrument } = props.workspace;
  const { state, matching, byId, dataset } = explorer;
  const t = strings(state.lang);
  const touring = presentation.active !== null;
  const hovered = useHovered(pointer, byId);
  const drop = useFileDrop(props.workspace);
  return (
    <div className="map-area" ref={mapArea} {...drop.handlers}>
      <MapView
        handle={map}
        dataset={dataset.initiatives}
        initiatives={matching}
        filtered={explorer.filtered}
        selected={state.selected ? (byId.get(state.selected) ?? null) : null}
        hovered={hovered}
        initialView={explorer.initial.state.view}
        layers={state.layers}
        partners={explorer.shownFilters.partner}
        context={touring ? dataset.initiatives : null}
        flowingArcs={touring}
        label={t.mapLabel}
        unavailableText={t.mapUnavailable}
        lang={state.lang}
        onSelect={(id) => actions.select(id, false)}
        onHover={pointer.setHover}
        onClusterPick={pointer.setChooser}
        onViewChange={actions.setView}
        onError={notices.reportMapError}
        instrument={instrument}
        render={OPENED.render}
        userLayers={props.workspace.userLayers.layers}
        onUserFeature={props.workspace.userLayers.pick}
        annotations={presentation.active?.steps[presentation.step]?.annotations}
        annotationEditing={props.workspace.annotating.editing({
          overlay: t.annotationOverlay,
          from: t.annotationTail,
          to: t.annotationTip,
        })}
      />
      {chrome.tools && <Tools workspace={props.workspace} />}
      <MapOverlays workspace={props.workspace} />
      {drop.over && (
        <div className="drop-hint" aria-hidden="true">
          <p>{t.userDataDrop}</p>
        </div>
      )}
    </div>
  );
}

/** A file dropped on the map opens beside the initiatives ("Your data"), read in this browser; other drags are left alone. */
function useFileDrop({ userLayers, chrome }: Workspace) {
  const [over, setOver] = useState(false);
  const carriesFiles = (event: DragEvent) => chrome.tools && event.dataTransfer.types.includes('Files');
  return {
    over,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: (event: DragEvent) => {
        if (event.currentTarget === event.target || !event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) userLayers.openFile(file);
      },
    },
  };
}

const NONE: readonly Initiative[] = [];

/** The initiatives hovered in the sidebar: a summary bar's, or a list row's; the same array while they stay the same. */
function useHovered(pointer: Workspace['pointer'], byId: ReadonlyMap<string, Initiative>): readonly Initiative[] {
  const { listHover, barHover } = pointer;
  return useMemo(() => {
    const ids = barHover ?? (listHover ? [listHover] : []);
    const found = ids.flatMap((id) => byId.get(id) ?? []);
    return found.length > 0 ? found : NONE;
  }, [listHover, barHover, byId]);
}

function Tools({ workspace }: { readonly workspace: Workspace }) {
  const { explorer, actions, presentation, tourFiles, jobs, pointer, map, mapSize } = workspace;
  const { state, matching, dataset } = explorer;
  const { lang } = state;
  const tours = [...presentation.tours.values()];
  return (
    <MapTools
      lang={lang}
      layers={state.layers}
      matching={matching.length}
      citation={citationOf(dataset.metadata)}
      viewSize={mapSize}
      onToggleLayer={actions.toggleLayer}
      onFit={() => map.current?.fit()}
      onDownload={jobs.download}
      onExportImage={jobs.exportPng}
      onEmbed={() => pointer.setEmbedOpen(true)}
      onBrief={jobs.printBrief}
      onAbout={workspace.openAbout}
      onUserData={() => workspace.userLayers.setDialogOpen(true)}
      userLayerCount={workspace.userLayers.layers.length}
    >
      <ToursMenu
        lang={lang}
        builtIn={tours.filter((tour) => tour.kind === 'guided')}
        autoplay={tours.filter((tour) => tour.kind === 'autoplay')}
        custom={presentation.customTour}
        onStart={presentation.start}
        onSaveStep={(text) => presentation.saveStep({ en: text || strings(lang).myTour, ja: text || strings(lang).myTour })}
        onExport={tourFiles.exportTour}
        onImport={tourFiles.importTour}
        onShare={tourFiles.shareTour}
        current={presentation.active}
        onDownloadDeck={jobs.downloadDeck}
        editor={{
          undoable: presentation.undoable,
          redoable: presentation.redoable,
          shownStep: presentation.active?.id === CUSTOM_TOUR_ID ? presentation.step : null,
          onEdit: presentation.editCustomTour,
          onReplaceView: presentation.replaceStepView,
          onShowStep: (index) => presentation.start(CUSTOM_TOUR_ID, false, index),
          onAnnotateStep: (index) => {
            presentation.start(CUSTOM_TOUR_ID, false, index);
            workspace.annotating.setOpen(true);
          },
          onUndo: presentation.undoCustomTour,
          onRedo: presentation.redoCustomTour,
        }}
      />
    </MapTools>
  );
}
