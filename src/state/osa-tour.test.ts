/** The OSA tour says what the data holds once Pohnpei's port carries OSA (data release 1.1.0). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilters, prepare } from '../data/filters.ts';
import { parseDataset } from '../data/validate.ts';
import { DEFAULT_STATE } from './app-state.ts';
import { tourStep } from './tour-step.ts';
import { BUILT_IN_TOURS } from './tours.ts';

const dataset = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!dataset.ok) throw new Error('dataset does not parse');
const { initiatives } = dataset.value;
const prepared = prepare(initiatives);
const ids = new Set(initiatives.map((i) => i.id));
const osa = BUILT_IN_TOURS.find((t) => t.id === 'osa')!;

const stepMatches = (index: number) => {
  const state = tourStep(osa, index, DEFAULT_STATE, { isKnownId: (id) => ids.has(id) })!.state;
  return { state, ids: applyFilters(prepared, state.filters).matching.map((i) => i.id) };
};

describe('the OSA tour', () => {
  it('opens on every OSA item: the framework, the eight deliveries in eight countries, and Pohnpei’s port', () => {
    const { ids: all } = stepMatches(0);
    expect(all).toContain('osa-expansion');
    expect(all).toContain('pohnpei-port-expansion');
    const deliveries = all.filter((id) => id.startsWith('osa-') && id !== 'osa-expansion');
    expect(deliveries).toHaveLength(8);
    const countries = new Set(initiatives.filter((i) => deliveries.includes(i.id)).flatMap((i) => i.properties.countries));
    expect(countries.size).toBe(8); // "decided for eight countries"
  });

  it.each([
    [1, ['osa-coastal-radar-philippines', 'osa-coastal-radar-djibouti']],
    [2, ['osa-patrol-boats-bangladesh', 'osa-patrol-boats-fiji', 'osa-patrol-boats-indonesia']],
    [3, ['osa-uav-malaysia', 'osa-uav-sri-lanka', 'osa-uav-tonga']],
  ])('step %i shows exactly the deliveries its caption names', (index, expected) => {
    expect(stepMatches(index).ids).toEqual(expected);
  });

  it('ends on Pohnpei’s port, selected among the OSA items', () => {
    const last = stepMatches(osa.steps.length - 1);
    expect(last.state.selected).toBe('pohnpei-port-expansion');
    expect(last.ids).toContain('pohnpei-port-expansion');
  });
});
