/**
 * The one owner of the MapLibre map: created (or adopted, when the page started it early:
 * start-map.ts) in a mount-only effect, removed in its cleanup. Everything else talks to it
 * through props and callbacks; each effect below
 * touches the map only for the prop it follows.
 */
import { AttributionControl, NavigationControl, type Map as MapLibreMap, type MapGeoJSONFeature } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { arcsOf } from '../data/arcs.ts';
import type { Initiative } from '../data/initiative.ts';
import { markersOf, routesOf } from '../data/markers.ts';
import { placeIndex, type PlaceIndex } from '../data/place-clusters.ts';
import { placeIds } from '../data/places.ts';
import { countsByCountry } from '../data/stats.ts';
import { drawStrategy, visibilityMask } from '../data/draw-strategy.ts';
import type { Lang } from '../lib/lang.ts';
import type { LayerName, View } from '../state/app-state.ts';
import type { Basemap } from './basemap.ts';
import { INDO_PACIFIC_BOUNDS, nearestCopy, viewFromCamera } from './camera.ts';
import { animateFade, fadeBetween, withFade } from './fade.ts';
import { fitSelection } from './fit.ts';
import { frameFor } from './frame.ts';
import { INTERACTIVE_LAYERS, LAYERS, POINT_LAYERS, SOURCES } from './layers.ts';
import { clearMarks, fadeTargets, markInitiative, setFade, type Mark } from './marks.ts';
import { EMPTY, setSourceData, startMap, takeEarlyMap, type StartedMap } from './start-map.ts';
import type { ClusterPick, MapHover } from './map-events.ts';
import { choroplethColor } from './palette.ts';
import { exportMapImage, type ExportSize, type ImageOverlay } from './export-image.ts';
import { placesOf } from '../data/places.ts';
// Video recording (issue 13): only types here; the recorder and its encoders load on first use.
import { cancelFrame, MAP_FRAMES, requestFrame } from './frame-clock.ts';
import type { MapVideoRequest } from './record-map.ts';
import type { RecordedVideo, VideoProgress } from '../video/record.ts';

export interface MapViewProps {
  /** Every initiative of the dataset: a large one is drawn once and filtered in place. */
  readonly dataset: readonly Initiative[];
  /** The matching initiatives: what the map draws. */
  readonly initiatives: readonly Initiative[];
  /** True when filters or a search narrow the set (fitting then frames the set, not the Indo-Pacific). */
  readonly filtered: boolean;
  readonly selected: Initiative | null;
  /** The initiative hovered in the list (not on the map). */
  readonly hovered: Initiative | null;
  readonly initialView: View | null;
  readonly layers: readonly LayerName[];
  /** Changes each time the app asks the map to bring the selection into view. */
  readonly revealRequest: number;
  /** Changes each time the user asks to fit the map to the matching set. */
  readonly fitRequest: number;
  readonly label: string;
  readonly lang: Lang;
  readonly onSelect: (id: string) => void;
  readonly onHover: (hover: MapHover | null) => void;
  readonly onClusterPick: (pick: ClusterPick) => void;
  readonly onViewChange: (view: View) => void;
  readonly onError: (message: string) => void;
  /** A camera the app asks for (a tour step, a host page); each new `seq` moves the map once. */
  readonly flyRequest?: { readonly seq: number; readonly view: View } | null;
  /** While presenting: every initiative, drawn faintly behind the highlighted set. */
  readonly context?: readonly Initiative[] | null;
  /** Animate the partner arcs' flow (presenting, without reduced motion). */
  readonly flowingArcs?: boolean;
  readonly handle?: Ref<MapHandle>;
  /** Shown in place of the map where WebGL2 is not available. */
  readonly unavailableText?: string;
}

/** What the app may ask of the map beyond props. */
export interface MapHandle {
  /** A PNG of the current view at exactly `size` pixels, with the overlay drawn in. */
  exportPng(size: ExportSize, overlay: ImageOverlay): Promise<Blob>;
  /** A tour recorded frame by frame as a video (src/map/record-map.ts, loaded on first use). */
  recordVideo(request: MapVideoRequest, onProgress: (progress: VideoProgress) => void, signal: AbortSignal): Promise<RecordedVideo>;
}

/**
 * `?debug` as the page was opened: read once, because the app rewrites its URL from its
 * state (which has no debug flag) as soon as it starts.
 */
const DEBUG = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('debug');

