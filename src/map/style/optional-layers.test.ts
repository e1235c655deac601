import { describe, expect, it } from 'vitest';
import { indiaCountryLevel } from '../../../tests/fixtures/initiatives.ts';
import { LAYER_NAMES, type LayerName } from '../../state/layer-names.ts';
import { BASE_SOURCES, BASEMAP_LAYERS } from './layers.ts';
import { INITIATIVE_LAYERS } from './initiative-layers.ts';
import { OPTIONAL_LAYERS, optionalLayers } from './optional-layers.ts';
import { newSession } from '../owner/map-session.ts';

describe('the optional layers table', () => {
  // The table's order is choropleth, arcs: the menu and legend follow the state's order instead.
  it.each<[LayerName[]]>([[['arcs', 'choropleth']], [['choropleth', 'arcs']], [['arcs']], [[]]])(
    'gives the entries of %j in that order',
    (names) => {
      expect(optionalLayers(names).map((l) => l.name)).toEqual(names);
    },
  );

  it('draws on sources the map has, and is placed below layers of the base style', () => {
    const own = new Set(LAYER_NAMES.flatMap((name) => OPTIONAL_LAYERS[name].sources.map((s) => s.id)));
    const baseLayers = new Set([...BASEMAP_LAYERS, ...INITIATIVE_LAYERS].map((l) => l.id));
    for (const name of LAYER_NAMES) {
      const layer = OPTIONAL_LAYERS[name];
      expect(baseLayers.has(layer.below)).toBe(true);
      for (const spec of layer.layers) {
        const source = 'source' in spec ? String(spec.source) : '';
        expect(own.has(source) || source in BASE_SOURCES).toBe(true);
        // Hidden until turned on.
        expect(spec.layout).toMatchObject({ visibility: 'none' });
      }
    }
  });
});

describe('the choropleth', () => {
  it('clears only its own states on the countries, which carry the regions’ states too', () => {
    const calls: string[] = [];
    const map = {
      setFeatureState: (target: { source: string; id: string }, state: object) =>
        calls.push(`set ${target.source} ${target.id} ${JSON.stringify(state)}`),
      removeFeatureState: (target: { source: string; id?: string }, key?: string) =>
        calls.push(`remove ${target.source} ${target.id ?? 'all'} ${key ?? 'all'}`),
    } as unknown as import('maplibre-gl').Map;
    const session = newSession({ map, sources: new Map() }, false);
    const india = indiaCountryLevel();
    const data = { initiatives: [india], basemap: {} as never, partners: [] };
    OPTIONAL_LAYERS.choropleth.draw(session, data);
    OPTIONAL_LAYERS.choropleth.draw(session, { ...data, initiatives: [] });
    OPTIONAL_LAYERS.choropleth.clear(session);
    // On the 1:50m countries and on the 1:10m tiles alike.
    expect(calls).toEqual([
      'set countries IND {"fill":"#d3cceb","count":1}',
      'set detail-basemap IND {"fill":"#d3cceb","count":1}',
      'remove countries IND fill',
      'remove countries IND count',
      'remove detail-basemap IND fill',
      'remove detail-basemap IND count',
    ]);
  });
});
