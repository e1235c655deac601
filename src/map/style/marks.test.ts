import { createExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { FADE_OPACITY } from '../animation/fade.ts';
import { SOURCES } from './layers.ts';
import { INITIATIVE_LAYERS } from './initiative-layers.ts';
import { clearMarks, fadeTargets, markInitiative, placeKeysOf, setFade } from './marks.ts';

/** A map that records the feature-state calls it receives. */
function recordingMap() {
  const calls: string[] = [];
  const map = {
    setFeatureState: (target: { source: string; id: string }, state: object) =>
      calls.push(`set ${target.source} ${target.id} ${JSON.stringify(state)}`),
    removeFeatureState: (target: { source: string }) => calls.push(`remove ${target.source}`),
  } as unknown as MapLibreMap;
  return { map, calls };
}

const place = (key: string, properties: object) => ({ properties: { key, ...properties } });

describe('placeKeysOf', () => {
  it('names the places that hold the initiative alone, not the badges that merge it with others', () => {
    const places = [
      place('a', { id: 'x', count: 1 }),
      place('b', { ids: 'x y', count: 2 }),
      place('c', { id: 'y', count: 1 }),
      place('d', { id: 'x', count: 1 }),
    ];
    expect(placeKeysOf(places, 'x')).toEqual(['a', 'd']);
    expect(placeKeysOf(places, 'z')).toEqual([]);
  });
});

describe('markInitiative', () => {
  it('marks the route and the single places of one initiative, and nothing for no initiative', () => {
    const { map, calls } = recordingMap();
    markInitiative(map, [place('k1', { id: 'x' }), place('k2', { id: 'y' })], 'hover', 'x', true);
    markInitiative(map, [], 'selected', '', true);
    expect(calls).toEqual([`set ${SOURCES.routes} x {"hover":true}`, `set ${SOURCES.places} k1 {"hover":true}`]);
  });
  it('clears both sources at once', () => {
    const { map, calls } = recordingMap();
    clearMarks(map);
    expect(calls).toEqual([`remove ${SOURCES.places}`, `remove ${SOURCES.routes}`]);
  });
});

describe('fades', () => {
  const places = [place('in1', { fade: 'in' }), place('out1', { fade: 'out' }), place('stay1', { fade: 'stay' })];
  const routes = [{ properties: { id: 'r-in', fade: 'in' } }, { properties: { id: 'r-out', fade: 'out' } }, { properties: { fade: 'in' } }];

  it('reads who arrives and who leaves from each feature, skipping features without an id', () => {
    expect(fadeTargets(places, routes)).toEqual({ placesIn: ['in1'], placesOut: ['out1'], routesIn: ['r-in'], routesOut: ['r-out'] });
  });
  it('moves arriving features up and leaving ones down, and leaves staying ones alone', () => {
    const { map, calls } = recordingMap();
    setFade(map, fadeTargets(places, routes), 0.25);
    expect(calls).toEqual([
      `set ${SOURCES.places} in1 {"fade":0.25}`,
      `set ${SOURCES.places} out1 {"fade":0.75}`,
      `set ${SOURCES.routes} r-in {"fade":0.25}`,
      `set ${SOURCES.routes} r-out {"fade":0.75}`,
    ]);
  });
});

describe('the layers read marks and fades from feature state', () => {
  const opacity = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)['paint_symbol']!['icon-opacity']!;

  it('draws a feature fully where it has no fade state, and at its state where it has one', () => {
    const parsed = createExpression(FADE_OPACITY, 'icon-opacity', opacity);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const feature = { type: 'Point', properties: {} } as never;
    expect(parsed.value.evaluate({ zoom: 3 }, feature, {})).toBe(1);
    expect(parsed.value.evaluate({ zoom: 3 }, feature, { fade: 0.4 })).toBe(0.4);
  });

  it('has no paint property that reads global state: MapLibre would lay the source out again at each change', () => {
    const readers = INITIATIVE_LAYERS.filter((layer) => 'paint' in layer && JSON.stringify(layer.paint ?? {}).includes('global-state')).map(
      (layer) => layer.id,
    );
    expect(readers).toEqual([]);
  });
});