/** From this zoom on, badges are never merged. */
const MERGE_MAX_ZOOM = 6;
/** Above this many places a fade would mean loading both sets at once: large sets cut instead. */
const FADE_LIMIT = 4000;
/** Room kept on the right for the detail panel. */
const PANEL_INSET = 440;

/** A feature as drawn: any properties object. */
type Drawn = Feature<Geometry, object>;

function collection(features: readonly Drawn[]): FeatureCollection {
  return { type: 'FeatureCollection', features: features as Feature[] };
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const [ready, setReady] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const places = useRef<{ index: PlaceIndex; level: number } | null>(null);
  const drawn = useRef<{ places: Drawn[]; routes: Drawn[]; points: number }>({ places: [], routes: [], points: 0 });
  /** Whether the user has moved the map since it was last fitted (then filters no longer refit it). */
  const userMoved = useRef(props.initialView !== null);
  /** The initiatives marked hovered and selected (marks.ts); set again after the drawn set changes. */
  const marks = useRef<Record<Mark, string>>({ hover: '', selected: '' });
  const setMark = (map: MapLibreMap, mark: Mark, id: string) => {
    if (marks.current[mark] === id) return;
    markInitiative(map, drawn.current.places, mark, marks.current[mark], false);
    marks.current[mark] = id;
    markInitiative(map, drawn.current.places, mark, id, true);
  };
  const remark = (map: MapLibreMap) => {
    for (const mark of ['hover', 'selected'] as const) markInitiative(map, drawn.current.places, mark, marks.current[mark], true);
  };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { initialView } = callbacks.current;
    let started: StartedMap;
    try {
      started = takeEarlyMap(element) ?? startMap(element, initialView);
    } catch (error) {
      // No WebGL2 (or it failed to start): say so; the list, filters, details and downloads carry on.
      const message = error instanceof Error ? error.message : String(error);
      setUnavailable(true);
      callbacks.current.onError(message);
      return;
    }
    const { map } = started;
    // The camera is set before any handler listens, so it does not count as the user's move.
    if (initialView) map.jumpTo({ center: [initialView.lng, initialView.lat], zoom: initialView.zoom });
    else map.fitBounds(INDO_PACIFIC_BOUNDS, { padding: 16, duration: 0 });
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(
      new AttributionControl({ compact: false, customAttribution: 'Basemap: Natural Earth via world-atlas · Data: FOIP Atlas from MOFA documents' }),
      'bottom-right',
    );
    if (DEBUG) (window as unknown as { foipMap: MapLibreMap }).foipMap = map;

    map.on('error', (event) => callbacks.current.onError(event.error?.message ?? 'The map reported an error.'));
    // A lost WebGL context (a GPU reset, too many tabs) is restored by MapLibre when the browser allows.
    map.on('webglcontextlost', () => callbacks.current.onError('The map’s graphics context was lost; it will come back when the browser restores it.'));
    map.on('webglcontextrestored', () => callbacks.current.onError(''));
    let labels: Basemap['labels'] | null = null;
    void started.loaded.then(() => {
      if (mapRef.current === map) setReady(true);
    });
    started.basemap.then(
      (loaded) => {
        if (mapRef.current !== map) return;
        labels = loaded.labels;
        setBasemap(loaded);
      },
      (error: unknown) => callbacks.current.onError(error instanceof Error ? error.message : String(error)),
    );

    // Badges are merged per zoom level; redraw them when the level changes.
    map.on('zoom', () => {
      const current = places.current;
      if (!current || Math.floor(map.getZoom()) === current.level) return;
      current.level = Math.floor(map.getZoom());
      const next = current.index.at(current.level).features.map((f) => keyed(withFade(f, 'stay')));
      drawn.current.places = next;
      setSourceData(map, SOURCES.places, collection(next));
      remark(map);
    });
    map.on('movestart', (event) => {
      element.dataset['idle'] = 'false';
      if ('originalEvent' in event && event.originalEvent) userMoved.current = true;
    });
    map.on('moveend', () => callbacks.current.onViewChange(viewFromCamera(map.getCenter(), map.getZoom())));
    // Tests and benchmarks read what is drawn; counting it queries every rendered feature, so only with ?debug.
    let idles = 0;
    map.on('idle', () => {
      // The first idle with initiatives drawn marks the end of loading (performance.now(), from navigation start).
      if (!element.dataset['firstDrawn'] && drawn.current.places.length + drawn.current.routes.length + drawn.current.points > 0) {
        element.dataset['firstDrawn'] = String(Math.round(performance.now()));
      }
      // Country names come once the initiatives are on screen: shaping ~240 names in local fonts
      // would otherwise hold back the first picture by a few hundred milliseconds.
      if (labels && (element.dataset['firstDrawn'] || callbacks.current.dataset.length === 0)) {
        setSourceData(map, SOURCES.labels, labels);
        labels = null;
      }
      element.dataset['idle'] = 'true';
      // Benchmarks time a change to the next idle by this count.
      element.dataset['idleCount'] = String(++idles);
      if (DEBUG) element.dataset['renderedInitiatives'] = String(renderedInitiatives(map).size);
    });

    let hoveredId: string | null = null;
    map.on('mousemove', (event) => {
      const top = topFeature(map, event.point);
      const ids = top ? idsOf(top) : [];
      const id = ids.length === 1 ? (ids[0] ?? null) : null;
      map.getCanvas().style.cursor = top ? 'pointer' : '';
      if (id !== hoveredId) setMark(map, 'hover', id ?? '');
      hoveredId = id;
      const merged = top?.properties['cluster'] === 1;
      callbacks.current.onHover(ids.length > 0 ? { ids, merged, x: event.point.x, y: event.point.y } : null);
    });
    map.getCanvas().addEventListener('mouseleave', () => {
      hoveredId = null;
      setMark(map, 'hover', '');
      callbacks.current.onHover(null);
    });

    map.on('click', (event) => {
      const top = topFeature(map, event.point);
      const ids = top ? idsOf(top) : [];
      const expand = Number(top?.properties['expand'] ?? -1);
      if (top?.properties['cluster'] === 1 && expand > map.getZoom() && expand <= MERGE_MAX_ZOOM + 1 && top.geometry.type === 'Point') {
        const [lng = 0, lat = 0] = top.geometry.coordinates;
        map.easeTo({ center: [lng, lat], zoom: expand + 0.2, duration: prefersReducedMotion() ? 0 : 500 });
      } else if (ids.length === 1 && ids[0]) callbacks.current.onSelect(ids[0]);
      else if (ids.length > 1) callbacks.current.onClusterPick({ ids, x: event.point.x, y: event.point.y });
    });

    return () => {
      mapRef.current = null;
      map.remove();
      started.host.remove();
    };
  }, []);

  const strategy = drawStrategy(props.dataset.length);

  // Filtered in place (data/draw-strategy.ts): every point goes to the worker once per dataset.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || strategy !== 'mask') return;
    setSourceData(map, SOURCES.points, markersOf(props.dataset));
    return () => {
      map.setGlobalStateProperty('mask', null);
      setSourceData(map, SOURCES.points, EMPTY);
    };
  }, [ready, strategy, props.dataset]);

  // The matching set. Small datasets: places and routes, with a short fade for what arrives or
  // leaves. Large ones: plain points shown through a mask.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    // Not idle until the new set is drawn (tests and benchmarks wait on this).
    if (container.current) container.current.dataset['idle'] = 'false';
    const previous = drawn.current;
    if (strategy !== 'places') {
      places.current = null;
      const routes = routesOf(props.initiatives).features;
      // One global-state value, so the points are laid out again once per change.
      map.setGlobalStateProperty('mask', visibilityMask(props.dataset, props.initiatives));
      setSourceData(map, SOURCES.places, EMPTY);
      setSourceData(map, SOURCES.routes, collection(routes));
      drawn.current = { places: [], routes, points: props.initiatives.length };
      return;
    }
    const index = placeIndex(props.initiatives, { maxZoom: MERGE_MAX_ZOOM });
    const level = Math.floor(map.getZoom());
    places.current = { index, level };
    const nextPlaces: Drawn[] = index.at(level).features.map(keyed);
    const nextRoutes: Drawn[] = routesOf(props.initiatives).features;
    drawn.current = { places: nextPlaces.map((f) => withFade(f, 'stay')), routes: nextRoutes.map((f) => withFade(f, 'stay')), points: 0 };
    // Fades and marks belong to the features drawn so far.
    clearMarks(map);
    remark(map);
    const large = previous.places.length + nextPlaces.length > FADE_LIMIT;
    if (prefersReducedMotion() || large || (previous.places.length === 0 && previous.routes.length === 0)) {
      setSourceData(map, SOURCES.places, collection(drawn.current.places));
      setSourceData(map, SOURCES.routes, collection(drawn.current.routes));
      return;
    }
    // At the end the leaving features are fully transparent and ignored by hover and click; they are
    // dropped with the next change, which saves the worker a second pass over the data now.
    const placesNow = fadeBetween(previous.places, nextPlaces, keyOf);
    const routesNow = fadeBetween(previous.routes, nextRoutes, (f) => String((f.properties as { id?: string }).id));
    const targets = fadeTargets(placesNow, routesNow);
    setFade(map, targets, 0);
    setSourceData(map, SOURCES.places, collection(placesNow));
    setSourceData(map, SOURCES.routes, collection(routesNow));
    return animateFade(
      (progress) => setFade(map, targets, progress),
      () => setFade(map, targets, 1),
      MAP_FRAMES, // the browser's frames, or the video's clock while one is recorded
    );
  }, [ready, strategy, props.dataset, props.initiatives]);

  // Refit after a filter change, unless the user has moved the map since it was last fitted.
  const firstFit = useRef(true);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const initial = firstFit.current;
    firstFit.current = false;
    if (userMoved.current || (initial && !props.filtered)) return;
    fitSelection(map, props.initiatives, !props.filtered, 0, !initial && !prefersReducedMotion());
  }, [ready, props.initiatives, props.filtered]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || props.fitRequest === 0) return;
    userMoved.current = false;
    fitSelection(map, callbacks.current.initiatives, !callbacks.current.filtered, 0, !prefersReducedMotion());
  }, [ready, props.fitRequest]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    setMark(map, 'selected', props.selected?.id ?? '');
    setSourceData(map, SOURCES.selection, props.selected ? markersOf([props.selected]) : EMPTY);
  }, [ready, props.selected]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    setMark(map, 'hover', props.hovered?.id ?? '');
    setSourceData(map, SOURCES.hover, props.hovered ? markersOf([props.hovered]) : EMPTY);
  }, [ready, props.hovered]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setGlobalStateProperty('lang', props.lang);
  }, [ready, props.lang]);

  // Choropleth: host countries shaded by the number of matching initiatives.
  const choropleth = props.layers.includes('choropleth');
  const shaded = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !basemap) return;
    map.setLayoutProperty(LAYERS.choropleth, 'visibility', choropleth ? 'visible' : 'none');
    // Nothing to clear or draw while the layer is off: a filter change then costs the map nothing here.
    if (shaded.current) map.removeFeatureState({ source: SOURCES.countries });
    shaded.current = choropleth;
    if (!choropleth) return;
    for (const [code, count] of countsByCountry(props.initiatives)) {
      map.setFeatureState({ source: SOURCES.countries, id: code }, { fill: choroplethColor(count), count });
    }
  }, [ready, basemap, choropleth, props.initiatives]);

  // Partner arcs: from Japan and each partner country to the places of the initiatives they share.
  const arcs = props.layers.includes('arcs');
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !basemap) return;
    map.setLayoutProperty(LAYERS.arcs, 'visibility', arcs ? 'visible' : 'none');
    if (!arcs) {
      setSourceData(map, SOURCES.arcs, EMPTY);
      return;
    }
    const points = new Map<string, Position>(basemap.labels.features.map((f) => [f.properties.code, f.geometry.coordinates]));
    setSourceData(map, SOURCES.arcs, arcsOf(props.initiatives, (code) => points.get(code)));
  }, [ready, basemap, arcs, props.initiatives]);

  // While presenting, everything else stays faintly in view for context.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    setSourceData(map, SOURCES.context, props.context ? placesOf(props.context) : EMPTY);
  }, [ready, props.context]);

  // The flow of the partner arcs: the dash pattern marches along the lines, one step per frame.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !props.flowingArcs || !arcs || prefersReducedMotion()) return;
    let frame = 0;
    let handle = 0;
    const tick = (now: number) => {
      const step = Math.floor(now / 60) % ARC_DASHES.length;
      if (step !== frame) {
        frame = step;
        map.setPaintProperty(LAYERS.arcs, 'line-dasharray', ARC_DASHES[step]);
      }
      handle = requestFrame(tick);
    };
    // The video's clock while one is recorded (frame-clock.ts).
    handle = requestFrame(tick);
    return () => {
      cancelFrame(handle);
      map.setPaintProperty(LAYERS.arcs, 'line-dasharray', undefined);
    };
  }, [ready, props.flowingArcs, arcs]);

  useEffect(() => {
    const map = mapRef.current;
    const request = props.flyRequest;
    if (!ready || !map || !request) return;
    const { lng, lat, zoom } = request.view;
    const center: [number, number] = [nearestCopy(lng, map.getCenter().lng), lat];
    if (prefersReducedMotion()) map.jumpTo({ center, zoom });
    else map.flyTo({ center, zoom, duration: 1200 });
  }, [ready, props.flyRequest]);

  useImperativeHandle(
    props.handle,
    () => ({
      exportPng: (size, overlay) => {
        const map = mapRef.current;
        if (!map) return Promise.reject(new Error('The map is not ready yet.'));
        return exportMapImage(map, size, overlay);
      },
      recordVideo: async (request, onProgress, signal) => {
        const map = mapRef.current;
        if (!map) throw new Error('The map is not ready yet.');
        const { recordMapVideo } = await import('./record-map.ts');
        return recordMapVideo(map, request, onProgress, signal);
      },
    }),
    [],
  );

  // Bring the selection into view when the app asks (a pick in the list), not on every change.
  useEffect(() => {
    const map = mapRef.current;
    const selected = callbacks.current.selected;
    if (!ready || !map || !selected || props.revealRequest === 0) return;
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const panel = Math.min(PANEL_INSET, width * 0.45);
    const margin = 60;
    const northWest = map.unproject([margin, margin]);
    const southEast = map.unproject([width - panel - margin, height - margin]);
    const visible: [[number, number], [number, number]] = [
      [northWest.lng, southEast.lat],
      [southEast.lng, northWest.lat],
    ];
    const frame = frameFor(selected, map.getCenter().lng, visible, map.getZoom());
    if (frame) {
      map.fitBounds(frame, { padding: { top: 60, bottom: 60, left: 60, right: panel + 40 }, maxZoom: 5, duration: prefersReducedMotion() ? 0 : 700 });
    }
  }, [ready, props.revealRequest]);

  return (
    <div ref={container} className="map" role="region" aria-label={props.label} data-testid="map" data-unavailable={unavailable || undefined}>
      {unavailable && props.unavailableText && (
        <p className="map-unavailable" role="status">
          {props.unavailableText}
        </p>
      )}
    </div>
  );
}

