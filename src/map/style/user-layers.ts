/**
 * A user's layer on the map, as typed specs: its own shape, so it cannot be taken for ours. Our
 * initiatives are circles, pale discs and round badges in the focus areas' colours; a user's points
 * are diamonds (an SDF image, so one image takes every category's colour, with a white halo), its
 * clusters larger diamonds in the neutral colour with their count, its lines thin and long-dashed
 * without our routes' white casing, its polygons a pale fill with an outline. No labels.
 *
 * Each user layer has two sources: `user-<id>` (lines and polygons) and `user-<id>-points` (points,
 * clustered above CLUSTER_ABOVE: MapLibre's clustering takes points only). Polygons, lines and points
 * sit above the basemap and below the country names, so names stay readable over them however many
 * there are; clusters sit just above the names, which give way to them as they do to our badges (a
 * name drawn over a count made both unreadable). All of ours (arcs, routes, places, rings) draw on top.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_LABEL_FONTS } from '../../lib/japanese-font.ts';
import { USER_NEUTRAL } from '../../user-data/style.ts';
import { LAYERS, POINT_LAYERS } from './layers.ts';
import { EMPTY } from './sources.ts';

/** The layers a user layer's are added below: the country names, and (for clusters) the lowest of ours. */
export const USER_LAYERS_BELOW = { names: LAYERS.labels, ours: POINT_LAYERS[0] ?? LAYERS.context } as const;

/** The diamond, one image for every user layer (added with the first, removed with the last). */
export const USER_DIAMOND_IMAGE = 'user-diamond';
/** The diamond's half diagonal in the image, in CSS pixels: icon-size is a radius divided by this. */
export const DIAMOND_RADIUS = 16;
/** Room around the diamond for the halo, as MapLibre's own SDF glyphs keep (TinySDF's buffer and radius). */
const SDF_BUFFER = 6;
const SDF_RANGE = 8;
/**
 * The halo's width in CSS pixels. At most 1: MapLibre (6.17, draw_symbol.ts) draws a wider SDF halo
 * as a second pass over every symbol, and one this wide in the same pass as the fill.
 */
export const HALO = 1;

export function userSourceIds(id: string): { readonly shapes: string; readonly points: string } {
  return { shapes: `user-${id}`, points: `user-${id}-points` };
}

export function userLayerIds(id: string) {
  return {
    fill: `user-${id}-fill`,
    outline: `user-${id}-outline`,
    line: `user-${id}-line`,
    points: `user-${id}-points`,
    clusters: `user-${id}-clusters`,
  } as const;
}

export function userSources(clustered: boolean): {
  readonly shapes: GeoJSONSourceSpecification;
  readonly points: GeoJSONSourceSpecification;
} {
  return {
    shapes: { type: 'geojson', data: EMPTY },
    points: clustered
      ? { type: 'geojson', data: EMPTY, cluster: true, clusterRadius: 40, clusterMaxZoom: 10 }
      : { type: 'geojson', data: EMPTY },
  };
}

const colour: ExpressionSpecification = ['coalesce', ['get', 'colour'], USER_NEUTRAL];
const isPolygon: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const isCluster: ExpressionSpecification = ['has', 'point_count'];

/**
 * The layers of one user layer, bottom first, each with the layer it is added below; hidden ones are
 * added with `visibility: 'none'`. Across user layers, every polygon sits below every line and every
 * line below every point, so a later file's pale fill never covers an earlier file's points (nor
 * takes their clicks): `drawn` are the user layers already on the map, earliest first.
 */
export function userLayerSpecs(
  id: string,
  visible: boolean,
  drawn: readonly string[] = [],
): { readonly spec: LayerSpecification; readonly below: string }[] {
  const ids = userLayerIds(id);
  const lowest = drawn[0] === undefined ? null : userLayerIds(drawn[0]);
  const below: Record<string, string> = {
    [ids.fill]: lowest?.line ?? USER_LAYERS_BELOW.names,
    [ids.outline]: lowest?.line ?? USER_LAYERS_BELOW.names,
    [ids.line]: lowest?.points ?? USER_LAYERS_BELOW.names,
    [ids.points]: USER_LAYERS_BELOW.names,
    [ids.clusters]: USER_LAYERS_BELOW.ours,
  };
  return layerSpecs(id, visible).map((spec) => ({ spec, below: below[spec.id] ?? USER_LAYERS_BELOW.names }));
}

