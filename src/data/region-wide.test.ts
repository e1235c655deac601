import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import { loadCountryShapes } from '../../scripts/world-atlas.ts';
import type { CountryShapes } from './country-shapes.ts';
import type { Initiative } from './initiative.ts';
import { isRegionWide, regionGroups, regionMemberCodes, regionMembersOf, SCOPE_POINTS } from './region-wide.ts';
import { parseDataset } from './validate.ts';
import { SCOPES, type Scope } from './vocabulary.ts';

const ASEAN = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM', 'TLS'];

/** A region-wide initiative: a point in each member, as the dataset has them. */
function regionWide(id: string, scope: Scope, countries: readonly string[], pillar: 1 | 2 | 3 = 1): Initiative {
  const base = indiaCountryLevel(id);
  return {
    ...base,
    geometry: { type: 'MultiPoint', coordinates: countries.map((_, n) => [100 + n, n]) },
    properties: { ...base.properties, pillar, countries: [...countries], scope, precision: 5 },
  };
}

describe('isRegionWide', () => {
  it.each<[string, Initiative, boolean]>([
    ['a region scope at region precision', regionWide('asean', 'ASEAN', ASEAN), true],
    ['a single country', indiaCountryLevel(), false],
    [
      'an exact site, even with a scope',
      { ...palauAirport(), properties: { ...palauAirport().properties, scope: 'Pacific islands' } },
      false,
    ],
    [
      'a route, even with a scope',
      {
        ...regionWide('cable', 'Pacific islands', ['FJI', 'TON']),
        geometry: {
          type: 'LineString',
          coordinates: [
            [178, -18],
            [185, -21],
          ],
        },
      },
      false,
    ],
  ])('%s: %s', (_name, initiative, expected) => {
    expect(isRegionWide(initiative)).toBe(expected);
  });
});

describe('regionGroups', () => {
  it('gives one group per region, in the order of SCOPES, with every member once', () => {
    const groups = regionGroups([
      regionWide('africa-a', 'Africa', ['KEN', 'TZA']),
      indiaCountryLevel(),
      regionWide('asean-a', 'ASEAN', ASEAN),
      regionWide('africa-b', 'Africa', ['TZA', 'MOZ'], 3),
    ]);
    expect(groups.map((g) => g.scope)).toEqual(['ASEAN', 'Africa']);
    expect(groups[1]).toMatchObject({ scope: 'Africa', position: SCOPE_POINTS.Africa, members: ['KEN', 'MOZ', 'TZA'] });
    expect(groups[1]!.initiatives.map((i) => i.id)).toEqual(['africa-a', 'africa-b']);
  });

  it('is empty without region-wide initiatives', () => {
    expect(regionGroups([indiaCountryLevel(), palauAirport()])).toEqual([]);
  });
});

describe('regionMemberCodes and regionMembersOf', () => {
  it('shade the members of region-wide initiatives only', () => {
    const codes = regionMemberCodes([regionWide('pacific', 'Pacific islands', ['FJI', 'TON']), indiaCountryLevel()]);
    expect([...codes].sort()).toEqual(['FJI', 'TON']);
  });
  it('name one initiative’s members, or none', () => {
    expect(regionMembersOf(regionWide('eu', 'Europe', ['FRA', 'DEU']))).toEqual(['FRA', 'DEU']);
    expect(regionMembersOf(indiaCountryLevel())).toEqual([]);
    expect(regionMembersOf(null)).toEqual([]);
  });
});

describe('SCOPE_POINTS against the dataset', () => {
  let initiatives: readonly Initiative[] = [];
  let shapes: CountryShapes;
  beforeAll(() => {
    const parsed = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
    if (!parsed.ok) throw new Error('dataset does not parse');
    initiatives = parsed.value.initiatives;
    shapes = loadCountryShapes();
  }, 30_000);

  /** Each member's point, as the dataset places it (the point its country-level initiatives share). */
  function memberPoints(scope: Scope): [string, [number, number]][] {
    const initiative = initiatives.find((i) => i.properties.scope === scope);
    if (!initiative || initiative.geometry.type !== 'MultiPoint') throw new Error(`no region-wide MultiPoint for ${scope}`);
    const points = initiative.geometry.coordinates;
    return initiative.properties.countries.map((code, n) => [code, points[n]!]);
  }

  /** Longitudes moved next to `lng`, so the Pacific's members either side of ±180° compare. */
  const near = (value: number, lng: number) => value + 360 * Math.round((lng - value) / 360);

  it('has a point for every scope the dataset uses, and every scope is used', () => {
    expect(new Set(initiatives.flatMap((i) => (i.properties.scope ? [i.properties.scope] : [])))).toEqual(new Set(SCOPES));
  });

  it.each(SCOPES)('%s: amid its members, never in the sea far from them, and clear of every member’s own point', (scope) => {
    const [lng, lat] = SCOPE_POINTS[scope];
    const points = memberPoints(scope).map(([code, [x, y]]) => [code, [near(x, lng), y]] as const);
    const xs = points.map(([, p]) => p[0]);
    const ys = points.map(([, p]) => p[1]);
    expect(lng).toBeGreaterThan(Math.min(...xs));
    expect(lng).toBeLessThan(Math.max(...xs));
    expect(lat).toBeGreaterThan(Math.min(...ys));
    expect(lat).toBeLessThan(Math.max(...ys));
    // The nearest member's land: inside one for the continents, within 550 km at sea.
    const nearest = Math.min(...points.map(([code]) => shapes.distanceKm(code, [lng, lat]) ?? Infinity));
    if (scope === 'Africa' || scope === 'Europe') expect(nearest).toBeLessThanOrEqual(0);
    else expect(nearest).toBeLessThan(550);
    for (const [code, [x, y]] of points) expect(Math.hypot(x - lng, y - lat), code).toBeGreaterThanOrEqual(2);
  });
});