/** Dash patterns for the marching flow of the arcs (MapLibre's "animate a line" pattern). */
const ARC_DASHES: number[][] = [
  [0, 4, 3],
  [0.5, 4, 2.5],
  [1, 4, 2],
  [1.5, 4, 1.5],
  [2, 4, 1],
  [2.5, 4, 0.5],
  [3, 4, 0],
  [0, 0.5, 3, 3.5],
  [0, 1, 3, 3],
  [0, 1.5, 3, 2.5],
  [0, 2, 3, 2],
  [0, 2.5, 3, 1.5],
  [0, 3, 3, 1],
  [0, 3.5, 3, 0.5],
];

/** Key of a drawn place, for transitions and marks: where it is and what it holds. */
function placeKey(feature: Drawn): string {
  const coordinates = feature.geometry.type === 'Point' ? feature.geometry.coordinates.join(',') : '';
  return `${coordinates}|${String((feature.properties as { ids?: string }).ids ?? '')}`;
}

/** The place with its key as a property: the places source promotes it to the feature id (marks.ts). */
function keyed(feature: Drawn): Drawn {
  return { ...feature, properties: { ...feature.properties, key: placeKey(feature) } };
}

/** The key a keyed place carries. */
function keyOf(feature: Drawn): string {
  return String((feature.properties as { key?: string }).key);
}

