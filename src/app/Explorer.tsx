/** Wires URL ⇄ state ⇄ filtering ⇄ map ⇄ panels. The filter result is the one source of truth for all of them. */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { citationOf } from '../data/citation.ts';
import { drawStrategy } from '../data/draw-strategy.ts';
import { initiativesCsv } from '../data/csv.ts';
import { exportFileName, initiativesGeojson } from '../data/export.ts';
import { applyFilters, isFiltered, NO_FILTERS, prepare, toggleValue, type Facet, type Filters } from '../data/filters.ts';
import type { Initiative } from '../data/initiative.ts';
import { formatIssue, type ValidDataset } from '../data/validate.ts';
import type { Lang } from '../lib/lang.ts';
import type { ClusterPick, MapHover } from '../map/map-events.ts';
import { MapView, type MapHandle } from '../map/MapView.tsx';
import type { LayerName, View } from '../state/app-state.ts';
import { formatTourIssue, parseTourFile, withTourStep } from '../state/tour.ts';
import { parseUrl, serializeUrl, type IgnoredParam, type UrlContext } from '../state/url.ts';
import { ClusterChooser } from '../ui/ClusterChooser.tsx';
import { DetailPanel } from '../ui/DetailPanel.tsx';
import { saveText } from '../ui/download.ts';
import { FilterPanel } from '../ui/FilterPanel.tsx';
import { InitiativeList } from '../ui/InitiativeList.tsx';
import { Legend } from '../ui/Legend.tsx';
import { MapTools } from '../ui/MapTools.tsx';
import { Notice } from '../ui/Notice.tsx';
import { strings } from '../ui/strings.ts';
import { Tooltip } from '../ui/Tooltip.tsx';
import { ToursMenu } from '../ui/ToursMenu.tsx';
import { TourPlayer } from '../ui/TourPlayer.tsx';
import { AppHeader } from './AppHeader.tsx';
import { exportImage, installAutomation } from './automation.ts';
import { SPEEDS_MS, standardTours, usePresentation } from './use-presentation.ts';
import { useEmbedApi } from './use-embed-api.ts';
import { useElementSize } from './use-element-size.ts';
import { useFullscreen } from './use-fullscreen.ts';
import { useUrlState } from './use-url-state.ts';
import { useVideoExport } from './use-video-export.ts';
import { RecordVideoMenu } from '../ui/RecordVideoMenu.tsx';
import { VideoProgress } from '../ui/VideoProgress.tsx';

// The embed dialog (with its QR code encoder) loads when first opened: no page needs it to start.
const EmbedDialog = lazy(() => import('../ui/EmbedDialog.tsx').then((module) => ({ default: module.EmbedDialog })));

