/** The map and everything on it: the map itself, its tools (layers, tours, image, downloads, embed), and the overlays (MapOverlays.tsx). */
import { citationOf } from '../../data/citation.ts';
import { MapView } from '../../map/owner/MapView.tsx';
import { MapTools } from '../../ui/MapTools.tsx';
import { strings } from '../../ui/strings.ts';
import { ToursMenu } from '../../ui/ToursMenu.tsx';
import { MapOverlays } from './MapOverlays.tsx';
import { OPENED } from '../page-url.ts';
import type { Workspace } from './workspace.ts';

export function MapArea(props: { readonly workspace: Workspace }) {
  const { explorer, actions, presentation, pointer, notices, chrome, map, mapArea, instrument } = props.workspace;
  const { state, matching, byId, dataset } = explorer;
  const t = strings(state.lang);
  const touring = presentation.active !== null;
  return (
    <div className="map-area" ref={mapArea}>
      <MapView
        handle={map}
        dataset={dataset.initiatives}
        initiatives={matching}
        filtered={explorer.filtered}
        selected={state.selected ? (byId.get(state.selected) ?? null) : null}
        hovered={pointer.listHover ? (byId.get(pointer.listHover) ?? null) : null}
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
      />
      {chrome.tools && <Tools workspace={props.workspace} />}
      <MapOverlays workspace={props.workspace} />
    </div>
  );
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
        current={presentation.active}
        onDownloadDeck={jobs.downloadDeck}
      />
    </MapTools>
  );
}