function topFeature(map: MapLibreMap, point: { x: number; y: number }): MapGeoJSONFeature | undefined {
  const box: [[number, number], [number, number]] = [
    [point.x - 3, point.y - 3],
    [point.x + 3, point.y + 3],
  ];
  return map.queryRenderedFeatures(box, { layers: [...INTERACTIVE_LAYERS] }).find((f) => f.properties['fade'] !== 'out');
}

/** The initiatives behind a rendered feature: a place's members, or a route's or selection's id. */
function idsOf(feature: MapGeoJSONFeature): string[] {
  const { ids, id } = feature.properties;
  return ids !== undefined ? placeIds(ids) : typeof id === 'string' && id ? [id] : [];
}

/** Distinct initiatives drawn in the viewport (places and routes), for tests and benchmarks. */
function renderedInitiatives(map: MapLibreMap): Set<string> {
  const layers = [LAYERS.badges, LAYERS.exact, LAYERS.approximate, ...POINT_LAYERS, LAYERS.routes].filter((layer) => map.getLayer(layer));
  const ids = new Set<string>();
  for (const feature of map.queryRenderedFeatures({ layers })) {
    if (feature.properties['fade'] === 'out') continue;
    for (const id of idsOf(feature)) ids.add(id);
  }
  return ids;
}
