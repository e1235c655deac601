/**
 * How regions are drawn (data/region-wide.ts): the members of each region with matching
 * region-wide initiatives are hatched, lightly, on the basemap's own countries; the region
 * hovered or selected is tinted and outlined; and the region's place (one badge, drawn by the
 * initiatives' layers) carries the region's name. Which countries are drawn is feature state
 * of the `countries` source (sync/regions.ts), so nothing is laid out again when it changes.
 *
 * The layers are added by the region sync when it first draws, not with the base style: the
 * first render's JavaScript does not carry them.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { SCOPE_LABELS } from '../../data/labels.ts';
import { SCOPES } from '../../data/vocabulary.ts';
import { MAP_LABEL_FONTS } from '../../lib/japanese-font.ts';
import { FADE_OPACITY } from '../animation/fade.ts';
import { LAYERS, SOURCES } from './layers.ts';

/** Slate: apart from the pillars' hues and the choropleth's purples. */
export const REGION_COLOR = '#475569';

export const REGION_LAYERS = {
  hatch: 'region-hatch',
  tint: 'region-tint',
  outline: 'region-outline',
  names: 'region-names',
} as const;

/** The feature-state keys on the `countries` source: drawn as part of a region; marked (selected or hovered in the list); under the pointer. */
export const REGION_STATE = { drawn: 'region', marked: 'regionMark', pointer: 'regionHover' } as const;

export const HATCH_IMAGE = 'region-hatch';
/** The hatch's tile, in CSS pixels; one diagonal line per tile. */
const HATCH_SIZE = 8;

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const highlighted: ExpressionSpecification = ['any', state(REGION_STATE.marked), state(REGION_STATE.pointer)];

/** Below the borders (and above the choropleth, which sits below them too). */
const FILL_LAYERS: LayerSpecification[] = [
  {
    id: REGION_LAYERS.hatch,
    type: 'fill',
    source: SOURCES.countries,
    // No antialiased outline pass: the hatch's faint lines need none, and it would draw every country's outline again.
    paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', state(REGION_STATE.drawn), 1, 0], 'fill-antialias': false },
  },
  {
    id: REGION_LAYERS.tint,
    type: 'fill',
    source: SOURCES.countries,
    // Shown (fill-layer-opacity 1) only while a region is highlighted: sync/regions.ts.
    paint: { 'fill-color': REGION_COLOR, 'fill-opacity': ['case', highlighted, 0.18, 0], 'fill-layer-opacity': 0, 'fill-antialias': false },
  },
  {
    id: REGION_LAYERS.outline,
    type: 'line',
    source: SOURCES.countries,
    paint: {
      'line-color': REGION_COLOR,
      'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.8, 6, 1.6],
      'line-opacity': ['case', highlighted, 0.85, 0],
      'line-layer-opacity': 0,
    },
  },
];

// Built from the table; the spread leaves TypeScript unable to see the match's first label, hence the cast.
const nameIn = (lang: 'en' | 'ja') =>
  ['match', ['get', 'region'], ...SCOPES.flatMap((scope) => [scope, SCOPE_LABELS[scope][lang]]), ''] as unknown as ExpressionSpecification;

/**
 * The region's name beside its place (a place merged with its neighbours when zoomed out has no
 * `region`, and no name). Placed after the badges and before the country names, so it gives way
 * to the first and the second give way to it.
 */
const NAME_LAYER: LayerSpecification = {
  id: REGION_LAYERS.names,
  type: 'symbol',
  source: SOURCES.places,
  filter: ['all', ['has', 'region'], ['!=', ['get', 'fade'], 'out']],
  layout: {
    'text-field': ['case', ['==', ['global-state', 'lang'], 'ja'], nameIn('ja'), nameIn('en')],
    'text-font': MAP_LABEL_FONTS,
    'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 6, 12],
    'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
    // Clear of the badge, which grows with its count (badge-image.ts: 44 px × 0.62 at 2, × 0.8 at 10, × 1 at 40), in ems.
    'text-radial-offset': ['interpolate', ['linear'], ['get', 'count'], 1, 1.5, 2, 1.75, 10, 2.1, 40, 2.5],
    'text-max-width': 9,
  },
  paint: {
    'text-color': REGION_COLOR,
    'text-halo-color': 'rgba(246, 243, 236, 0.9)',
    'text-halo-width': 1.2,
    'text-opacity': FADE_OPACITY,
  },
};

/** The hatch's tile at `ratio` device pixels per CSS pixel: RGBA, one diagonal line in REGION_COLOR, transparent elsewhere. */
export function hatchPattern(ratio: number): { width: number; height: number; data: Uint8Array } {
  const size = Math.max(1, Math.round(HATCH_SIZE * ratio));
  const line = Math.max(1, Math.round(ratio));
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(REGION_COLOR.slice(i, i + 2), 16)) as [number, number, number];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Lines from bottom left to top right; the tile repeats them without a seam.
      if ((x + y) % size >= line) continue;
      data.set([r, g, b, 80], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** Every region layer, each with the layer it is added below. */
export const REGION_LAYER_SPECS: readonly { readonly layer: LayerSpecification; readonly below: string }[] = [
  ...FILL_LAYERS.map((layer) => ({ layer, below: LAYERS.borders })),
  { layer: NAME_LAYER, below: LAYERS.approximate },
];

/** Adds the hatch image and the region layers, once per map. */
export function addRegionLayers(map: MapLibreMap): void {
  if (map.getLayer(REGION_LAYERS.hatch)) return;
  const ratio = map.getPixelRatio();
  if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern(ratio), { pixelRatio: ratio });
  for (const { layer, below } of REGION_LAYER_SPECS) map.addLayer(layer, below);
}
