/**
 * The map's sources and layers as typed constants. Styling encodes the pillar
 * (colour) and location precision (exact sites solid and small, approximate ones as
 * pale discs with a ring, routes dashed). Layers whose features come and go with the
 * filters multiply their opacity by FADE_OPACITY (see fade.ts).
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BADGE_SCALE_STOPS } from './badge-image.ts';
import { FADE_OPACITY } from './fade.ts';
import { MASK_WORD_BITS, SHOW_ALL } from '../data/draw-strategy.ts';
import { PILLARS } from '../data/vocabulary.ts';
import { ARC_COLORS, BASEMAP_COLORS, pillarColor, pillarColorExpression } from './palette.ts';
import { MAP_LABEL_FONTS } from './japanese-font.ts';

export const SOURCES = {
  countries: 'countries',
  borders: 'borders',
  labels: 'country-labels',
  arcs: 'arcs',
  /** While presenting: every initiative's places, drawn faintly for context. */
  context: 'context',
  places: 'places',
  /** Large datasets: one feature per point, no badges (see data/draw-strategy.ts). */
  points: 'points',
  routes: 'routes',
  /** The selected initiative's points, drawn on top of the places. */
  selection: 'selection',
  /** The initiative hovered in the list: every one of its points, wherever it is grouped. */
  hover: 'hover',
} as const;

export const LAYERS = {
  land: 'land',
  choropleth: 'choropleth',
  borders: 'borders',
  labels: 'country-labels',
  arcs: 'arcs',
  context: 'context',
  routesCasing: 'routes-casing',
  routes: 'routes',
  routesHit: 'routes-hit',
  approximate: 'places-approximate',
  exact: 'places-exact',
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

/** Layers that respond to hover and click, top first: exact sites sit above the badges so a site is always clickable. */
export const INTERACTIVE_LAYERS = [LAYERS.selectionFill, LAYERS.exact, LAYERS.badges, LAYERS.approximate, ...POINT_LAYERS, LAYERS.routesHit];

const color = pillarColorExpression() as ExpressionSpecification;
// Feature state, not global state: see marks.ts.
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const single: ExpressionSpecification = ['==', ['get', 'count'], 1];
const faded = (opacity: number | ExpressionSpecification): ExpressionSpecification => ['*', FADE_OPACITY, opacity];

/** The base style: ocean only; sources and layers are added once the map loads. No glyphs: labels use local fonts. */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  name: 'FOIP Atlas offline basemap',
  // `mask`: a bit set of the matching initiatives' positions, or { all: 1 } (data/draw-strategy.ts).
  state: { lang: { default: 'en' }, mask: { default: { [SHOW_ALL]: 1 } } },
  sources: {},
  layers: [{ id: 'ocean', type: 'background', paint: { 'background-color': BASEMAP_COLORS.ocean } }],
};

export const BASEMAP_LAYERS: LayerSpecification[] = [
  { id: LAYERS.land, type: 'fill', source: SOURCES.countries, paint: { 'fill-color': BASEMAP_COLORS.land, 'fill-antialias': true } },
  {
    // Host countries shaded by matching initiatives; the colour is set per country as feature state.
    id: LAYERS.choropleth,
    type: 'fill',
    source: SOURCES.countries,
    layout: { visibility: 'none' },
    paint: {
      'fill-color': ['case', ['==', ['typeof', ['feature-state', 'fill']], 'string'], ['to-color', ['feature-state', 'fill']], 'rgba(0,0,0,0)'],
      'fill-opacity': 0.85,
    },
  },
  {
    id: LAYERS.borders,
    type: 'line',
    source: SOURCES.borders,
    paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2] },
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
      // Where a badge sits on the country's point, the name moves below or above it.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 2,
    },
    paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': 'rgba(246, 243, 236, 0.9)', 'text-halo-width': 1.2 },
  },
];

/** A point is shown when the mask shows all or its initiative's bit is set in it (as `inVisibilityMask` in data/draw-strategy.ts). */
const maskWord: ExpressionSpecification = ['number', ['get', ['to-string', ['floor', ['/', ['get', 'i'], MASK_WORD_BITS]]], ['global-state', 'mask']], 0];
const inMask: ExpressionSpecification = [
  'any',
  ['has', SHOW_ALL, ['global-state', 'mask']],
  ['==', ['%', ['floor', ['/', maskWord, ['^', 2, ['%', ['get', 'i'], MASK_WORD_BITS]]]], 2], 1],
];

