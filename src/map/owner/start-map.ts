/**
 * Creating the map, apart from the component that owns it, so that the page can start it before
 * React renders anything: MapLibre's style, its worker and the basemap then load while the dataset
 * is fetched and checked and the panels render. MapView adopts the map started here (or starts one
 * itself, e.g. when it mounts a second time) and from then on is its only owner: it adds every
 * handler, draws the initiatives and removes the map.
 */
import { addProtocol, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// Here, with the code that creates the map, so the styles are in place when it starts (in the
// explorer's chunk they arrived later and the map resized itself).
import 'maplibre-gl/dist/maplibre-gl.css';
import { drawBadge, drawDisc, parseBadgeImageName, parseDiscImageName } from '../style/badge-image.ts';
import type { View } from '../../state/app-state.ts';
import type { PageBasemap } from '../../data/basemap.ts';
import { INDO_PACIFIC_BOUNDS, OPENING_PADDING } from '../camera/camera.ts';
import { JAPANESE_FONT_FAMILY, SYSTEM_JAPANESE_FONTS } from '../../lib/japanese-font.ts';
import { BASE_SOURCES, BASE_STYLE, BASEMAP_LAYERS, DETAIL_PROTOCOL, LABEL_LAYERS, SOURCES } from '../style/layers.ts';
import { INITIATIVE_LAYERS, SELECTION_LAYERS } from '../style/initiative-layers.ts';
import { basemapUrls, loadCountryLabels } from '../style/load-basemap.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { setSourceUrl, type MapSources } from '../style/sources.ts';
import { USER_TILE_PROTOCOL } from '../style/user-tile-spec.ts';

setWorkerUrl(workerUrl);
// The site-zoom tiles: their code and data load when MapLibre first asks for one (zoom ≥ DETAIL_LOAD_ZOOM).
addProtocol(DETAIL_PROTOCOL, ({ url }) => import('../detail/detail-tiles.ts').then((tiles) => tiles.detailTile(url)));
// A large user layer's points: their worker starts with the first such layer (sync/user-layers.ts).
addProtocol(USER_TILE_PROTOCOL, ({ url }) => import('../user-tiles/user-tiles.ts').then((tiles) => tiles.userPointTile(url)));

export interface StartedMap {
  readonly map: MapLibreMap;
  /** What each of its sources holds (sources.ts); filled once the style is loaded. */
  readonly sources: MapSources;
  /** The map's own container; MapView places it inside its element. */
  readonly host: HTMLDivElement;
  /** The style is loaded and every source and layer is added (sources still empty). */
  readonly loaded: Promise<void>;
  /** The basemap's countries and borders are sent to the map (as files); the names' points are left to MapView. */
  readonly basemap: Promise<PageBasemap>;
  /**
   * The map's `error` events so far, once: the owner calls it after adding its own handler. A map
   * started early reports errors before anyone listens (a basemap file its worker could not fetch,
   * say); MapLibre would only log them to the console.
   */
  readonly takeErrors: () => readonly MapErrorEvent[];
}

/** What the owner reads of a map `error` event (MapLibre's ErrorEvent, with the failing source's id when there is one). */
export interface MapErrorEvent {
  readonly error?: { readonly message?: string };
  readonly sourceId?: unknown;
}

/** Creates the map in a new container inside `parent`, at `view` or else framing the Indo-Pacific. Throws where WebGL2 is not available. */
export function startMap(parent: HTMLElement, view: View | null = null): StartedMap {
  const host = document.createElement('div');
  host.className = 'map-host';
  parent.append(host);
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container: host,
      style: BASE_STYLE,
      ...(view
        ? { center: [view.lng, view.lat] as [number, number], zoom: view.zoom }
        : { bounds: INDO_PACIFIC_BOUNDS, fitBoundsOptions: { padding: OPENING_PADDING } }),
      minZoom: 0.5,
      maxZoom: 12,
      renderWorldCopies: true,
      attributionControl: false,
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // CJK in layers on MapLibre's default text-font: system Japanese fonts, then the bundled one.
      // (The country names name their own text-font list, which ends the same way: layers.ts.)
      localIdeographFontFamily: [...SYSTEM_JAPANESE_FONTS, JAPANESE_FONT_FAMILY].join(','),
    });
  } catch (error) {
    host.remove();
    throw error;
  }
  const sources: MapSources = new Map();
  const errors: MapErrorEvent[] = [];
  const keep = (event: MapErrorEvent) => errors.push(event);
  map.on('error', keep);
  const takeErrors = () => {
    map.off('error', keep);
    return errors.splice(0);
  };
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    // Drawn at the map's pixel ratio (raised for image export) so symbols stay sharp.
    const ratio = map.getPixelRatio();
    const counts = parseBadgeImageName(id);
    const pillar = parseDiscImageName(id);
    if (counts) map.addImage(id, drawBadge(counts, ratio), { pixelRatio: ratio });
    else if (pillar) map.addImage(id, drawDisc(pillar, ratio), { pixelRatio: ratio });
  });
  const loaded = new Promise<void>((resolve) => {
    map.once('load', () => {
      for (const [source, spec] of Object.entries(BASE_SOURCES)) map.addSource(source, spec);
      for (const layer of [...BASEMAP_LAYERS, ...LABEL_LAYERS, ...INITIATIVE_LAYERS, ...SELECTION_LAYERS]) map.addLayer(layer);
      for (const source of Object.keys(BASE_SOURCES)) sources.set(source, 0);
      resolve();
    });
  });
  const basemap = loaded.then(async () => {
    const urls = basemapUrls();
    setSourceUrl({ map, sources }, SOURCES.countries, urls.countries);
    setSourceUrl({ map, sources }, SOURCES.borders, urls.borders);
    return { labels: await loadCountryLabels() };
  });
  return { map, sources, host, loaded, basemap, takeErrors };
}

let early: StartedMap | null = null;

/**
 * Starts the map at once in a hidden container over `slot` (the loading frame's map area), or the
 * size of the window without one (MapLibre needs a size), at the URL's `view` if it has one. Where
 * WebGL2 is missing this does nothing: MapView then tries itself and says why it failed.
 */
export function startMapEarly(slot?: Element | null, view: View | null = null): void {
  if (early || typeof document === 'undefined') return;
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  const rect = slot?.getBoundingClientRect();
  const box =
    rect && rect.width > 0 && rect.height > 0
      ? `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`
      : 'left:0;top:0;width:100vw;height:100vh';
  holder.style.cssText = `position:fixed;${box};visibility:hidden;pointer-events:none;`;
  document.body.append(holder);
  try {
    early = startMap(holder, view);
    // A failure is reported by MapView, which attaches its own handler when it adopts the map;
    // this branch only keeps the browser from calling the rejection unhandled meanwhile.
    early.basemap.catch(() => undefined);
  } catch (error) {
    holder.remove();
    console.info(`The map could not start early (${errorMessage(error)}); MapView will try again.`);
  }
}

/**
 * The map started early, once, moved into `element`; its owner takes it from here. It is resized
 * only when `element` differs in size from where it started.
 */
export function takeEarlyMap(element: HTMLElement): StartedMap | null {
  const started = early;
  early = null;
  if (!started) return null;
  const holder = started.host.parentElement;
  const before = [started.host.clientWidth, started.host.clientHeight];
  element.append(started.host);
  holder?.remove();
  if (started.host.clientWidth !== before[0] || started.host.clientHeight !== before[1]) started.map.resize();
  return started;
}
