/**
 * The map's sources and layer ids, the base style, and the basemap's and country names' layers,
 * as typed constants. The initiatives' layers are in initiative-layers.ts, the optional layers'
 * in optional-layers.ts.
 */
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import { DETAIL_TILE_LAYER, DETAIL_TILE_MAXZOOM } from '../../data/detail-tile-spec.ts';
import { SHOW_ALL } from '../../data/draw-strategy.ts';
import { PILLARS } from '../../data/vocabulary.ts';
import { BASEMAP_COLORS } from '../../picture/palette.ts';
import { MAP_LABEL_FONTS } from '../../lib/japanese-font.ts';

export const SOURCES = {
  countries: 'countries',
  borders: 'borders',
  /** Site zoom: the 1:10m countries and borders, as vector tiles (source layer DETAIL_TILE_LAYER); sync/detail-basemap.ts. */
  detail: 'detail-basemap',
  labels: 'country-labels',
  arcs: 'arcs',
  /** While presenting: every initiative's places, drawn faintly for context. */
  context: 'context',
  places: 'places',
  /** Large datasets: one feature per point, no badges (see data/draw-strategy.ts). */
  points: 'points',
  routes: 'routes',
  /**
   * Rings on the selected initiative's points and on those of the one hovered in the list (every
   * point, wherever it is grouped), drawn on top of the places: one source, each point marked
   * `selected` or `hover`.
   */
  highlights: 'highlights',
} as const;

const EMPTY_DATA: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The URL scheme of the site-zoom tiles: start-map.ts registers it, detail-tiles.ts answers it. */
export const DETAIL_PROTOCOL = 'foip-detail';

/**
 * The sources every map has, added empty at start; the optional layers add their own
 * (optional-layers.ts). Sending data to any other source is an error (sources.ts).
 */
export const BASE_SOURCES: Readonly<Record<string, GeoJSONSourceSpecification | VectorSourceSpecification>> = {
  [SOURCES.countries]: { type: 'geojson', data: EMPTY_DATA, promoteId: 'code' },
  [SOURCES.borders]: { type: 'geojson', data: EMPTY_DATA },
  // Vector tiles cut in a worker from the 1:10m shapes (detail-tiles.ts), asked for only where a layer of it shows (zoom ≥ DETAIL_LOAD_ZOOM).
  [SOURCES.detail]: {
    type: 'vector',
    tiles: [`${DETAIL_PROTOCOL}://{z}/{x}/{y}`],
    minzoom: 4,
    maxzoom: DETAIL_TILE_MAXZOOM,
    promoteId: 'code',
  },
  [SOURCES.labels]: { type: 'geojson', data: EMPTY_DATA },
  [SOURCES.context]: { type: 'geojson', data: EMPTY_DATA },
  [SOURCES.points]: { type: 'geojson', data: EMPTY_DATA },
  [SOURCES.highlights]: { type: 'geojson', data: EMPTY_DATA },
  // Promoted ids carry the marks and fades of marks.ts: a place's key, a route's initiative.
  [SOURCES.places]: { type: 'geojson', data: EMPTY_DATA, promoteId: 'key' },
  [SOURCES.routes]: { type: 'geojson', data: EMPTY_DATA, promoteId: 'id' },
};

export const LAYERS = {
  land: 'land',
  choropleth: 'choropleth',
  borders: 'borders',
  detailLand: 'detail-land',
  detailChoropleth: 'detail-choropleth',
  detailBorders: 'detail-borders',
  labels: 'country-labels',
  arcs: 'arcs',
  context: 'context',
  routesCasing: 'routes-casing',
  routes: 'routes',
  approximate: 'places-approximate',
  exact: 'places-exact',
  exactSpace: 'places-exact-space',
  badges: 'places-badges',
  selectionFill: 'selection-fill',
  selectionRing: 'selection-ring',
  hoverRing: 'hover-ring',
} as const;

/**
 * Large datasets: one circle layer per pillar, each with a constant colour. MapLibre (6.17)
 * copies the whole global state, mask included, into every data-driven paint binder of every
 * tile it sends back from its worker; constant paint keeps those replies small.
 */
export const POINT_LAYERS = PILLARS.map((pillar) => `points-${pillar}`);

/**
 * Layers that respond to hover and click, top first: exact sites sit above the badges so a site is
 * always clickable. Routes answer too, below them all, within a wider reach (owner/interaction.ts).
 */
