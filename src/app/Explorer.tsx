/**
 * Wires URL ⇄ state ⇄ filtering ⇄ map ⇄ panels. The filter result is the one source of truth for
 * all of them. Each job has a hook of its own: notices, exports, tour files, the embed API and the
 * automation API; what the page shows in each mode is app-mode.ts's.
 */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { drawStrategy } from '../data/draw-strategy.ts';
import { applyFilters, isFiltered, NO_FILTERS, prepare, toggleValue, type Facet, type Filters } from '../data/filters.ts';
import type { Initiative } from '../data/initiative.ts';
import type { ValidDataset } from '../data/validate.ts';
import type { Lang } from '../lib/lang.ts';
import { citationOf } from '../data/citation.ts';
import { LOCATOR_MIN_ZOOM } from '../data/locator-zoom.ts';
import type { MapHover } from '../map/owner/map-events.ts';
import type { MapHandle } from '../map/owner/map-handle.ts';
import { MapView } from '../map/owner/MapView.tsx';
import type { LayerName, View } from '../state/app-state.ts';
import { withTourStep } from '../state/tour.ts';
import { parseUrl, serializeUrl, type UrlContext } from '../state/url.ts';
import { ClusterChooser } from '../ui/ClusterChooser.tsx';
import { DetailPanel } from '../ui/DetailPanel.tsx';
import { FilterPanel } from '../ui/FilterPanel.tsx';
import { InitiativeList } from '../ui/InitiativeList.tsx';
import { Legend } from '../ui/Legend.tsx';
import { MapTools } from '../ui/MapTools.tsx';
import { Notices } from '../ui/Notices.tsx';
import { strings } from '../ui/strings.ts';
import { Tooltip } from '../ui/Tooltip.tsx';
import { ToursMenu } from '../ui/ToursMenu.tsx';
import { TourPlayer } from '../ui/TourPlayer.tsx';
import { AppHeader } from './AppHeader.tsx';
import { appMode, chromeOf } from './app-mode.ts';
import { OPENED_QUERY } from './page-url.ts';
import { useAutomation } from './use-automation.ts';
import { useDeckExport } from './use-deck-export.ts';
import { useVideoExport } from './use-video-export.ts';
import { RecordVideoMenu } from '../ui/RecordVideoMenu.tsx';
import { useElementSize } from './use-element-size.ts';
import { useEmbedApi } from './use-embed-api.ts';
import { useExports } from './use-exports.ts';
import { useFullscreen } from './use-fullscreen.ts';
import { useNotices } from './use-notices.ts';
import { useMapPointer } from './use-map-pointer.ts';
import { SPEEDS_MS, standardTours, usePresentation } from './use-presentation.ts';
import { useTourFiles } from './use-tour-files.ts';
import { useSearchWarmup } from './use-search-warmup.ts';
import { useUrlState } from './use-url-state.ts';

// The embed dialog (with its QR code encoder) loads when first opened: no page needs it to start.
const EmbedDialog = lazy(() => import('../ui/EmbedDialog.tsx').then((module) => ({ default: module.EmbedDialog })));
// "About this data" (release, sources, licence, how to cite) likewise.
const AboutDialog = lazy(() => import('../ui/AboutDialog.tsx').then((module) => ({ default: module.AboutDialog })));
// The locator inset and its land load when a presented or embedded map is first zoomed in.
const LocatorInset = lazy(() => import('../ui/LocatorInset.tsx').then((module) => ({ default: module.LocatorInset })));
// The progress cards of a video or deck being made load with the first recording or deck.
const VideoProgress = lazy(() => import('../ui/VideoProgress.tsx').then((module) => ({ default: module.VideoProgress })));
const DeckProgress = lazy(() => import('../ui/DeckProgress.tsx').then((module) => ({ default: module.DeckProgress })));