export const INITIATIVE_LAYERS: LayerSpecification[] = [
  // Large datasets: every point as a small circle in its pillar's colour.
  ...PILLARS.map(
    (pillar, n): LayerSpecification => ({
      id: POINT_LAYERS[n]!,
      type: 'circle',
      source: SOURCES.points,
      filter: ['all', ['==', ['get', 'pillar'], pillar], inMask],
      paint: {
        'circle-color': pillarColor(pillar),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 2.5, 6, 5],
        'circle-opacity': 0.85,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 1, 0.3, 6, 1],
      },
    }),
  ),
  {
    id: LAYERS.context,
    type: 'circle',
    source: SOURCES.context,
    paint: { 'circle-color': '#9ca3af', 'circle-opacity': 0.35, 'circle-radius': 4, 'circle-stroke-width': 0 },
  },
  {
    id: LAYERS.arcs,
    type: 'line',
    source: SOURCES.arcs,
    layout: { visibility: 'none', 'line-cap': 'round' },
    paint: {
      'line-color': ['case', ['==', ['get', 'japan'], 1], ARC_COLORS.japan, ARC_COLORS.partner],
      'line-width': ['case', ['==', ['get', 'japan'], 1], 0.8, ['interpolate', ['linear'], ['get', 'count'], 1, 1.4, 10, 4]],
      'line-opacity': ['case', ['==', ['get', 'japan'], 1], 0.3, 0.7],
    },
  },
  {
    id: LAYERS.routesCasing,
    type: 'line',
    source: SOURCES.routes,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': ['case', isSelected, 8, isHovered, 7, 5], 'line-opacity': faded(0.9) },
  },
  {
    id: LAYERS.routes,
    type: 'line',
    source: SOURCES.routes,
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: { 'line-color': color, 'line-width': ['case', isSelected, 4.5, isHovered, 4, 3], 'line-dasharray': [2.5, 1.5], 'line-opacity': faded(1) },
  },
  {
    // A wide invisible line, so thin routes are easy to hover and click.
    id: LAYERS.routesHit,
    type: 'line',
    source: SOURCES.routes,
    filter: ['!=', ['get', 'fade'], 'out'],
    paint: { 'line-color': '#000000', 'line-width': 14, 'line-opacity': 0 },
  },
  {
    // A symbol rather than a circle, so country names give way to it as they do to badges.
    id: LAYERS.approximate,
    type: 'symbol',
    source: SOURCES.places,
    filter: ['all', single, ['==', ['get', 'exact'], 0]],
    layout: {
      'icon-image': ['concat', 'disc-', ['to-string', ['get', 'pillar']]],
      'icon-size': ['interpolate', ['linear'], ['zoom'], 1, 0.75, 6, 1.1],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    },
    paint: { 'icon-opacity': faded(['case', isHovered, 1, 0.9]) },
  },
  {
    id: LAYERS.badges,
    type: 'symbol',
    source: SOURCES.places,
    filter: ['>', ['get', 'count'], 1],
    layout: {
      'icon-image': ['concat', 'badge-', ['to-string', ['get', 'p1']], '-', ['to-string', ['get', 'p2']], '-', ['to-string', ['get', 'p3']]],
      // The count is drawn into the image (badge-image.ts): no glyphs, no text layout.
      'icon-size': ['interpolate', ['linear'], ['get', 'count'], ...BADGE_SCALE_STOPS.flat()],
      'icon-allow-overlap': true,
      // Badges always show, and country names give way to them.
      'icon-ignore-placement': false,
      // Larger places first, so smaller neighbours draw on top and stay clickable.
      'symbol-sort-key': ['-', 0, ['get', 'count']],
    },
    paint: { 'icon-opacity': FADE_OPACITY },
  },
  {
    id: LAYERS.exact,
    type: 'circle',
    source: SOURCES.places,
    filter: ['all', single, ['==', ['get', 'exact'], 1]],
    paint: {
      'circle-color': color,
      'circle-radius': ['case', isHovered, 7, 5.5],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
      'circle-opacity': FADE_OPACITY,
      'circle-stroke-opacity': FADE_OPACITY,
    },
  },
];

/** The selection sits above the badges so a selected initiative is never hidden inside one. */
export const SELECTION_LAYERS: LayerSpecification[] = [
  {
    id: LAYERS.hoverRing,
    type: 'circle',
    source: SOURCES.hover,
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': ['case', ['==', ['get', 'exact'], 1], 10, 19],
      'circle-stroke-color': color,
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: LAYERS.selectionFill,
    type: 'circle',
    source: SOURCES.selection,
    // Exact sites are redrawn on top; approximate ones keep their badge (and its count) visible inside the ring.
    filter: ['==', ['get', 'exact'], 1],
    paint: { 'circle-color': color, 'circle-radius': 6.5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  },
  {
    id: LAYERS.selectionRing,
    type: 'circle',
    source: SOURCES.selection,
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': ['case', ['==', ['get', 'exact'], 1], 11, 21],
      'circle-stroke-color': '#111827',
      'circle-stroke-width': 3,
    },
  },
];
