/**
 * Instrumentation for tests and benchmarks, in one place, switched on by `?debug` alone (the app
 * reads it once, src/app/page-url.ts, and hands MapView `instrument`); a product page carries none
 * of it.
 *
 * - `window.foipMap`: the MapLibre map;
 * - `window.foipDebug.renderedInitiatives()` and `renderedIds()`: the distinct initiatives the map draws in view;
 * - on the map's element: `data-first-drawn` (ms from navigation start to the first idle map with
 *   initiatives drawn: the end of loading for the benchmark) and `data-idle-count` (the number of
 *   `idle` events so far: the benchmark times a change to the next one).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawnCount, type MapSession } from './map-session.ts';
import { renderedInitiatives } from '../style/rendered.ts';

export interface FoipDebug {
  renderedInitiatives(): number;
  /** The ids of the initiatives drawn in view (the benchmark's first-frame test). */
  renderedIds(): string[];
}

declare global {
  interface Window {
    foipMap?: MapLibreMap;
    foipDebug?: FoipDebug;
  }
}

/** Installs the instrumentation for the session's map; returns the uninstaller. */
export function installInstrumentation(session: MapSession): () => void {
  const { map } = session;
  window.foipDebug = {
    renderedInitiatives: () => renderedInitiatives(map).size,
    renderedIds: () => [...renderedInitiatives(map)],
  };
  window.foipMap = map;
  const element = map.getContainer().closest<HTMLElement>('[data-testid="map"]') ?? map.getContainer();
  let idles = 0;
  const onIdle = () => {
    if (!element.dataset['firstDrawn'] && drawnCount(session) > 0) element.dataset['firstDrawn'] = String(Math.round(performance.now()));
    element.dataset['idleCount'] = String(++idles);
  };
  map.on('idle', onIdle);
  return () => {
    map.off('idle', onIdle);
    delete window.foipMap;
    delete window.foipDebug;
  };
}
