/** The regions' sync: which member countries turn on and off, worked out without a map, and applied as feature state. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../../tests/fixtures/initiatives.ts';
import type { Initiative } from '../../data/initiative.ts';
import type { Scope } from '../../data/vocabulary.ts';
import { SOURCES } from '../style/layers.ts';
import { newSession } from '../owner/map-session.ts';
import { REGION_LAYERS, REGION_STATE } from '../style/region-layers.ts';
import { applyRegions, codeChange, diffRegions, setRegionPointer } from './regions.ts';

function regionWide(id: string, scope: Scope, countries: readonly string[]): Initiative {
  const base = indiaCountryLevel(id);
  return {
    ...base,
    geometry: { type: 'MultiPoint', coordinates: countries.map((_, n) => [10 + n, n]) },
    properties: { ...base.properties, countries: [...countries], scope, precision: 5 },
  };
}

const africa = regionWide('africa-wide', 'Africa', ['KEN', 'MOZ', 'TZA']);
const pacific = regionWide('pacific-wide', 'Pacific islands', ['FJI', 'TON']);
const india = indiaCountryLevel();
const palau = palauAirport();

describe('codeChange', () => {
  it('turns on what is new and off what is gone, each sorted', () => {
    expect(codeChange(new Set(['B', 'A']), new Set(['C', 'B', 'D']))).toEqual({ on: ['C', 'D'], off: ['A'] });
    expect(codeChange(new Set(), new Set())).toEqual({ on: [], off: [] });
  });
});

describe('diffRegions', () => {
  it('draws nothing, and asks for nothing, when no region-wide initiative matches', () => {
    expect(diffRegions(null, { initiatives: [india, palau], selected: india, hovered: [] })).toBeNull();
  });

  it('draws the members of the regions that match', () => {
    expect(diffRegions(null, { initiatives: [africa, india], selected: null, hovered: [] })).toEqual({
      drawn: { on: ['KEN', 'MOZ', 'TZA'], off: [] },
      marked: { on: [], off: [] },
    });
  });

  it('changes only the members that come or go with the matching set', () => {
    const prev = { initiatives: [africa, india], selected: null, hovered: [] };
    expect(diffRegions(prev, { ...prev, initiatives: [pacific] })).toEqual({
      drawn: { on: ['FJI', 'TON'], off: ['KEN', 'MOZ', 'TZA'] },
      marked: { on: [], off: [] },
    });
    expect(diffRegions(prev, { ...prev, initiatives: [africa] })).toBeNull();
  });

  it('marks the region of the selected initiative and of the one hovered in the list, and clears it after', () => {
    const prev = { initiatives: [africa, pacific], selected: null, hovered: [] };
    const selected = { ...prev, selected: africa };
    expect(diffRegions(prev, selected)).toEqual({ drawn: { on: [], off: [] }, marked: { on: ['KEN', 'MOZ', 'TZA'], off: [] } });
    const hovered = { ...selected, hovered: [pacific] };
    expect(diffRegions(selected, hovered)).toEqual({ drawn: { on: [], off: [] }, marked: { on: ['FJI', 'TON'], off: [] } });
    expect(diffRegions(hovered, { ...hovered, selected: india, hovered: [] })).toEqual({
      drawn: { on: [], off: [] },
      marked: { on: [], off: ['FJI', 'KEN', 'MOZ', 'TON', 'TZA'] },
    });
  });

  it('marks the regions of every initiative of a hovered summary bar', () => {
    const prev = { initiatives: [africa, pacific], selected: null, hovered: [] };
    expect(diffRegions(prev, { ...prev, hovered: [africa, india, pacific] })).toEqual({
      drawn: { on: [], off: [] },
      marked: { on: ['FJI', 'KEN', 'MOZ', 'TON', 'TZA'], off: [] },
    });
  });

  it('does nothing when neither the set nor the highlights changed', () => {
    const input = { initiatives: [africa], selected: africa, hovered: [] };
    expect(diffRegions(input, { ...input })).toBeNull();
  });
});

/** A session over a map that records feature-state calls and knows which layers it has. */
function recordingSession() {
  const calls: string[] = [];
  const layers = new Set<string>();
  /** The region layers' own opacities, as set. */
  const opacity: Record<string, number> = {};
  const map = {
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    getPixelRatio: () => 1,
    hasImage: () => true,
    addImage: () => undefined,
    addLayer: (spec: { id: string }) => layers.add(spec.id),
    getPaintProperty: (id: string, key: string) => opacity[`${id} ${key}`],
    setPaintProperty: (id: string, key: string, value: number) => void (opacity[`${id} ${key}`] = value),
    setFeatureState: (target: { source: string; id: string }, state: object) =>
      calls.push(`${target.source} ${target.id} ${JSON.stringify(state)}`),
  } as unknown as MapLibreMap;
  return { session: newSession({ map, sources: new Map() }, false), calls, layers, opacity };
}

describe('applyRegions and setRegionPointer', () => {
  it('add the region layers and set the members’ states on the basemap’s countries', () => {
    const { session, calls, layers } = recordingSession();
    applyRegions(session, { drawn: { on: ['KEN'], off: ['FJI'] }, marked: { on: ['KEN'], off: [] } });
    expect(layers.has(REGION_LAYERS.hatch)).toBe(true);
    expect(calls).toEqual([
      `${SOURCES.countries} FJI {"${REGION_STATE.drawn}":false}`,
      `${SOURCES.countries} KEN {"${REGION_STATE.drawn}":true}`,
      `${SOURCES.countries} KEN {"${REGION_STATE.marked}":true}`,
    ]);
    expect(session.settled).toBe(false);
  });

  it('highlight the region under the pointer, move it, and clear it, touching only what changes', () => {
    const { session, calls } = recordingSession();
    setRegionPointer(session, 'KEN MOZ');
    setRegionPointer(session, 'KEN MOZ');
    setRegionPointer(session, 'MOZ TZA');
    setRegionPointer(session, undefined);
    const pointer = REGION_STATE.pointer;
    expect(calls).toEqual([
      `${SOURCES.countries} KEN {"${pointer}":true}`,
      `${SOURCES.countries} MOZ {"${pointer}":true}`,
      `${SOURCES.countries} KEN {"${pointer}":false}`,
      `${SOURCES.countries} TZA {"${pointer}":true}`,
      `${SOURCES.countries} MOZ {"${pointer}":false}`,
      `${SOURCES.countries} TZA {"${pointer}":false}`,
    ]);
  });

  it('draw the tint and outline only while a region is marked or under the pointer', () => {
    const { session, opacity } = recordingSession();
    const shown = () => [opacity[`${REGION_LAYERS.tint} fill-layer-opacity`], opacity[`${REGION_LAYERS.outline} line-layer-opacity`]];
    applyRegions(session, { drawn: { on: ['KEN'], off: [] }, marked: { on: [], off: [] } });
    expect(shown()).toEqual([0, 0]);
    applyRegions(session, { drawn: { on: [], off: [] }, marked: { on: ['KEN', 'MOZ'], off: [] } });
    expect(shown()).toEqual([1, 1]);
    setRegionPointer(session, 'FJI');
    applyRegions(session, { drawn: { on: [], off: [] }, marked: { on: [], off: ['KEN', 'MOZ'] } });
    expect(shown()).toEqual([1, 1]);
    setRegionPointer(session, undefined);
    expect(shown()).toEqual([0, 0]);
  });
});
