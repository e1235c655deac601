/**
 * A user's layer on the map, as typed specs: its own shape, so it cannot be taken for ours. Our
 * initiatives are circles, pale discs and round badges in the focus areas' colours; a user's points
 * are diamonds with a white halo (an image per colour, drawn here), its
 * clusters larger diamonds in the neutral colour with their count, its lines thin and long-dashed
 * without our routes' white casing, its polygons a pale fill with an outline. No labels.
 *
 * Each user layer has two sources: `user-<id>` (lines and polygons) and `user-<id>-points` (points,
 * clustered above CLUSTER_ABOVE: MapLibre's clustering takes points only). Polygons, lines and points
 * sit above the basemap and below the country names, so names stay readable over them however many
 * there are; clusters sit just above the names, which give way to them as they do to our badges (a
 * name drawn over a count made both unreadable). All of ours (arcs, routes, places, rings) draw on top.
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import { MAP_LABEL_FONTS } from '../../lib/japanese-font.ts';
import { USER_NEUTRAL } from '../../user-data/style.ts';
import { LAYERS, POINT_LAYERS } from './layers.ts';
import { EMPTY } from './sources.ts';
import { userLayerIds, userSourceIds } from './user-layer-ids.ts';
import { POINT_TILE_LAYER, POINT_TILE_MAXZOOM, userPointTilesUrl } from './user-tile-spec.ts';

/** The layers a user layer's are added below: the country names, and (for clusters) the lowest of ours. */
export const USER_LAYERS_BELOW = { names: LAYERS.labels, ours: POINT_LAYERS[0] ?? LAYERS.context } as const;

/** The diamonds' images: one per colour drawn (`userDiamondImage`), added before a layer's data and removed with the last layer. */
export const USER_DIAMOND_PREFIX = 'user-diamond-';
/** The diamond's half diagonal in the image, in CSS pixels: icon-size is a radius divided by this. */
export const DIAMOND_RADIUS = 16;
/**
 * The white halo's width in the image, in CSS pixels: at the default radius (6 px, icon-size 6/16) it is drawn 1 px wide,
 * scaled with the diamond as it is sized by a column.
 */
export const HALO = 2.5;
/** Room around the halo for its anti-aliased edge. */
const PAD = 1;

/** The image of the diamond in `colour` (#rrggbb, as the features' `colour` property holds it). */
export function userDiamondImage(colour: string): string {
  return `${USER_DIAMOND_PREFIX}${colour.slice(1).toLowerCase()}`;
}

/**
 * Ordinary RGBA images, not SDF ones: MapLibre draws them with the program our badges already use (the same
 * feature-state opacity below), so a user's first layer links no shader program — on a machine without a GPU
 * linking the SDF icon program held the page for 110–210 ms.
 */
const diamondImage: ExpressionSpecification = [
  'concat',
  USER_DIAMOND_PREFIX,
  ['downcase', ['slice', ['coalesce', ['get', 'colour'], USER_NEUTRAL], 1]],
];
/** As our badges' FADE_OPACITY (initiative-layers.ts): a feature-state opacity, so the program is theirs. */
const opacity = (factor: number): ExpressionSpecification => ['*', factor, ['number', ['feature-state', 'fade'], 1]];

/** How a user layer's points are clustered (above CLUSTER_ABOVE). */
export const USER_CLUSTER = { clusterRadius: 40, clusterMaxZoom: 10 } as const;

/**
 * A user layer's sources. Its points are a GeoJSON source (clustered above CLUSTER_ABOVE), or, for a
 * large layer, vector tiles cut in a worker under `tiles` (user-tile-spec.ts), clustered there.
 */
export function userSources(
  clustered: boolean,
  tiles: string | null = null,
): {
  readonly shapes: GeoJSONSourceSpecification;
  readonly points: GeoJSONSourceSpecification | VectorSourceSpecification;
} {
  return {
    shapes: { type: 'geojson', data: EMPTY },
    points: tiles
      ? { type: 'vector', tiles: [userPointTilesUrl(tiles)], maxzoom: POINT_TILE_MAXZOOM }
      : clustered
        ? { type: 'geojson', data: EMPTY, cluster: true, ...USER_CLUSTER }
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
  tiled = false,
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
  return layerSpecs(id, visible, tiled).map((spec) => ({ spec, below: below[spec.id] ?? USER_LAYERS_BELOW.names }));
}

function layerSpecs(id: string, visible: boolean, tiled: boolean): LayerSpecification[] {
  const sources = userSourceIds(id);
  const ids = userLayerIds(id);
  const visibility = visible ? 'visible' : 'none';
  // Tiled points are the tiles' one layer.
  const pointsFrom: Pick<SymbolLayerSpecification, 'source' | 'source-layer'> = tiled
    ? { source: sources.points, 'source-layer': POINT_TILE_LAYER }
    : { source: sources.points };
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
      ...pointsFrom,
      filter: ['!', isCluster],
      layout: {
        visibility,
        'icon-image': diamondImage,
        'icon-size': ['/', ['coalesce', ['get', 'r'], 6], DIAMOND_RADIUS],
        'icon-allow-overlap': true,
        // Country names never give way to a user's points (a large file would hide them all).
        'icon-ignore-placement': true,
        // Larger points first, so smaller ones draw on top and stay pickable.
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'r'], 6]],
      },
      paint: { 'icon-opacity': opacity(0.95) },
    },
    {
      id: ids.clusters,
      type: 'symbol',
      ...pointsFrom,
      filter: isCluster,
      layout: {
        visibility,
        'icon-image': userDiamondImage(USER_NEUTRAL),
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
      paint: { 'icon-opacity': opacity(1), 'text-color': '#ffffff' },
    },
  ];
}

/**
 * The diamond in `colour` with its white halo, as RGBA pixels at `pixelRatio` (premultiplied or not, MapLibre takes
 * straight alpha): coverage of the diamond and of the halo around it, anti-aliased over one pixel along the sides.
 */
export function diamondPixels(colour: string, pixelRatio: number): { width: number; height: number; data: Uint8ClampedArray } {
  // The halo reaches √2 × its width beyond each corner point, along the axes.
  const half = Math.ceil((DIAMOND_RADIUS + HALO * Math.SQRT2 + PAD) * pixelRatio);
  const size = half * 2;
  const radius = DIAMOND_RADIUS * pixelRatio;
  const halo = HALO * pixelRatio;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8ClampedArray(size * size * 4);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance to the diamond's edge (negative inside), exact along its sides.
      const distance = (Math.abs(x + 0.5 - half) + Math.abs(y + 0.5 - half) - radius) / Math.SQRT2;
      const fill = clamp(0.5 - distance);
      const outline = clamp(0.5 - (distance - halo));
      // The colour over white, and white over nothing.
      const alpha = fill + outline * (1 - fill);
      const i = (y * size + x) * 4;
      if (alpha === 0) continue;
      data[i] = (r * fill + 255 * outline * (1 - fill)) / alpha;
      data[i + 1] = (g * fill + 255 * outline * (1 - fill)) / alpha;
      data[i + 2] = (b * fill + 255 * outline * (1 - fill)) / alpha;
      data[i + 3] = 255 * alpha;
    }
  }
  return { width: size, height: size, data };
}
