/**
 * The one owner of the MapLibre map: created in a mount-only effect, removed in its
 * cleanup. Everything else talks to it through props and callbacks.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import type { Initiative } from '../data/initiative.ts';
import { markersOf, routesOf } from '../data/markers.ts';
import { placeIndex, type PlaceIndex } from '../data/place-clusters.ts';
import { placeIds } from '../data/places.ts';
import { drawBadge, parseBadgeImageName } from './badge-image.ts';
import type { Lang } from '../lib/lang.ts';
import type { View } from '../state/app-state.ts';
import type { Basemap } from './basemap.ts';
import { INDO_PACIFIC_BOUNDS, viewFromCamera } from './camera.ts';
import { BASE_STYLE, BASEMAP_LAYERS, INITIATIVE_LAYERS, INTERACTIVE_LAYERS, LABEL_LAYERS, LAYERS, SELECTION_LAYERS, SOURCES } from './layers.ts';
import { loadBasemap } from './load-basemap.ts';
import type { ClusterPick, MapHover } from './map-events.ts';
import { frameFor } from './frame.ts';

setWorkerUrl(workerUrl);

export interface MapViewProps {
  readonly initiatives: readonly Initiative[];
  readonly selected: Initiative | null;
  /** The initiative hovered in the list (not on the map). */
  readonly hovered: Initiative | null;
  readonly initialView: View | null;
  /** Changes each time the app asks the map to bring the selection into view. */
  readonly revealRequest: number;
  readonly label: string;
  readonly lang: Lang;
  readonly onSelect: (id: string) => void;
  readonly onHover: (hover: MapHover | null) => void;
  readonly onClusterPick: (pick: ClusterPick) => void;
  readonly onViewChange: (view: View) => void;
  readonly onError: (message: string) => void;
}

