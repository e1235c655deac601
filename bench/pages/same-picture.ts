/**
 * The benchmark's second floor: bare MapLibre drawing the app's own picture. The style, with every
 * source's data inline, is the app's map as `map.getStyle()` gave it once idle at the benchmark's
 * view (bench/dump-picture.ts writes it, with the sources' data after the benchmark's facet
 * change); the page adds the images the app draws on demand, with the app's own drawing code. No
 * React, no validation, no dataset or basemap conversion: what is left of the app's time over this
 * page is the app's own work, and this page's time over the circles baseline (baseline.ts) is the
 * cost of what the picture holds (labels, badges, regions, routes, arcs).
 *   ?style=<url of the dumped style>&width=<px>&height=<px>&view=<lng,lat,zoom>
 *   window.bench.filter(): sends the sources the facet change changed; window.bench.reset(): back
 */
import { addProtocol, Map as MapLibreMap, setWorkerUrl, type GeoJSONSource, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { drawBadge, drawDisc, parseBadgeImageName, parseDiscImageName } from '../../src/map/style/badge-image.ts';
import { HATCH_IMAGE, hatchPattern } from '../../src/map/style/region-layers.ts';
import { handOverAtFirstTile } from '../../src/map/detail/handover.ts';
import { DETAIL_PROTOCOL } from '../../src/map/style/layers.ts';
import { renderedInitiatives } from '../../src/map/style/rendered.ts';

setWorkerUrl(workerUrl);
// The site-zoom basemap as the app draws it: the same protocol, answered by the app's own tile worker.
addProtocol(DETAIL_PROTOCOL, ({ url }) => import('../../src/map/detail/detail-tiles.ts').then((tiles) => tiles.detailTile(url)));

/** What bench/dump-picture.ts writes (its DumpedPicture). */
interface SamePicture {
  readonly style: StyleSpecification;
  /** The data of each source that the facet change changed, after it. */
  readonly filtered: Readonly<Record<string, FeatureCollection>>;
  readonly countryState: { readonly before: CountryState; readonly after: CountryState };
}
type CountryState = Readonly<Record<string, Record<string, unknown>>>;

const params = new URLSearchParams(window.location.search);
const element = document.getElementById('map') as HTMLElement;
element.style.width = `${Number(params.get('width')) || window.innerWidth}px`;
element.style.height = `${Number(params.get('height')) || window.innerHeight}px`;
const [lng = 120, lat = 10, zoom = 0.6] = (params.get('view') ?? '')
  .split(',')
  .map(Number)
  .filter((n) => Number.isFinite(n));

async function start(): Promise<void> {
  const picture = (await (await fetch(params.get('style') ?? 'same-picture.json')).json()) as SamePicture;
  const map = new MapLibreMap({
    container: element,
    style: picture.style,
    center: [lng, lat],
    zoom,
    minZoom: 0.5,
    maxZoom: 12,
    fadeDuration: 0,
    attributionControl: false,
  });
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    const counts = parseBadgeImageName(id);
    const pillar = parseDiscImageName(id);
    const ratio = map.getPixelRatio();
    if (counts) map.addImage(id, drawBadge(counts, ratio), { pixelRatio: ratio });
    else if (pillar) map.addImage(id, drawDisc(pillar, ratio), { pixelRatio: ratio });
    else if (id === HATCH_IMAGE) map.addImage(id, hatchPattern(ratio), { pixelRatio: ratio });
  });
  const before = Object.fromEntries(
    Object.keys(picture.filtered).map((id) => [id, (picture.style.sources[id] as { data: FeatureCollection }).data]),
  );
  const { before: statesBefore, after: statesAfter } = picture.countryState;
  const keys = [...new Set([...Object.values(statesBefore), ...Object.values(statesAfter)].flatMap((state) => Object.keys(state)))];
  const codes = [...new Set([...Object.keys(statesBefore), ...Object.keys(statesAfter)])];
  const paint = (states: CountryState) => {
    for (const code of codes)
      map.setFeatureState({ source: 'countries', id: code }, { ...Object.fromEntries(keys.map((key) => [key, false])), ...states[code] });
  };
  const send = (data: Readonly<Record<string, FeatureCollection>>, states: CountryState) => {
    for (const [id, collection] of Object.entries(data)) (map.getSource(id) as GeoJSONSource).setData(collection);
    paint(states);
  };
  map.once('load', () => paint(statesBefore));
  handOverAtFirstTile(map);
  let idles = 0;
  map.on('idle', () => {
    element.dataset['idleCount'] = String(++idles);
  });
  (window as unknown as { bench: unknown }).bench = {
    map,
    renderedIds: () => [...renderedInitiatives(map)],
    filter: () => send(picture.filtered, statesAfter),
    reset: () => send(before, statesBefore),
  };
  map.once('idle', () => {
    element.dataset['firstDrawn'] = String(Math.round(performance.now()));
  });
}

void start();
