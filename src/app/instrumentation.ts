/**
 * Instrumentation for tests and benchmarks, in one place, switched on by `?debug` alone
 * (page-url.ts); a product page carries none of it.
 *
 * - `window.foipMap`: the MapLibre map;
 * - `window.foipDebug.renderedInitiatives()` and `renderedIds()`: the distinct initiatives the map draws in view;
 * - on the map's element: `data-first-drawn` (ms from navigation start to the first idle map with
 *   initiatives drawn: the end of loading for the benchmark) and `data-idle-count` (the number of
 *   `idle` events so far: the benchmark times a change to the next one).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapHandle } from '../map/owner/map-handle.ts';
import { renderedInitiatives } from '../map/owner/rendered.ts';

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

/** Installs the instrumentation for the map behind `handle`; returns the uninstaller. */
export function installInstrumentation(handle: MapHandle): () => void {
  let stopped = false;
  window.foipDebug = {
    renderedInitiatives: () => {
      const map = handle.liveMap();
      return map ? renderedInitiatives(map).size : 0;
    },
    renderedIds: () => {
      const map = handle.liveMap();
      return map ? [...renderedInitiatives(map)] : [];
    },
  };
  let detach = () => undefined as void;
  void handle.loaded().then((map) => {
    if (stopped) return;
    window.foipMap = map;
    const element = map.getContainer().closest<HTMLElement>('[data-testid="map"]') ?? map.getContainer();
    let idles = 0;
    const onIdle = () => {
      if (!element.dataset['firstDrawn'] && handle.drawnCount() > 0) element.dataset['firstDrawn'] = String(Math.round(performance.now()));
      element.dataset['idleCount'] = String(++idles);
    };
    map.on('idle', onIdle);
    detach = () => map.off('idle', onIdle);
  });
  return () => {
    stopped = true;
    detach();
    delete window.foipMap;
    delete window.foipDebug;
  };
}