function layerSpecs(id: string, visible: boolean): LayerSpecification[] {
  const sources = userSourceIds(id);
  const ids = userLayerIds(id);
  const visibility = visible ? 'visible' : 'none';
  return [
    {
      id: ids.fill,
      type: 'fill',
      source: sources.shapes,
      filter: isPolygon,
      layout: { visibility },
      paint: { 'fill-color': colour, 'fill-opacity': 0.15, 'fill-antialias': false },
    },
    {
      id: ids.outline,
      type: 'line',
      source: sources.shapes,
      filter: isPolygon,
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': colour, 'line-width': 1.25, 'line-opacity': 0.9 },
    },
    {
      id: ids.line,
      type: 'line',
      source: sources.shapes,
      filter: isLine,
      layout: { visibility, 'line-join': 'round', 'line-cap': 'butt' },
      // Long dashes, thinner and without a casing: our routes are short dashes on a white casing.
      paint: { 'line-color': colour, 'line-width': 2, 'line-dasharray': [5, 2.5] },
    },
    {
      id: ids.points,
      type: 'symbol',
      source: sources.points,
      filter: ['!', isCluster],
      layout: {
        visibility,
        'icon-image': USER_DIAMOND_IMAGE,
        'icon-size': ['/', ['coalesce', ['get', 'r'], 6], DIAMOND_RADIUS],
        'icon-allow-overlap': true,
        // Country names never give way to a user's points (a large file would hide them all).
        'icon-ignore-placement': true,
        // Larger points first, so smaller ones draw on top and stay pickable.
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'r'], 6]],
      },
      paint: { 'icon-color': colour, 'icon-halo-color': '#ffffff', 'icon-halo-width': HALO, 'icon-opacity': 0.95 },
    },
    {
      id: ids.clusters,
      type: 'symbol',
      source: sources.points,
      filter: isCluster,
      layout: {
        visibility,
        'icon-image': USER_DIAMOND_IMAGE,
        'icon-size': ['step', ['get', 'point_count'], 13 / DIAMOND_RADIUS, 100, 16 / DIAMOND_RADIUS, 1000, 20 / DIAMOND_RADIUS],
        'icon-allow-overlap': true,
        // Country names give way to clusters, as to our badges.
        'icon-ignore-placement': false,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': MAP_LABEL_FONTS,
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': false,
      },
      paint: {
        'icon-color': USER_NEUTRAL,
        'icon-halo-color': '#ffffff',
        'icon-halo-width': HALO,
        'text-color': '#ffffff',
      },
    },
  ];
}

/** The layers that answer the pointer, top first: clusters, points, lines, then polygons (their fill and outline). */
export function userPickLayers(id: string): readonly string[] {
  const ids = userLayerIds(id);
  return [ids.clusters, ids.points, ids.line, ids.outline, ids.fill];
}

/**
 * The diamond as a signed distance field (MapLibre's `sdf: true` images): alpha 191 on the edge,
 * rising inside and falling outside by 255 / SDF_RANGE per pixel, as TinySDF writes glyphs; the
 * icon's colour and halo are then paint properties.
 */
export function diamondSdf(pixelRatio: number): { width: number; height: number; data: Uint8ClampedArray } {
  const half = Math.round((DIAMOND_RADIUS + SDF_BUFFER) * pixelRatio);
  const size = half * 2;
  const radius = DIAMOND_RADIUS * pixelRatio;
  const range = SDF_RANGE * pixelRatio;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance to the diamond's edge (negative inside), exact along its sides.
      const distance = (Math.abs(x + 0.5 - half) + Math.abs(y + 0.5 - half) - radius) / Math.SQRT2;
      data[(y * size + x) * 4 + 3] = 255 - 255 * (distance / range + 0.25);
    }
  }
  return { width: size, height: size, data };
}