export const INTERACTIVE_LAYERS: readonly string[] = [
  LAYERS.selectionFill,
  LAYERS.exact,
  LAYERS.badges,
  LAYERS.approximate,
  ...POINT_LAYERS,
];

/** The base style: ocean only; sources and layers are added once the map loads. No glyphs: labels use local fonts. */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  name: 'FOIP Atlas offline basemap',
  // `mask`: a bit set of the matching initiatives' positions, or { all: 1 } (data/draw-strategy.ts).
  state: { lang: { default: 'en' }, mask: { default: { [SHOW_ALL]: 1 } } },
  // Constant paint changes (light-mode.ts, region-layers.ts) take effect at once: no fade, so the map settles at once.
  transition: { duration: 0, delay: 0 },
  sources: {},
  layers: [{ id: 'ocean', type: 'background', paint: { 'background-color': BASEMAP_COLORS.ocean } }],
};

/**
 * From this zoom on, land, coasts, borders and the choropleth are drawn from the 1:10m shapes (once
 * they are loaded: until then the 1:50m layers stay on at every zoom; sync/detail-basemap.ts).
 */
export const DETAIL_ZOOM = 4.5;
/** The 1:10m land is drawn from this zoom on, over the 1:50m land, so its tiles are asked for (and the shapes loaded) before DETAIL_ZOOM. */
export const DETAIL_LOAD_ZOOM = 4;

/** Each 1:50m layer and the 1:10m layer that takes over from it at DETAIL_ZOOM. */
export const DETAIL_SWITCH: readonly { readonly coarse: string; readonly fine: string }[] = [
  { coarse: LAYERS.land, fine: LAYERS.detailLand },
  { coarse: LAYERS.choropleth, fine: LAYERS.detailChoropleth },
  { coarse: LAYERS.borders, fine: LAYERS.detailBorders },
];

const BORDER_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2];

export const BASEMAP_LAYERS: LayerSpecification[] = [
  { id: LAYERS.land, type: 'fill', source: SOURCES.countries, paint: { 'fill-color': BASEMAP_COLORS.land, 'fill-antialias': true } },
  {
    id: LAYERS.detailLand,
    type: 'fill',
    source: SOURCES.detail,
    'source-layer': DETAIL_TILE_LAYER,
    minzoom: DETAIL_LOAD_ZOOM,
    filter: ['has', 'code'],
    paint: { 'fill-color': BASEMAP_COLORS.land, 'fill-antialias': true },
  },
  { id: LAYERS.borders, type: 'line', source: SOURCES.borders, paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': BORDER_WIDTH } },
  {
    id: LAYERS.detailBorders,
    type: 'line',
    source: SOURCES.detail,
    'source-layer': DETAIL_TILE_LAYER,
    minzoom: DETAIL_ZOOM,
    filter: ['has', 'border'],
    paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': BORDER_WIDTH },
  },
];

/**
 * Country names in the interface language (global state `lang`), drawn with local fonts.
 * Symbols are placed top layer first, so the badges above claim their space and a
 * name never sits under one.
 */
export const LABEL_LAYERS: LayerSpecification[] = [
  {
    id: LAYERS.labels,
    type: 'symbol',
    source: SOURCES.labels,
    filter: ['>=', ['zoom'], ['get', 'minzoom']],
    layout: {
      'text-field': ['case', ['==', ['global-state', 'lang'], 'ja'], ['get', 'name_ja'], ['get', 'name_en']],
      // Latin from the default sans-serif, Japanese from a system font or else the bundled one (japanese-font.ts).
      'text-font': MAP_LABEL_FONTS,
      'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 6, 13],
      'text-max-width': 7,
      'text-padding': 4,
      'symbol-sort-key': ['get', 'rank'],
      // Where a badge or an exact site sits on the country's point, the name moves below, above or
      // beside it (offsets in ems, clear of a badge's box: India's at zoom 2 hid it at 2 ems); the
      // four slanted places give it room between crowded neighbours (Laos, between the badges of
      // Vietnam and Thailand at zoom 3). Names without a badge stay centred on their point.
      'text-variable-anchor-offset': [
        'center',
        [0, 0],
        'top',
        [0, 2.2],
        'bottom',
        [0, -2.2],
        'left',
        [2.4, 0],
        'right',
        [-2.4, 0],
        'top-left',
        [2.4, 1],
        'top-right',
        [-2.4, 1],
        'bottom-left',
        [2.4, -1],
        'bottom-right',
        [-2.4, -1],
      ],
    },
    paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': 'rgba(246, 243, 236, 0.9)', 'text-halo-width': 1.2 },
  },
];
