/**
 * How the countries a tour step highlights are drawn (sync/annotated-countries.ts decides which): a
 * fill and an outline in the annotation's colour, feature state `annotation` of the basemap's own
 * countries at both scales (the 1:50m up to site zoom, the 1:10m from there).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { DETAIL_TILE_LAYER } from '../../data/detail-tile-spec.ts';
import { touch, type MapSession } from '../owner/map-session.ts';
import type { AnnotatedCountriesDiff } from '../sync/annotated-countries.ts';
import { DETAIL_ZOOM, LAYERS, SOURCES } from './layers.ts';

const KEY = 'annotation';
const TARGETS = [{ source: SOURCES.countries }, { source: SOURCES.detail, sourceLayer: DETAIL_TILE_LAYER }] as const;
export const ANNOTATED_COUNTRY_LAYERS = { fill: 'annotated-countries', outline: 'annotated-countries-outline' } as const;

const colour: ExpressionSpecification = ['to-color', ['coalesce', ['feature-state', KEY], 'rgba(0,0,0,0)']];
const lit: ExpressionSpecification = ['==', ['typeof', ['feature-state', KEY]], 'string'];

function layersOf(source: string, sourceLayer?: string): LayerSpecification[] {
  // The 1:50m up to site zoom, the 1:10m from there: never both, which would tint twice.
  const common = sourceLayer
    ? { 'source-layer': sourceLayer, minzoom: DETAIL_ZOOM, filter: ['has', 'code'] as ExpressionSpecification }
    : { maxzoom: DETAIL_ZOOM };
  const suffix = sourceLayer ? '-detail' : '';
  return [
    {
      id: ANNOTATED_COUNTRY_LAYERS.fill + suffix,
      type: 'fill',
      source,
      ...common,
      paint: { 'fill-color': colour, 'fill-opacity': ['case', lit, 0.28, 0] },
    },
    {
      id: ANNOTATED_COUNTRY_LAYERS.outline + suffix,
      type: 'line',
      source,
      ...common,
      paint: {
        'line-color': colour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 1.2, 6, 2.5],
        'line-opacity': ['case', lit, 0.9, 0],
      },
    },
  ];
}

export function lightCountries(session: MapSession, { set, clear }: AnnotatedCountriesDiff): void {
  const { map } = session;
  touch(session);
  if (!map.getLayer(ANNOTATED_COUNTRY_LAYERS.fill)) {
    // Above the land (both scales) and below the borders, the markers and their labels.
    for (const layer of [...layersOf(SOURCES.countries), ...layersOf(SOURCES.detail, DETAIL_TILE_LAYER)])
      map.addLayer(layer, LAYERS.borders);
  }
  for (const target of TARGETS) {
    for (const id of clear) map.removeFeatureState({ ...target, id }, KEY);
    for (const [id, value] of set) map.setFeatureState({ ...target, id }, { [KEY]: value });
  }
}