export function Explorer({ dataset, failed }: { dataset: ValidDataset; failed: boolean }) {
  const byId = useMemo(() => new Map(dataset.initiatives.map((i) => [i.id, i])), [dataset]);
  const prepared = useMemo(() => prepare(dataset.initiatives), [dataset]);
  useSearchWarmup(prepared);
  // The autoplay tours' captions count over the whole dataset: one pass for all three.
  const standard = useMemo(() => standardTours(applyFilters(prepared, NO_FILTERS).counts), [prepared]);
  const context = useMemo<UrlContext>(
    () => ({
      isKnownId: (id) => byId.has(id),
      // Links name built-in and autoplay tours; a user's own tour lives only in this page.
      tourLength: (id) => standard.get(id)?.steps.length,
    }),
    [byId, standard],
  );
  // Read once: a link with a tour opens at that step's view.
  const initial = useMemo(() => withTourStep(parseUrl(OPENED_QUERY, context), standard, context), [context, standard]);

  const mapHandle = useRef<MapHandle>(null);
  const camera = useMemo(() => ({ fly: (view: View) => mapHandle.current?.fly(view), fit: () => mapHandle.current?.fit() }), []);
  const [state, setState] = useUrlState(initial.state);
  const presentation = usePresentation(standard, state, setState, context, camera);
  const notices = useNotices(dataset, failed, initial.ignored, state.lang);
  const pointer = useMapPointer();
  const mapArea = useRef<HTMLDivElement>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const fullscreen = useFullscreen();
  const mapSize = useElementSize(mapArea);

  const { lang, filters } = state;
  const t = strings(lang);
  // Large datasets: a click shows at once (the checkbox, the chip); the new set, its counts and the
  // map follow in a render React may interrupt, so the filter pass never blocks the page. Small ones
  // render in one go: deferring would only add a frame before the map gets its new set.
  const strategy = drawStrategy(dataset.initiatives.length);
  const deferred = useDeferredValue(filters);
  const deferredFilters = strategy === 'mask' ? deferred : filters;
  const result = useMemo(() => applyFilters(prepared, deferredFilters), [prepared, deferredFilters]);
  const matching = result.matching;
  const filtered = isFiltered(deferredFilters);
  const mode = appMode({ embed: state.embed, fullscreen: fullscreen.active, touring: presentation.active !== null });
  const chrome = chromeOf(mode);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = lang === 'ja' ? 'FOIP Atlas — 進化版FOIPの取組地図' : 'FOIP Atlas — map of FOIP initiatives';
  }, [lang]);

  // A shared link to an initiative without a camera opens with that initiative in view.
  useEffect(() => {
    const { selected, view, filters: initialFilters } = initial.state;
    const target = selected ? byId.get(selected) : undefined;
    if (target && !view && !isFiltered(initialFilters)) mapHandle.current?.reveal(target);
    // Once, for the link the page was opened with.
  }, []);

  const setFilters = useCallback((update: (f: Filters) => Filters) => setState((s) => ({ ...s, filters: update(s.filters), tour: null })), [setState]);
  const closeChooser = pointer.closeChooser;
  const select = useCallback(
    (id: string | null, reveal: boolean) => {
      setState((s) => ({ ...s, selected: id }));
      closeChooser();
      const target = id && reveal ? byId.get(id) : undefined;
      if (target) mapHandle.current?.reveal(target);
    },
    [setState, closeChooser, byId],
  );
  const onViewChange = useCallback((view: View) => setState((s) => ({ ...s, view })), [setState]);
  const toggleLayer = useCallback(
    (layer: LayerName) => setState((s) => ({ ...s, layers: s.layers.includes(layer) ? s.layers.filter((l) => l !== layer) : [...s.layers, layer] })),
    [setState],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !pointer.chooser && !presentation.active) setState((s) => ({ ...s, selected: null }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pointer.chooser, presentation.active, setState]);

  const tourIds = useMemo(() => [...presentation.tours.keys()], [presentation.tours]);
  useEmbedApi(state, context, tourIds, { setState, fly: camera.fly, startTour: (id) => presentation.start(id), tourAction: presentation.act });

  const caption = presentation.active?.steps[presentation.step]?.caption[lang] ?? null;
  const exports = useExports({ state, matching, dataset, caption }, filtered, mapHandle, mapSize, notices.notify);
  const tourFiles = useTourFiles(presentation, context, lang, notices.notify);
  // Video of a tour: the orchestration lives in use-video-export.ts.
  const notifyVideo = useCallback((tone: 'info' | 'error', text: string) => notices.notify({ tone, text }), [notices.notify]);
  const video = useVideoExport({ mapHandle, presentation, state, setState, context, imageContext: exports.context, applied: deferredFilters === filters, lang, notify: notifyVideo });
  useAutomation(mapHandle, exports, presentation, video.record);
  // "Download as PowerPoint" (Tours menu, tour controls): steps through the tour and builds the deck.
  const presentationRef = useRef(presentation);
  presentationRef.current = presentation;
  const deck = useDeckExport({
    makeImage: exports.makeImage,
    presentation: useCallback(() => presentationRef.current, []),
    imageContext: exports.context,
    map: useCallback(() => mapHandle.current, []),
    onError: useCallback((message: string) => notices.notify({ tone: 'error', text: `${strings(exports.context().state.lang).deckFailed}: ${message}` }), [notices.notify, exports.context]),
  });

  const selected = state.selected ? (byId.get(state.selected) ?? null) : null;
  const hoveredId = pointer.listHover ?? (pointer.hover?.ids.length === 1 ? (pointer.hover.ids[0] ?? null) : null);
  const chooserItems = pointer.chooser ? pointer.chooser.ids.map((id) => byId.get(id)).filter((i): i is Initiative => Boolean(i)) : [];
  const shareQuery = serializeUrl({ ...state, embed: false });
  const base = `${window.location.origin}${window.location.pathname}`;
  const touring = presentation.active !== null;

  return (
    <div className={chrome.className}>
      {chrome.header && <AppHeader lang={lang} onSwitchLanguage={() => setState((s) => ({ ...s, lang: s.lang === 'en' ? 'ja' : 'en' }))} />}
      <Notices notices={notices.items} dismissLabel={t.dismiss} />
      <main className="workspace">
        {chrome.sidebar && (
          <aside className="sidebar">
            <FilterPanel
              filters={filters}
              result={result}
              lang={lang}
              onToggle={(facet: Facet, value: string) => setFilters((f) => toggleValue(f, facet, parseFacetValue(facet, value) as never))}
              onClearFacet={(facet) => setFilters((f) => ({ ...f, [facet]: [] }))}
              onClearAll={() => setFilters(() => NO_FILTERS)}
              onSearch={(q) => setFilters((f) => ({ ...f, q }))}
            />
            <InitiativeList
              initiatives={matching}
              total={dataset.initiatives.length}
              selected={state.selected}
              hovered={hoveredId}
              lang={lang}
              onSelect={(id) => select(id, true)}
              onHover={pointer.setListHover}
            />
          </aside>
        )}
        <div className="map-area" ref={mapArea}>
          <MapView
            handle={mapHandle}
            dataset={dataset.initiatives}
            initiatives={matching}
            filtered={filtered}
            selected={selected}
            hovered={pointer.listHover ? (byId.get(pointer.listHover) ?? null) : null}
            initialView={initial.state.view}
            layers={state.layers}
            partners={deferredFilters.partner}
            context={touring ? dataset.initiatives : null}
            flowingArcs={touring}
            label={t.mapLabel}
            unavailableText={t.mapUnavailable}
            lang={lang}
            onSelect={(id) => select(id, false)}
            onHover={pointer.setHover}
            onClusterPick={pointer.setChooser}
            onViewChange={onViewChange}
            onError={notices.reportMapError}
          />
          {chrome.tools && (
            <MapTools
              lang={lang}
              layers={state.layers}
              matching={matching.length}
              citation={citationOf(dataset.metadata)}
              viewSize={mapSize}
              onToggleLayer={toggleLayer}
              onFit={camera.fit}
              onDownload={exports.download}
              onExportImage={(size) => void exports.exportPng(size)}
              onEmbed={() => pointer.setEmbedOpen(true)}
              onAbout={() => setAboutOpen(true)}
            >
              <ToursMenu
                lang={lang}
                builtIn={[...presentation.tours.values()].filter((tour) => !tour.id.startsWith('autoplay-') && tour.id !== presentation.customTour?.id)}
                autoplay={[...presentation.tours.values()].filter((tour) => tour.id.startsWith('autoplay-'))}
                custom={presentation.customTour}
                onStart={(id, play) => presentation.start(id, play)}
                onSaveStep={(text) => presentation.saveStep({ en: text || t.myTour, ja: text || t.myTour })}
                onExport={tourFiles.exportTour}
                onImport={tourFiles.importTour}
                current={presentation.active}
                onDownloadDeck={deck.download}
              />
            </MapTools>
          )}
          {chrome.locator && state.view && state.view.zoom > LOCATOR_MIN_ZOOM && mapSize.width > 0 && (
            <Suspense fallback={null}>
              <LocatorInset view={state.view} mapSize={mapSize} lang={lang} />
            </Suspense>
          )}
          {chrome.openFull && (
            <a className="open-full" href={`${base}${shareQuery ? `?${shareQuery}` : ''}`} target="_blank" rel="noopener noreferrer">
              {t.openFull}
            </a>
          )}
          <Legend lang={lang} initiatives={matching} layers={state.layers} grouped={strategy === 'places'} />
          {pointer.hover && !pointer.chooser && <Tooltip x={pointer.hover.x} y={pointer.hover.y} text={hoverText(pointer.hover, byId, lang)} />}
          {pointer.chooser && chooserItems.length > 0 && (
            <ClusterChooser initiatives={chooserItems} x={pointer.chooser.x} y={pointer.chooser.y} lang={lang} onSelect={(id) => select(id, false)} onClose={closeChooser} />
          )}
          {selected && chrome.detail && (
            <DetailPanel
              initiative={selected}
              related={(selected.properties.related ?? []).map((id) => byId.get(id)).filter((i): i is Initiative => Boolean(i))}
              lang={lang}
              dataVersion={dataset.metadata?.version /* issue 14: the data release in the source block */}
              onClose={() => select(null, false)}
              onSelect={(id) => select(id, true)}
            />
          )}
          {presentation.active && (
            <TourPlayer
              tour={presentation.active}
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
              onDownloadDeck={() => presentation.active && deck.download(presentation.active.id)}
              extra={
                <RecordVideoMenu
                  lang={lang}
                  disabled={video.recording !== null}
                  onRecord={(choice) => presentation.active && void video.recordAndSave(presentation.active.id, choice)}
                />
              }
            />
          )}
          <Suspense fallback={null}>
            {video.recording && (
              <VideoProgress lang={lang} title={presentation.tours.get(video.recording.tourId)?.title[lang] ?? ''} progress={video.progress} onCancel={video.cancel} />
            )}
            {deck.progress && <DeckProgress lang={lang} progress={deck.progress} onCancel={deck.cancel} />}
          </Suspense>
          {exports.exporting && (
            <div className="exporting" role="status">
              {t.exporting}
            </div>
          )}
        </div>
      </main>
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutDialog lang={lang} metadata={dataset.metadata} onClose={() => setAboutOpen(false)} />
        </Suspense>
      )}
      {pointer.embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog
            lang={lang}
            link={`${base}${shareQuery ? `?${shareQuery}` : ''}`}
            embedLink={`${base}?${serializeUrl({ ...state, embed: true })}`}
            onClose={() => pointer.setEmbedOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}

/** Facet values travel as strings in the UI; pillar and precision are numbers in the state. */
function parseFacetValue(facet: Facet, value: string): string | number {
  return facet === 'pillar' || facet === 'precision' ? Number(value) : value;
}

function hoverText({ ids, merged }: MapHover, byId: ReadonlyMap<string, Initiative>, lang: Lang): string {
  if (ids.length === 1) return byId.get(ids[0] ?? '')?.properties.title[lang] ?? '';
  return merged ? strings(lang).clusterHover(ids.length) : strings(lang).placeHover(ids.length);
}