/** From this zoom on, badges are never merged. */
const MERGE_MAX_ZOOM = 6;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const [ready, setReady] = useState(false);
  const places = useRef<{ index: PlaceIndex; level: number } | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { initialView } = callbacks.current;
    const map = new MapLibreMap({
      container: element,
      style: BASE_STYLE,
      ...(initialView
        ? { center: [initialView.lng, initialView.lat] as [number, number], zoom: initialView.zoom }
        : { bounds: INDO_PACIFIC_BOUNDS, fitBoundsOptions: { padding: 16 } }),
      minZoom: 0.5,
      maxZoom: 12,
      renderWorldCopies: true,
      attributionControl: false,
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(
      new AttributionControl({ compact: false, customAttribution: 'Basemap: Natural Earth via world-atlas · Data: FOIP Atlas from MOFA documents' }),
      'bottom-right',
    );
    if (new URLSearchParams(window.location.search).has('debug')) (window as unknown as { foipMap: MapLibreMap }).foipMap = map;

    map.setMissingStyleImageResolver((id) => {
      const counts = parseBadgeImageName(id);
      if (!counts || map.hasImage(id)) return;
      const ratio = window.devicePixelRatio || 1;
      map.addImage(id, drawBadge(counts, ratio), { pixelRatio: ratio });
    });
    map.on('error', (event) => callbacks.current.onError(event.error?.message ?? 'The map reported an error.'));
    map.on('load', () => {
      map.addSource(SOURCES.countries, { type: 'geojson', data: EMPTY });
      map.addSource(SOURCES.borders, { type: 'geojson', data: EMPTY });
      map.addSource(SOURCES.labels, { type: 'geojson', data: EMPTY });
      map.addSource(SOURCES.routes, { type: 'geojson', data: EMPTY, promoteId: 'id' });
      map.addSource(SOURCES.places, { type: 'geojson', data: EMPTY });
      map.addSource(SOURCES.selection, { type: 'geojson', data: EMPTY });
      map.addSource(SOURCES.hover, { type: 'geojson', data: EMPTY });
      for (const layer of [...BASEMAP_LAYERS, ...LABEL_LAYERS, ...INITIATIVE_LAYERS, ...SELECTION_LAYERS]) map.addLayer(layer);
      loadBasemap()
        .then((basemap: Basemap) => {
          if (mapRef.current !== map) return;
          (map.getSource(SOURCES.countries) as GeoJSONSource).setData(basemap.countries);
          (map.getSource(SOURCES.borders) as GeoJSONSource).setData(basemap.borders);
          (map.getSource(SOURCES.labels) as GeoJSONSource).setData(basemap.labels);
        })
        .catch((error: unknown) => callbacks.current.onError(error instanceof Error ? error.message : String(error)));
      setReady(true);
    });

    // Badges are merged per zoom level; redraw them when the level changes.
    map.on('zoom', () => {
      const current = places.current;
      if (!current || Math.floor(map.getZoom()) === current.level) return;
      current.level = Math.floor(map.getZoom());
      (map.getSource(SOURCES.places) as GeoJSONSource | undefined)?.setData(current.index.at(current.level));
    });
    map.on('moveend', () => callbacks.current.onViewChange(viewFromCamera(map.getCenter(), map.getZoom())));
    map.on('idle', () => {
      element.dataset['idle'] = 'true';
      element.dataset['renderedInitiatives'] = String(renderedInitiatives(map).size);
    });
    map.on('movestart', () => {
      element.dataset['idle'] = 'false';
    });

    let hoveredId: string | null = null;
    map.on('mousemove', (event) => {
      const top = topFeature(map, event.point);
      const ids = top ? idsOf(top) : [];
      const id = ids.length === 1 ? (ids[0] ?? null) : null;
      map.getCanvas().style.cursor = top ? 'pointer' : '';
      if (id !== hoveredId) map.setGlobalStateProperty('hovered', id ?? '');
      hoveredId = id;
      const merged = top?.properties['cluster'] === 1;
      callbacks.current.onHover(ids.length > 0 ? { ids, merged, x: event.point.x, y: event.point.y } : null);
    });
    map.getCanvas().addEventListener('mouseleave', () => {
      hoveredId = null;
      map.setGlobalStateProperty('hovered', '');
      callbacks.current.onHover(null);
    });

    map.on('click', (event) => {
      const top = topFeature(map, event.point);
      const ids = top ? idsOf(top) : [];
      const expand = Number(top?.properties['expand'] ?? -1);
      if (top?.properties['cluster'] === 1 && expand > map.getZoom() && expand <= MERGE_MAX_ZOOM + 1 && top.geometry.type === 'Point') {
        const [lng = 0, lat = 0] = top.geometry.coordinates;
        map.easeTo({ center: [lng, lat], zoom: expand + 0.2, duration: 500 });
      } else if (ids.length === 1 && ids[0]) callbacks.current.onSelect(ids[0]);
      else if (ids.length > 1) callbacks.current.onClusterPick({ ids, x: event.point.x, y: event.point.y });
    });

    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const index = placeIndex(props.initiatives, { maxZoom: MERGE_MAX_ZOOM });
    const level = Math.floor(map.getZoom());
    places.current = { index, level };
    (map.getSource(SOURCES.places) as GeoJSONSource).setData(index.at(level));
    (map.getSource(SOURCES.routes) as GeoJSONSource).setData(routesOf(props.initiatives));
  }, [ready, props.initiatives]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setGlobalStateProperty('selected', props.selected?.id ?? '');
    (map.getSource(SOURCES.selection) as GeoJSONSource).setData(props.selected ? markersOf([props.selected]) : EMPTY);
  }, [ready, props.selected]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setGlobalStateProperty('hovered', props.hovered?.id ?? '');
    (map.getSource(SOURCES.hover) as GeoJSONSource).setData(props.hovered ? markersOf([props.hovered]) : EMPTY);
  }, [ready, props.hovered]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setGlobalStateProperty('lang', props.lang);
  }, [ready, props.lang]);

  // Bring the selection into view when the app asks (a pick in the list), not on every change.
  useEffect(() => {
    const map = mapRef.current;
    const selected = callbacks.current.selected;
    if (!ready || !map || !selected || props.revealRequest === 0) return;
    // Leave room on the right for the detail panel that opens with the selection.
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const panel = Math.min(440, width * 0.45);
    const margin = 60;
    const northWest = map.unproject([margin, margin]);
    const southEast = map.unproject([width - panel - margin, height - margin]);
    const visible: [[number, number], [number, number]] = [
      [northWest.lng, southEast.lat],
      [southEast.lng, northWest.lat],
    ];
    const frame = frameFor(selected, map.getCenter().lng, visible, map.getZoom());
    if (frame) map.fitBounds(frame, { padding: { top: 60, bottom: 60, left: 60, right: panel + 40 }, maxZoom: 5, duration: 700 });
  }, [ready, props.revealRequest]);

  return <div ref={container} className="map" role="region" aria-label={props.label} data-testid="map" />;
}

function topFeature(map: MapLibreMap, point: { x: number; y: number }): MapGeoJSONFeature | undefined {
  const box: [[number, number], [number, number]] = [
    [point.x - 3, point.y - 3],
    [point.x + 3, point.y + 3],
  ];
  return map.queryRenderedFeatures(box, { layers: [...INTERACTIVE_LAYERS] })[0];
}

/** The initiatives behind a rendered feature: a place's members, or a route's or selection's id. */
function idsOf(feature: MapGeoJSONFeature): string[] {
  const { ids, id } = feature.properties;
  return ids !== undefined ? placeIds(ids) : typeof id === 'string' && id ? [id] : [];
}

/** Distinct initiatives drawn in the viewport (places and routes), for tests and benchmarks. */
function renderedInitiatives(map: MapLibreMap): Set<string> {
  const layers = [LAYERS.badges, LAYERS.exact, LAYERS.approximate, LAYERS.routes].filter((layer) => map.getLayer(layer));
  const ids = new Set<string>();
  for (const feature of map.queryRenderedFeatures({ layers })) for (const id of idsOf(feature)) ids.add(id);
  return ids;
}
