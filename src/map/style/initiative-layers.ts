/**
 * The initiatives' layers as typed constants: large datasets' points, the presenting context, routes,
 * approximate discs, badges and exact sites, and the selection and hover rings above them. Styling
 * encodes the pillar (colour) and location precision (exact sites solid and small, approximate ones
 * as pale discs with a ring, routes dashed). Layers whose features come and go with the filters
 * multiply their opacity by FADE_OPACITY (see fade.ts).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { MASK_WORD_BITS, SHOW_ALL } from '../../data/draw-strategy.ts';
import { PILLARS } from '../../data/vocabulary.ts';
import { BADGE_IMAGE_EXPRESSION, BADGE_SCALE_STOPS, DISC_IMAGE_EXPRESSION } from './badge-image.ts';
import { FADE_OPACITY } from '../animation/fade.ts';
import { LAYERS, POINT_LAYERS, SOURCES } from './layers.ts';
import { pillarColor, pillarColorExpression } from '../../picture/palette.ts';

const color = pillarColorExpression() as ExpressionSpecification;
// Feature state, not global state: see marks.ts.
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const single: ExpressionSpecification = ['==', ['get', 'count'], 1];
const faded = (opacity: number | ExpressionSpecification): ExpressionSpecification => ['*', FADE_OPACITY, opacity];

/** A point is shown when the mask shows all or its initiative's bit is set in it (as `inVisibilityMask` in data/draw-strategy.ts). */
const maskWord: ExpressionSpecification = [
  'number',
  ['get', ['to-string', ['floor', ['/', ['get', 'i'], MASK_WORD_BITS]]], ['global-state', 'mask']],
  0,
];
const inMask: ExpressionSpecification = [
  'any',
  ['has', SHOW_ALL, ['global-state', 'mask']],
  ['==', ['%', ['floor', ['/', maskWord, ['^', 2, ['%', ['get', 'i'], MASK_WORD_BITS]]]], 2], 1],
];

export const INITIATIVE_LAYERS: LayerSpecification[] = [
  // Large datasets: every point as a small circle in its pillar's colour.
  ...PILLARS.map((pillar, n): LayerSpecification => ({
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
  })),
  {
    id: LAYERS.context,
    type: 'circle',
    source: SOURCES.context,
    paint: { 'circle-color': '#9ca3af', 'circle-opacity': 0.35, 'circle-radius': 4, 'circle-stroke-width': 0 },
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
    paint: {
      'line-color': color,
      'line-width': ['case', isSelected, 4.5, isHovered, 4, 3],
      'line-dasharray': [2.5, 1.5],
      'line-opacity': faded(1),
    },
  },
  {
    // A symbol rather than a circle, so country names give way to it as they do to badges.
    id: LAYERS.approximate,
    type: 'symbol',
    source: SOURCES.places,
    filter: ['all', single, ['==', ['get', 'exact'], 0]],
    layout: {
      'icon-image': DISC_IMAGE_EXPRESSION,
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
      'icon-image': BADGE_IMAGE_EXPRESSION,
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
  {
    // Exact sites are circles, which take no part in label placement: this unseen symbol on each one
    // keeps country names off them, as badges and discs do (a site drew over "Thailand" at zoom 4).
    id: LAYERS.exactSpace,
    type: 'symbol',
    source: SOURCES.places,
    filter: ['all', single, ['==', ['get', 'exact'], 1]],
    layout: {
      'icon-image': DISC_IMAGE_EXPRESSION,
      // The disc image is 26 px across: 0.6 covers the site's 7.5 px radius (ring included).
      'icon-size': 0.6,
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    },
    paint: { 'icon-opacity': 0 },
  },
];

/** The selection sits above the badges so a selected initiative is never hidden inside one. */
export const SELECTION_LAYERS: LayerSpecification[] = [
  {
    id: LAYERS.hoverRing,
    type: 'circle',
    source: SOURCES.highlights,
    filter: ['==', ['get', 'mark'], 'hover'],
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
    source: SOURCES.highlights,
    // Exact sites are redrawn on top; approximate ones keep their badge (and its count) visible inside the ring.
    filter: ['all', ['==', ['get', 'mark'], 'selected'], ['==', ['get', 'exact'], 1]],
    paint: { 'circle-color': color, 'circle-radius': 6.5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  },
  {
    id: LAYERS.selectionRing,
    type: 'circle',
    source: SOURCES.highlights,
    filter: ['==', ['get', 'mark'], 'selected'],
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': ['case', ['==', ['get', 'exact'], 1], 11, 21],
      'circle-stroke-color': '#111827',
      'circle-stroke-width': 3,
    },
  },
];
