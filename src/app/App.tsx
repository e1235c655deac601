/** Wires URL ⇄ state ⇄ map ⇄ panels. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Initiative } from '../data/initiative.ts';
import { formatIssue, type DataIssue, type ValidDataset } from '../data/validate.ts';
import type { Lang } from '../lib/lang.ts';
import { throttle } from '../lib/throttle.ts';
import type { ClusterPick, MapHover } from '../map/map-events.ts';
import { MapView } from '../map/MapView.tsx';
import type { AppState, View } from '../state/app-state.ts';
import { parseUrl, serializeUrl, type IgnoredParam } from '../state/url.ts';
import { ClusterChooser } from '../ui/ClusterChooser.tsx';
import { DetailPanel } from '../ui/DetailPanel.tsx';
import { InitiativeList } from '../ui/InitiativeList.tsx';
import { Legend } from '../ui/Legend.tsx';
import { Notice } from '../ui/Notice.tsx';
import { strings } from '../ui/strings.ts';
import { Tooltip } from '../ui/Tooltip.tsx';
import { loadDataset } from './load-dataset.ts';

type Loaded = { status: 'loading' } | { status: 'ready'; dataset: ValidDataset } | { status: 'failed'; issues: DataIssue[] };

export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadDataset().then((result) => {
      if (!live) return;
      setLoaded(result.ok ? { status: 'ready', dataset: result.value } : { status: 'failed', issues: result.error });
    });
    return () => {
      live = false;
    };
  }, []);

  if (loaded.status === 'loading') {
    return <div className="loading">{strings(langFromUrl()).loading}</div>;
  }
  const dataset = loaded.status === 'ready' ? loaded.dataset : { metadata: undefined, initiatives: [], issues: loaded.issues };
  return <Explorer dataset={dataset} failed={loaded.status === 'failed'} />;
}

function hoverText({ ids, merged }: MapHover, byId: ReadonlyMap<string, Initiative>, lang: Lang): string {
  if (ids.length === 1) return byId.get(ids[0] ?? '')?.properties.title[lang] ?? '';
  return merged ? strings(lang).clusterHover(ids.length) : strings(lang).placeHover(ids.length);
}

function langFromUrl(): Lang {
  return new URLSearchParams(window.location.search).get('lang') === 'ja' ? 'ja' : 'en';
}

function Explorer({ dataset, failed }: { dataset: ValidDataset; failed: boolean }) {
  const byId = useMemo(() => new Map(dataset.initiatives.map((i) => [i.id, i])), [dataset]);
  const initial = useMemo(() => parseUrl(window.location.search, { isKnownId: (id) => byId.has(id) }), [byId]);
  const [state, setState] = useState<AppState>(initial.state);
  const [ignored, setIgnored] = useState<readonly IgnoredParam[]>(initial.ignored);
  const [dataIssuesOpen, setDataIssuesOpen] = useState(dataset.issues.length > 0);
  const [hover, setHover] = useState<MapHover | null>(null);
  const [listHover, setListHover] = useState<string | null>(null);
  const [chooser, setChooser] = useState<ClusterPick | null>(null);
  // A shared link to an initiative without a camera opens with that initiative in view.
  const [revealRequest, setRevealRequest] = useState(initial.state.selected && !initial.state.view ? 1 : 0);
  const [mapError, setMapError] = useState<string | null>(null);
  const { lang } = state;
  const t = strings(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = lang === 'ja' ? 'FOIP Atlas — 進化版FOIPの取組地図' : 'FOIP Atlas — map of FOIP initiatives';
  }, [lang]);

  const writeUrl = useRef(
    throttle((next: AppState) => {
      const query = serializeUrl(next);
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    }, 250),
  );
  useEffect(() => writeUrl.current(state), [state]);

  const select = useCallback((id: string | null, reveal: boolean) => {
    setState((s) => ({ ...s, selected: id }));
    setChooser(null);
    if (reveal && id) setRevealRequest((n) => n + 1);
  }, []);
  const onViewChange = useCallback((view: View) => setState((s) => ({ ...s, view })), []);
  const onMapError = useCallback((message: string) => setMapError(message), []);
  const closeChooser = useCallback(() => setChooser(null), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !chooser) setState((s) => ({ ...s, selected: null }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chooser]);

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
            {t.ignoredParams}{' '}
            {ignored.map((i) => `${i.param}=${i.value} (${i.reason})`).join('; ')}
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
        <InitiativeList
          initiatives={dataset.initiatives}
          selected={state.selected}
          hovered={hoveredId}
          lang={lang}
          onSelect={(id) => select(id, true)}
          onHover={setListHover}
        />
        <div className="map-area">
          <MapView
            initiatives={dataset.initiatives}
            selected={selected}
            hovered={listHover ? (byId.get(listHover) ?? null) : null}
            initialView={initial.state.view}
            revealRequest={revealRequest}
            label={t.mapLabel}
            lang={lang}
            onSelect={(id) => select(id, false)}
            onHover={setHover}
            onClusterPick={setChooser}
            onViewChange={onViewChange}
            onError={onMapError}
          />
          <Legend lang={lang} />
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
