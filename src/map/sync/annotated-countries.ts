/**
 * The countries a tour step highlights (annotation.ts, kind 'country'): a fill and an outline in the
 * annotation's colour on the basemap's own countries, the 1:50m and, at site zoom, the 1:10m (the
 * same ids). The colour is feature state, as the choropleth's is, so a change lays nothing out again;
 * being the map's own drawing, it is in every snapshot and video frame. Its text is drawn with the
 * other annotations (src/map/annotations/).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ANNOTATION_COLOURS, type Annotation } from '../../data/annotation.ts';
import { DETAIL_TILE_LAYER } from '../../data/detail-tile-spec.ts';
import { touch, type MapSession } from '../owner/map-session.ts';
import { DETAIL_ZOOM, LAYERS, SOURCES } from '../style/layers.ts';

export interface AnnotatedCountriesInput {
  readonly annotations: readonly Annotation[];
}

/** Country code → colour, for the countries to light and to put out. */
export interface AnnotatedCountriesDiff {
  readonly set: ReadonlyMap<string, string>;
  readonly clear: readonly string[];
}

const KEY = 'annotation';
const TARGETS = [{ source: SOURCES.countries }, { source: SOURCES.detail, sourceLayer: DETAIL_TILE_LAYER }] as const;
export const ANNOTATED_COUNTRY_LAYERS = { fill: 'annotated-countries', outline: 'annotated-countries-outline' } as const;

/** The countries lit and their colours; where one is annotated twice, the later annotation's colour. */
export function litCountries(annotations: readonly Annotation[]): Map<string, string> {
  const lit = new Map<string, string>();
  for (const a of annotations) if (a.kind === 'country') lit.set(a.country, ANNOTATION_COLOURS[a.colour]);
  return lit;
}

export function diffAnnotatedCountries(prev: AnnotatedCountriesInput | null, next: AnnotatedCountriesInput): AnnotatedCountriesDiff | null {
  const before = prev ? litCountries(prev.annotations) : new Map<string, string>();
  const after = litCountries(next.annotations);
  const set = new Map([...after].filter(([code, colour]) => before.get(code) !== colour));
  const clear = [...before.keys()].filter((code) => !after.has(code));
  return set.size === 0 && clear.length === 0 ? null : { set, clear };
}

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

export function applyAnnotatedCountries(session: MapSession, { set, clear }: AnnotatedCountriesDiff): void {
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

export const annotatedCountriesSync = { diff: diffAnnotatedCountries, apply: applyAnnotatedCountries };
