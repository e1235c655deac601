/**
 * The optional map layers, one entry each: name (as in the URL and app state), the menu label
 * and legend entry (keys of ui/strings.ts, checked by ui/layer-texts.test.ts), the sources and
 * layer specs the map adds at start, and how the layer's data is drawn from the matching set.
 * The map's sources, the layer menu, the legend and the map's sync (sync/optional-layers.ts)
 * all read this table: adding a layer is one entry here, its name in state/layer-names.ts
 * (`LAYER_NAMES`, which the URL parser reads; the type below makes the two agree), and its data
 * function.
 */
import type { FillLayerSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { Position } from 'geojson';
import { arcsOf } from '../../data/arcs.ts';
import { DETAIL_TILE_LAYER } from '../../data/detail-tile-spec.ts';
import type { Initiative } from '../../data/initiative.ts';
import { countsByCountry } from '../../data/stats.ts';
import type { LayerName } from '../../state/layer-names.ts';
import type { PageBasemap } from '../../data/basemap.ts';
import { DETAIL_ZOOM, LAYERS, SOURCES } from './layers.ts';
import { ARC_WIDTHS, arcWidth } from './arc-widths.ts';
import { ARC_COLORS, choroplethClasses, choroplethColor } from '../../picture/palette.ts';
import type { MapSession } from '../owner/map-session.ts';
import { EMPTY, setSourceData } from './sources.ts';

/** What a layer's data is made from. */
export interface LayerData {
  readonly initiatives: readonly Initiative[];
  readonly basemap: PageBasemap;
  /** The partner filter (empty for none): the arcs draw only these partners' and Japan's. */
  readonly partners: readonly string[];
}

/** How the legend shows a layer: a colour ramp with a title, or line samples. Texts are keys of ui/strings.ts. */
export type LegendEntry =
  | { readonly kind: 'ramp'; readonly title: string; readonly classes: () => readonly { readonly color: string; readonly label: string }[] }
  | {
      readonly kind: 'lines';
      readonly items: readonly { readonly color: string; readonly width: number; readonly label: string }[];
      /** What a line's width means (a key), with samples drawn at the given widths. */
      readonly widths?: { readonly label: string; readonly samples: readonly { readonly width: number; readonly label: string }[] };
    };

export interface OptionalLayer {
  readonly name: LayerName;
  /** The layer menu's label: a key of ui/strings.ts. */
  readonly label: string;
  readonly legend: LegendEntry;
  /** Sources of the layer's own (added empty at start); a layer may also draw on a base source. */
  readonly sources: readonly { readonly id: string; readonly spec: GeoJSONSourceSpecification }[];
  /** Added hidden at start, just below `below`. */
  readonly layers: readonly LayerSpecification[];
  readonly below: string;
  /** Draws the layer for the matching set (called while it is on, when the set changes). */
  draw(session: MapSession, data: LayerData): void;
  /** Removes what `draw` drew (called once when the layer is turned off). */
  clear(session: MapSession): void;
}

/** Sources whose features are countries keyed by ISO alpha-3 (promoteId 'code'): the 1:50m and the 1:10m tiles. */
const COUNTRY_SOURCES = [{ source: SOURCES.countries }, { source: SOURCES.detail, sourceLayer: DETAIL_TILE_LAYER }] as const;

const CHOROPLETH_PAINT: FillLayerSpecification['paint'] = {
  'fill-color': ['case', ['==', ['typeof', ['feature-state', 'fill']], 'string'], ['to-color', ['feature-state', 'fill']], 'rgba(0,0,0,0)'],
  'fill-opacity': 0.85,
};

/** Unshades the countries the choropleth shaded: key by key, as the countries carry the regions' states too (region-layers.ts). */
function clearChoropleth(session: MapSession): void {
  for (const id of session.shaded) {
    for (const target of COUNTRY_SOURCES) {
      session.map.removeFeatureState({ ...target, id }, 'fill');
      session.map.removeFeatureState({ ...target, id }, 'count');
    }
  }
  session.shaded = [];
}

export const OPTIONAL_LAYERS: { readonly [N in LayerName]: OptionalLayer & { readonly name: N } } = {
  choropleth: {
    name: 'choropleth',
    label: 'layerChoropleth',
    legend: { kind: 'ramp', title: 'choroplethLegend', classes: choroplethClasses },
    // Host countries shaded by matching initiatives: the colour is set per country as feature state
    // of the basemap's countries, so the layer has no source of its own.
    sources: [],
    // At site zoom the same shading on the 1:10m countries (layers.ts, DETAIL_SWITCH), which carry the same ids.
    layers: [
      { id: LAYERS.choropleth, type: 'fill', source: SOURCES.countries, layout: { visibility: 'none' }, paint: CHOROPLETH_PAINT },
      {
        id: LAYERS.detailChoropleth,
        type: 'fill',
        source: SOURCES.detail,
        'source-layer': DETAIL_TILE_LAYER,
        minzoom: DETAIL_ZOOM,
        filter: ['has', 'code'],
        layout: { visibility: 'none' },
        paint: CHOROPLETH_PAINT,
      },
    ],
    below: LAYERS.borders,
    draw(session, { initiatives }) {
      clearChoropleth(session);
      const shaded: string[] = [];
      for (const [code, count] of countsByCountry(initiatives)) {
        for (const target of COUNTRY_SOURCES) session.map.setFeatureState({ ...target, id: code }, { fill: choroplethColor(count), count });
        shaded.push(code);
      }
      session.shaded = shaded;
    },
    clear(session) {
      clearChoropleth(session);
    },
  },
  arcs: {
    name: 'arcs',
    label: 'layerArcs',
    legend: {
      kind: 'lines',
      items: [
        { color: ARC_COLORS.japan, width: 2, label: 'arcsLegendJapan' },
        { color: ARC_COLORS.partner, width: 2, label: 'arcsLegendPartner' },
      ],
      widths: {
        label: 'arcsLegendWidth',
        samples: [1, 3, 10, 40].map((count) => ({ width: arcWidth(count), label: count === 40 ? '40+' : String(count) })),
      },
    },
    // Great circles from Japan and from each partner country to the countries (or regions) of the
    // initiatives they share: one per origin and destination, as wide as the initiatives it stands for.
    sources: [{ id: SOURCES.arcs, spec: { type: 'geojson', data: EMPTY } }],
    layers: [
      {
        id: LAYERS.arcs,
        type: 'line',
        source: SOURCES.arcs,
        layout: { visibility: 'none', 'line-cap': 'round' },
        paint: {
          'line-color': ['case', ['==', ['get', 'japan'], 1], ARC_COLORS.japan, ARC_COLORS.partner],
          'line-width': ['interpolate', ['linear'], ['get', 'count'], ...ARC_WIDTHS.flat()],
          'line-opacity': ['case', ['==', ['get', 'japan'], 1], 0.45, 0.75],
        },
      },
    ],
    below: LAYERS.routesCasing,
    draw(session, { initiatives, basemap, partners }) {
      const points = new Map<string, Position>(basemap.labels.features.map((f) => [f.properties.code, f.geometry.coordinates]));
      setSourceData(
        session,
        SOURCES.arcs,
        arcsOf(initiatives, (code) => points.get(code), { partners }),
      );
    },
    clear(session) {
      setSourceData(session, SOURCES.arcs, EMPTY);
    },
  },
};

/** The table in the order of `names` (the state's order, which the menu and legend follow). */
export function optionalLayers(names: readonly LayerName[]): OptionalLayer[] {
  return names.map((name) => OPTIONAL_LAYERS[name]);
}
