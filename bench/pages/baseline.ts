/**
 * The benchmark's floor: a bare MapLibre page with the same basemap and the same
 * initiatives (every point as a circle), no React and no UI. It filters by pillar in
 * the three raw ways MapLibre offers, so the app can be compared with the fastest.
 *   window.bench.prepare(way); window.bench.filter(way, pillar); window.bench.reset(way)
 *   with way = 'setFilter' | 'global-state' | 'setData'
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { markersOf } from '../../src/data/markers.ts';
import { syntheticInitiatives } from '../../src/data/synthetic.ts';
import { isSyntheticName, SYNTHETIC_SIZES } from '../../src/data/synthetic-names.ts';
import type { Initiative } from '../../src/data/initiative.ts';
import dataUrl from '../../data/initiatives.geojson?url';
import { basemapUrls } from '../../src/map/style/load-basemap.ts';

setWorkerUrl(workerUrl);

type Way = 'setFilter' | 'global-state' | 'setData';

const params = new URLSearchParams(window.location.search);
const element = document.getElementById('map') as HTMLElement;
const map = new MapLibreMap({
  container: element,
  style: {
    version: 8,
    state: { pillars: { default: [1, 2, 3] } },
    sources: {},
    layers: [{ id: 'ocean', type: 'background', paint: { 'background-color': '#d6e4ec' } }],
  },
  center: [120, 10],
  zoom: 0.6,
  fadeDuration: 0,
  attributionControl: false,
});
let idles = 0;
map.on('idle', () => {
  element.dataset['idleCount'] = String(++idles);
  element.dataset['idle'] = 'true';
});

async function start(): Promise<void> {
  // No validation here: the floor is MapLibre drawing the data, not our checks.
  const real = ((await (await fetch(dataUrl)).json()) as { features: Initiative[] }).features;
  const data = params.get('data') ?? '';
  const initiatives = isSyntheticName(data) ? syntheticInitiatives(SYNTHETIC_SIZES[data], 1, real) : real;
  const points = markersOf(initiatives) as FeatureCollection<Point>;
  await new Promise((resolve) => (map.loaded() ? resolve(null) : map.once('load', resolve)));
  // The app's own basemap files, fetched and parsed by MapLibre's worker as in the app.
  const basemap = basemapUrls();
  map.addSource('countries', { type: 'geojson', data: basemap.countries });
  map.addSource('borders', { type: 'geojson', data: basemap.borders });
  map.addSource('points', { type: 'geojson', data: points });
  map.addLayer({ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f3ec' } });
  map.addLayer({ id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#a8a194', 'line-width': 0.6 } });
  map.addLayer({
    id: 'points',
    type: 'circle',
    source: 'points',
    paint: { 'circle-color': '#0072B2', 'circle-radius': 4, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
  });

  (window as unknown as { bench: unknown }).bench = {
    count: points.features.length,
    map,
    /** The initiatives drawn in view (the benchmark's first-frame test), as the app's instrumentation lists its own. */
    renderedIds: () => [...new Set(map.queryRenderedFeatures({ layers: ['points'] }).map((f) => String(f.properties['id'])))],
    /** Sets the layer up for `way`, everything shown (not timed). */
    prepare(way: Way) {
      map.setFilter('points', way === 'global-state' ? ['in', ['get', 'pillar'], ['global-state', 'pillars']] : null);
      map.setGlobalStateProperty('pillars', [1, 2, 3]);
      (map.getSource('points') as GeoJSONSource).setData(points);
    },
    /** Shows one pillar's points by `way`; the caller times it to the next idle. */
    filter(way: Way, pillar: number) {
      switch (way) {
        case 'setFilter':
          map.setFilter('points', ['==', ['get', 'pillar'], pillar]);
          return;
        case 'global-state':
          map.setGlobalStateProperty('pillars', [pillar]);
          return;
        case 'setData':
          (map.getSource('points') as GeoJSONSource).setData({
            ...points,
            features: points.features.filter((f) => f.properties?.['pillar'] === pillar),
          });
          return;
      }
    },
    /** Back to everything by the same way, so both directions of a facet change are timed, as in the app. */
    reset(way: Way) {
      switch (way) {
        case 'setFilter':
          map.setFilter('points', null);
          return;
        case 'global-state':
          map.setGlobalStateProperty('pillars', [1, 2, 3]);
          return;
        case 'setData':
          (map.getSource('points') as GeoJSONSource).setData(points);
          return;
      }
    },
  };
  element.dataset['ready'] = 'true';
  map.once('idle', () => {
    element.dataset['firstDrawn'] = String(Math.round(performance.now()));
  });
}

void start();
