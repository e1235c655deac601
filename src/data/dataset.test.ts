/**
 * The shipped dataset itself: valid, within the expected size, every quote verbatim
 * in its source document, and the per-country deliveries findable on their own.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCountryShapes } from '../../scripts/world-atlas.ts';
import { datasetIssues } from './check-dataset.ts';
import type { Initiative } from './initiative.ts';
import { parseDataset } from './validate.ts';

const text = readFileSync('data/initiatives.geojson', 'utf8');
let initiatives: readonly Initiative[] = [];
beforeAll(() => {
  const parsed = parseDataset(text);
  if (!parsed.ok) throw new Error('dataset does not parse');
  initiatives = parsed.value.initiatives;
});

/** The documents as the quotes are matched: markdown emphasis and line breaks removed. */
function normalised(doc: string): string {
  return readFileSync(`data/sources/${doc}.txt`, 'utf8').replace(/\*\*/g, '').replace(/\s*\n\s*/g, '');
}
const sources = { 'evolved-foip': normalised('evolved-foip'), 'japan-india-summit': normalised('japan-india-summit') };

describe('data/initiatives.geojson', () => {
  it('has no schema or geographic problem', () => {
    expect(datasetIssues(text, loadCountryShapes())).toEqual([]);
  });

  it('holds one feature per initiative: on the order of 90–110', () => {
    expect(initiatives.length).toBeGreaterThanOrEqual(90);
    expect(initiatives.length).toBeLessThanOrEqual(110);
  });

  it('quotes each source verbatim', () => {
    const missing = initiatives.filter((i) => !sources[i.properties.source.doc].includes(i.properties.source.quote.replace(/\s*\n\s*/g, '')));
    expect(missing.map((i) => `${i.id}: ${i.properties.source.quote}`)).toEqual([]);
  });

  it('quotes the world-map label verbatim where there is one', () => {
    const map = sources['evolved-foip'].replace(/\s/g, '');
    const missing = initiatives.filter((i) => i.properties.source.mapLabel && !map.includes(i.properties.source.mapLabel.replace(/\s/g, '')));
    expect(missing.map((i) => i.id)).toEqual([]);
  });

  it.each([
    ['OSA patrol boats', ['BGD', 'FJI', 'IDN']],
    ['OSA UAVs', ['MYS', 'LKA', 'TON']],
    ['OSA coastal radars', ['PHL', 'DJI']],
  ])('finds each country’s delivery of %s on its own', (_name, countries) => {
    for (const country of countries) {
      const own = initiatives.filter((i) => i.properties.tools.includes('OSA') && i.properties.countries.length === 1 && i.properties.countries[0] === country);
      expect(own.length, country).toBeGreaterThanOrEqual(1);
    }
  });

  it('covers both documents and all three pillars', () => {
    const docs = new Set(initiatives.map((i) => i.properties.source.doc));
    const pillars = new Set(initiatives.map((i) => i.properties.pillar));
    expect([...docs].sort()).toEqual(['evolved-foip', 'japan-india-summit']);
    expect([...pillars].sort()).toEqual([1, 2, 3]);
  });

  it('draws the named sites as exact points and the cables and corridors as routes', () => {
    const byId = new Map(initiatives.map((i) => [i.id, i]));
    expect(byId.get('palau-airport-terminal')?.properties.precision).toBe(1);
    expect(byId.get('pohnpei-port-expansion')?.geometry.type).toBe('Point');
    expect(byId.get('east-micronesia-cable')?.geometry.type).toBe('LineString');
    expect(byId.get('nacala-corridor')?.geometry.type).toBe('LineString');
    expect(byId.get('nacala-corridor')?.properties.countries).toEqual(['MOZ', 'MWI', 'ZMB']);
  });

  it('keeps related ids pointing at features that exist', () => {
    const ids = new Set(initiatives.map((i) => i.id));
    const dangling = initiatives.flatMap((i) => (i.properties.related ?? []).filter((r) => !ids.has(r)).map((r) => `${i.id} → ${r}`));
    expect(dangling).toEqual([]);
  });
});