export function Explorer({ dataset, failed }: { dataset: ValidDataset; failed: boolean }) {
  const byId = useMemo(() => new Map(dataset.initiatives.map((i) => [i.id, i])), [dataset]);
  const prepared = useMemo(() => prepare(dataset.initiatives), [dataset]);
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
  const initial = useMemo(() => withTourStep(parseUrl(window.location.search, context), standard, context), [context, standard]);

  const [flyRequest, setFlyRequest] = useState<{ seq: number; view: View } | null>(null);
  const [fitRequest, setFitRequest] = useState(0);
  const camera = useMemo(
    () => ({ fly: (view: View) => setFlyRequest((r) => ({ seq: (r?.seq ?? 0) + 1, view })), fit: () => setFitRequest((n) => n + 1) }),
    [],
  );
  const [state, setState] = useUrlState(initial.state);
  const presentation = usePresentation(standard, state, setState, context, camera);

  const [ignored, setIgnored] = useState<readonly IgnoredParam[]>(initial.ignored);
  const [dataIssuesOpen, setDataIssuesOpen] = useState(dataset.issues.length > 0);
  const [hover, setHover] = useState<MapHover | null>(null);
  const [listHover, setListHover] = useState<string | null>(null);
  const [chooser, setChooser] = useState<ClusterPick | null>(null);
  // A shared link to an initiative without a camera opens with that initiative in view.
  const [revealRequest, setRevealRequest] = useState(initial.state.selected && !initial.state.view && !isFiltered(initial.state.filters) ? 1 : 0);
  const [mapError, setMapError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string; items?: string[] } | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const mapHandle = useRef<MapHandle>(null);
  const mapArea = useRef<HTMLDivElement>(null);
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
  const presenting = presentation.active !== null;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = lang === 'ja' ? 'FOIP Atlas — 進化版FOIPの取組地図' : 'FOIP Atlas — map of FOIP initiatives';
  }, [lang]);

  const setFilters = useCallback((update: (f: Filters) => Filters) => setState((s) => ({ ...s, filters: update(s.filters), tour: null })), [setState]);
  const select = useCallback(
    (id: string | null, reveal: boolean) => {
      setState((s) => ({ ...s, selected: id }));
      setChooser(null);
      if (reveal && id) setRevealRequest((n) => n + 1);
    },
    [setState],
  );
  const onViewChange = useCallback((view: View) => setState((s) => ({ ...s, view })), [setState]);
  const onMapError = useCallback((message: string) => setMapError(message || null), []);
  const closeChooser = useCallback(() => setChooser(null), []);
  const toggleLayer = useCallback(
    (layer: LayerName) => setState((s) => ({ ...s, layers: s.layers.includes(layer) ? s.layers.filter((l) => l !== layer) : [...s.layers, layer] })),
    [setState],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !chooser && !presentation.active) setState((s) => ({ ...s, selected: null }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chooser, presentation.active, setState]);

  const tourIds = useMemo(() => [...presentation.tours.keys()], [presentation.tours]);
  useEmbedApi(state, context, tourIds, {
    setState,
    fly: camera.fly,
    startTour: (id) => presentation.start(id),
    tourAction: presentation.act,
  });

  const citation = citationOf(dataset.metadata);
  const download = (format: 'geojson' | 'csv') => {
    const selection = serializeUrl({ ...state, selected: null, view: null, layers: [], lang: 'en', tour: null, embed: false, origins: [] });
    const name = exportFileName(dataset.metadata, filtered, format);
    if (format === 'csv') saveText(initiativesCsv(matching, citation), name, 'text/csv;charset=utf-8');
    else saveText(initiativesGeojson(matching, dataset.metadata, selection), name, 'application/geo+json');
  };

  const caption = presentation.active?.steps[presentation.step]?.caption[lang];
  const imageContext = { state, matching, dataset, caption: caption ?? null };
  const imageContextRef = useRef(imageContext);
  imageContextRef.current = imageContext;
  const makeImage = useCallback(async (size: { width: number; height: number }) => {
    if (!mapHandle.current) throw new Error('The map is not ready yet.');
    return exportImage(mapHandle.current, size, imageContextRef.current);
  }, []);
  const presentationRef = useRef(presentation);
  presentationRef.current = presentation;
  // Video of a tour (issue 13): the orchestration lives in use-video-export.ts.
  const notify = useCallback((tone: 'info' | 'error', text: string) => setNotice({ tone, text }), []);
  const video = useVideoExport({ mapHandle, presentation, state, setState, context, imageContext: imageContextRef, applied: deferredFilters === filters, lang, notify });
  useEffect(() => installAutomation({ makeImage, presentation: () => presentationRef.current, recordVideo: video.record }), [makeImage, video.record]);

  const exportPng = async (size: { width: number; height: number } | null) => {
    const target = size ?? mapSize;
    setExporting(true);
    try {
      const blob = await makeImage(target);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `foip-atlas-${target.width}x${target.height}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setNotice({ tone: 'error', text: `${t.exportFailed}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setExporting(false);
    }
  };

  const importTour = (text: string) => {
    const parsed = parseTourFile(text, context);
    if (parsed.ok) {
      presentation.setCustomTour(parsed.value);
      setNotice({ tone: 'info', text: t.tourImported(parsed.value.title[lang], parsed.value.steps.length) });
    } else {
      setNotice({ tone: 'error', text: t.tourRejected, items: parsed.error.slice(0, 8).map(formatTourIssue) });
    }
  };

  const selected = state.selected ? (byId.get(state.selected) ?? null) : null;
  const hoveredId = listHover ?? (hover?.ids.length === 1 ? (hover.ids[0] ?? null) : null);
  const chooserItems = chooser ? chooser.ids.map((id) => byId.get(id)).filter((i): i is Initiative => Boolean(i)) : [];
  const shareQuery = serializeUrl({ ...state, embed: false });
  const base = `${window.location.origin}${window.location.pathname}`;

  const classes = ['app', state.embed ? 'embed' : '', fullscreen.active ? 'presenting' : '', presenting ? 'touring' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {!state.embed && !fullscreen.active && (
        <AppHeader lang={lang} onSwitchLanguage={() => setState((s) => ({ ...s, lang: s.lang === 'en' ? 'ja' : 'en' }))} />
      )}
      <div className="notices">
        {dataset.synthetic && (
          <Notice tone="info" testId="synthetic-notice">
            {t.syntheticData(dataset.initiatives.length)}
          </Notice>
        )}
        {ignored.length > 0 && (
          <Notice tone="info" dismissLabel={t.dismiss} onDismiss={() => setIgnored([])} testId="url-notice">
            {t.ignoredParams} {ignored.map((i) => `${i.param}=${i.value} (${i.reason})`).join('; ')}
          </Notice>
        )}
        {dataIssuesOpen && dataset.issues.length > 0 && (
          <Notice tone="error" dismissLabel={t.dismiss} onDismiss={() => setDataIssuesOpen(false)} testId="data-notice">
            {failed ? t.dataFailed : t.dataErrors(new Set(dataset.issues.map((i) => i.feature)).size)}
            <ul>
              {dataset.issues.slice(0, 8).map((issue, n) => (
                <li key={n}>{formatIssue(issue)}</li>
              ))}
            </ul>
          </Notice>
        )}
        {mapError && (
          <Notice tone="error" dismissLabel={t.dismiss} onDismiss={() => setMapError(null)} testId="map-notice">
            {t.mapFailed}: {mapError}
          </Notice>
        )}
        {notice && (
          <Notice tone={notice.tone} dismissLabel={t.dismiss} onDismiss={() => setNotice(null)} testId="app-notice">
            {notice.text}
            {notice.items && (
              <ul>
                {notice.items.map((item, n) => (
                  <li key={n}>{item}</li>
                ))}
              </ul>
            )}
          </Notice>
        )}
      </div>
      <main className="workspace">
        {!state.embed && !fullscreen.active && (
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
              onHover={setListHover}
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
            hovered={listHover ? (byId.get(listHover) ?? null) : null}
            initialView={initial.state.view}
            layers={state.layers}
            revealRequest={revealRequest}
            fitRequest={fitRequest}
            flyRequest={flyRequest}
            context={presenting ? dataset.initiatives : null}
            flowingArcs={presenting}
            label={t.mapLabel}
            unavailableText={t.mapUnavailable}
            lang={lang}
            onSelect={(id) => select(id, false)}
            onHover={setHover}
            onClusterPick={setChooser}
            onViewChange={onViewChange}
            onError={onMapError}
          />
          {!state.embed && !fullscreen.active && (
            <MapTools
              lang={lang}
              layers={state.layers}
              matching={matching.length}
              citation={citation}
              viewSize={mapSize}
              onToggleLayer={toggleLayer}
              onFit={camera.fit}
              onDownload={download}
              onExportImage={(size) => void exportPng(size)}
              onEmbed={() => setEmbedOpen(true)}
            >
              <ToursMenu
                lang={lang}
                builtIn={[...presentation.tours.values()].filter((tour) => !tour.id.startsWith('autoplay-') && tour.id !== presentation.customTour?.id)}
                autoplay={[...presentation.tours.values()].filter((tour) => tour.id.startsWith('autoplay-'))}
                custom={presentation.customTour}
                onStart={(id, play) => presentation.start(id, play)}
                onSaveStep={(text) => presentation.saveStep({ en: text || t.myTour, ja: text || t.myTour })}
                onExport={() => presentation.customTour && saveText(`${JSON.stringify(presentation.customTour, null, 2)}\n`, `${presentation.customTour.id}.json`, 'application/json')}
                onImport={importTour}
              />
            </MapTools>
          )}
          {state.embed && (
            <a className="open-full" href={`${base}${shareQuery ? `?${shareQuery}` : ''}`} target="_blank" rel="noopener noreferrer">
              {t.openFull}
            </a>
          )}
          <Legend lang={lang} initiatives={matching} layers={state.layers} grouped={strategy === 'places'} />
          {hover && !chooser && <Tooltip x={hover.x} y={hover.y} text={hoverText(hover, byId, lang)} />}
          {chooser && chooserItems.length > 0 && (
            <ClusterChooser initiatives={chooserItems} x={chooser.x} y={chooser.y} lang={lang} onSelect={(id) => select(id, false)} onClose={closeChooser} />
          )}
          {selected && !presenting && (
            <DetailPanel
              initiative={selected}
              related={(selected.properties.related ?? []).map((id) => byId.get(id)).filter((i): i is Initiative => Boolean(i))}
              lang={lang}
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
              compact={state.embed}
              presenting={fullscreen.active}
              onAction={presentation.act}
              onGoTo={presentation.goTo}
              onPlay={presentation.setPlaying}
              onSpeed={presentation.setIntervalMs}
              onFullscreen={fullscreen.toggle}
              extra={
                <RecordVideoMenu
                  lang={lang}
                  disabled={video.recording !== null}
                  onRecord={(choice) => presentation.active && void video.recordAndSave(presentation.active.id, choice)}
                />
              }
            />
          )}
          {video.recording && (
            <VideoProgress lang={lang} title={presentation.tours.get(video.recording.tourId)?.title[lang] ?? ''} progress={video.progress} onCancel={video.cancel} />
          )}
          {exporting && (
            <div className="exporting" role="status">
              {t.exporting}
            </div>
          )}
        </div>
      </main>
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog
            lang={lang}
            link={`${base}${shareQuery ? `?${shareQuery}` : ''}`}
            embedLink={`${base}?${serializeUrl({ ...state, embed: true })}`}
            onClose={() => setEmbedOpen(false)}
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
