import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, basemapExtras, basemapTexts } from '../../scripts/build-basemap.ts';
import { loadTopology } from '../../scripts/world-atlas.ts';
import extras from './basemap-extras.json';
import { basemapFromTopology, largestJump, type CountryFeature } from './basemap.ts';

const basemap = basemapFromTopology(loadTopology('50m'), extras.features as CountryFeature[]);
const byCode = new Map(basemap.countries.features.map((f) => [f.properties.code, f]));

describe('basemapFromTopology', () => {
  it.each(['FJI', 'RUS', 'KIR'])('draws %s without a ring jumping across ±180°', (code) => {
    const country = byCode.get(code);
    expect(country).toBeDefined();
    expect(largestJump(country!.geometry)).toBeLessThan(180);
  });

  it('has no jump in any ring (Antarctica’s is closed through the pole)', () => {
    const jumping = basemap.countries.features.filter((f) => largestJump(f.geometry) >= 180);
    expect(jumping.map((f) => f.properties.name)).toEqual([]);
  });

  it.each(['PLW', 'NRU', 'TUV', 'KIR', 'TON', 'FJI', 'FSM', 'MHL', 'TLS', 'SGP', 'BTN', 'DJI'])('includes %s', (code) => {
    expect(byCode.has(code)).toBe(true);
  });

  it('has one label per country, at its largest land (not Australia’s on Ashmore Reef, which shares its id)', () => {
    const codes = basemap.labels.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    const australia = basemap.labels.features.find((f) => f.properties.code === 'AUS')!;
    expect(australia.geometry.coordinates[0]).toBeGreaterThan(125);
    expect(australia.geometry.coordinates[1]).toBeLessThan(-18);
  });

  it('draws land borders with no segment across the whole map', () => {
    for (const line of basemap.borders.geometry.coordinates) {
      for (let i = 1; i < line.length; i++) expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(180);
    }
  });

  it('fails with a clear message on a topology without countries', () => {
    expect(() => basemapFromTopology({ type: 'Topology', objects: {}, arcs: [] })).toThrow(
      'expected a world-atlas topology with an object named "countries"',
    );
  });
});

describe('src/data/basemap-extras.json', () => {
  it('is what `npm run build:basemap` makes from world-atlas', () => {
    expect(extras).toEqual(JSON.parse(JSON.stringify(basemapExtras())));
  });
});

describe('the basemap files (npm run build:basemap)', () => {
  it('are what the script writes from the installed world-atlas: run `npm run build:basemap` after updating it', () => {
    const texts = basemapTexts(extras as Parameters<typeof basemapTexts>[0]);
    for (const [name, path] of Object.entries(BASEMAP_FILES))
      expect(readFileSync(path, 'utf8'), path).toBe(texts[name as keyof typeof texts]);
  });

  it('keep every country and border of the conversion, with coordinates within 0.001° of it', () => {
    const countries = JSON.parse(readFileSync(BASEMAP_FILES.countries, 'utf8')) as typeof basemap.countries;
    expect(countries.features.map((f) => f.properties.code)).toEqual(basemap.countries.features.map((f) => f.properties.code));
    const fiji = countries.features.find((f) => f.properties.code === 'FJI')!;
    const exact = byCode.get('FJI')!;
    const first = (g: typeof fiji.geometry) => (g.type === 'Polygon' ? g.coordinates[0]![0]! : g.coordinates[0]![0]![0]!);
    expect(Math.abs(first(fiji.geometry)[0]! - first(exact.geometry)[0]!)).toBeLessThanOrEqual(0.0005);
    expect(largestJump(fiji.geometry)).toBeLessThan(180);
  });
});
