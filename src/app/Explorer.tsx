/** Wires URL ⇄ state ⇄ filtering ⇄ map ⇄ panels. The filter result is the one source of truth for all of them. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { citationOf } from '../data/citation.ts';
import { initiativesCsv } from '../data/csv.ts';
import { exportFileName, initiativesGeojson } from '../data/export.ts';
import { applyFilters, isFiltered, NO_FILTERS, prepare, toggleValue, type Facet, type Filters } from '../data/filters.ts';
import type { Initiative } from '../data/initiative.ts';
import { formatIssue, type ValidDataset } from '../data/validate.ts';
import type { Lang } from '../lib/lang.ts';
import type { ClusterPick, MapHover } from '../map/map-events.ts';
import { MapView } from '../map/MapView.tsx';
import type { LayerName, View } from '../state/app-state.ts';
import { parseUrl, serializeUrl, type IgnoredParam } from '../state/url.ts';
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
import { useUrlState } from './use-url-state.ts';

export function Explorer({ dataset, failed }: { dataset: ValidDataset; failed: boolean }) {
  const byId = useMemo(() => new Map(dataset.initiatives.map((i) => [i.id, i])), [dataset]);
  const prepared = useMemo(() => prepare(dataset.initiatives), [dataset]);
  const initial = useMemo(() => parseUrl(window.location.search, { isKnownId: (id) => byId.has(id) }), [byId]);
  const [state, setState] = useUrlState(initial.state);
  const [ignored, setIgnored] = useState<readonly IgnoredParam[]>(initial.ignored);
  const [dataIssuesOpen, setDataIssuesOpen] = useState(dataset.issues.length > 0);
  const [hover, setHover] = useState<MapHover | null>(null);
  const [listHover, setListHover] = useState<string | null>(null);
  const [chooser, setChooser] = useState<ClusterPick | null>(null);
  // A shared link to an initiative without a camera opens with that initiative in view.
  const [revealRequest, setRevealRequest] = useState(initial.state.selected && !initial.state.view && !isFiltered(initial.state.filters) ? 1 : 0);
  const [fitRequest, setFitRequest] = useState(0);
  const [mapError, setMapError] = useState<string | null>(null);
  const { lang, filters } = state;
  const t = strings(lang);

  const result = useMemo(() => applyFilters(prepared, filters), [prepared, filters]);
  const matching = result.matching;
  const filtered = isFiltered(filters);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = lang === 'ja' ? 'FOIP Atlas — 進化版FOIPの取組地図' : 'FOIP Atlas — map of FOIP initiatives';
  }, [lang]);

  const setFilters = useCallback((update: (f: Filters) => Filters) => setState((s) => ({ ...s, filters: update(s.filters) })), [setState]);
  const select = useCallback(
    (id: string | null, reveal: boolean) => {
      setState((s) => ({ ...s, selected: id }));
      setChooser(null);
      if (reveal && id) setRevealRequest((n) => n + 1);
    },
    [setState],
  );
  const onViewChange = useCallback((view: View) => setState((s) => ({ ...s, view })), [setState]);
  const onMapError = useCallback((message: string) => setMapError(message), []);
  const closeChooser = useCallback(() => setChooser(null), []);
  const toggleLayer = useCallback(
    (layer: LayerName) => setState((s) => ({ ...s, layers: s.layers.includes(layer) ? s.layers.filter((l) => l !== layer) : [...s.layers, layer] })),
    [setState],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !chooser) setState((s) => ({ ...s, selected: null }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chooser, setState]);

  const citation = citationOf(dataset.metadata);
  const download = (format: 'geojson' | 'csv') => {
    const selection = serializeUrl({ ...state, selected: null, view: null, layers: [], lang: 'en' });
    const name = exportFileName(dataset.metadata, filtered, format);
    if (format === 'csv') saveText(initiativesCsv(matching, citation), name, 'text/csv;charset=utf-8');
    else saveText(initiativesGeojson(matching, dataset.metadata, selection), name, 'application/geo+json');
  };

  const selected = state.selected ? (byId.get(state.selected) ?? null) : null;
  const hoveredId = listHover ?? (hover?.ids.length === 1 ? (hover.ids[0] ?? null) : null);
  const chooserItems = chooser ? chooser.ids.map((id) => byId.get(id)).filter((i): i is Initiative => Boolean(i)) : [];

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t.appTitle}</h1>
          <p className="subtitle">{t.appSubtitle}</p>
        </div>
        <button
          type="button"
          className="lang-switch"
          lang={lang === 'en' ? 'ja' : 'en'}
          aria-label={t.switchLanguageLabel}
          onClick={() => setState((s) => ({ ...s, lang: s.lang === 'en' ? 'ja' : 'en' }))}
        >
          {t.switchLanguage}
        </button>
      </header>
      <div className="notices">
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
      </div>
      <main className="workspace">
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
        <div className="map-area">
          <MapView
            initiatives={matching}
            filtered={filtered}
            selected={selected}
            hovered={listHover ? (byId.get(listHover) ?? null) : null}
            initialView={initial.state.view}
            layers={state.layers}
            revealRequest={revealRequest}
            fitRequest={fitRequest}
            label={t.mapLabel}
            lang={lang}
            onSelect={(id) => select(id, false)}
            onHover={setHover}
            onClusterPick={setChooser}
            onViewChange={onViewChange}
            onError={onMapError}
          />
          <MapTools
            lang={lang}
            layers={state.layers}
            matching={matching.length}
            citation={citation}
            onToggleLayer={toggleLayer}
            onFit={() => setFitRequest((n) => n + 1)}
            onDownload={download}
          />
          <Legend lang={lang} initiatives={matching} layers={state.layers} />
          {hover && !chooser && <Tooltip x={hover.x} y={hover.y} text={hoverText(hover, byId, lang)} />}
          {chooser && chooserItems.length > 0 && (
            <ClusterChooser initiatives={chooserItems} x={chooser.x} y={chooser.y} lang={lang} onSelect={(id) => select(id, false)} onClose={closeChooser} />
          )}
          {selected && (
            <DetailPanel
              initiative={selected}
              related={(selected.properties.related ?? []).map((id) => byId.get(id)).filter((i): i is Initiative => Boolean(i))}
              lang={lang}
              onClose={() => select(null, false)}
              onSelect={(id) => select(id, true)}
            />
          )}
        </div>
      </main>
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
