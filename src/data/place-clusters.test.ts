import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { Initiative } from './initiative.ts';
import { placeIndex } from './place-clusters.ts';
import { placeIds } from './places.ts';
import { SCOPE_POINTS } from './region-wide.ts';

const ASEAN_POINTS: [number, number][] = [
  [114.7, 4.5],
  [104.9, 12.6],
  [113.9, -0.8],
  [102.5, 19.9],
  [114.1, 2.9],
  [96.0, 21.9],
  [121.8, 15.9],
  [103.8, 1.35],
  [101.0, 15.1],
  [106.3, 16.1],
  [125.7, -8.8],
];

function initiative(id: string, pillar: 1 | 2 | 3, coordinates: [number, number][]): Initiative {
  const base = indiaCountryLevel(id);
  return { ...base, geometry: { type: 'MultiPoint', coordinates }, properties: { ...base.properties, pillar } };
}

describe('placeIndex', () => {
  const aseanWide = initiative('asean-wide', 3, ASEAN_POINTS);
  const thailand = initiative('thailand', 2, [[101.0, 15.1]]);
  const vietnam = initiative('vietnam', 1, [[106.3, 16.1]]);
  const index = placeIndex([aseanWide, thailand, vietnam, palauAirport()]);

  it('counts an initiative once however many of its points a cluster merges', () => {
    const world = index.at(1).features.filter((f) => f.properties.cluster === 1);
    const all = world.flatMap((f) => placeIds(f.properties.ids));
    for (const cluster of world) {
      expect(cluster.properties.count).toBe(new Set(placeIds(cluster.properties.ids)).size);
    }
    expect(new Set(all)).toEqual(new Set(['asean-wide', 'thailand', 'vietnam']));
    const biggest = world.reduce((a, b) => (a.properties.count >= b.properties.count ? a : b));
    expect(biggest.properties.count).toBeLessThanOrEqual(3);
  });

  it('breaks the pillar mix down by distinct initiatives', () => {
    const merged = index.at(0).features.find((f) => f.properties.cluster === 1 && f.properties.count === 3);
    expect(merged?.properties).toMatchObject({ p1: 1, p2: 1, p3: 1, pillar: 0 });
  });

  it('says at which zoom a cluster splits', () => {
    for (const f of index.at(1).features.filter((x) => x.properties.cluster === 1)) expect(f.properties.expand).toBeGreaterThan(1);
  });

  it('never merges an exact site', () => {
    for (const zoom of [0, 1, 3, 6]) {
      const site = index.at(zoom).features.filter((f) => f.properties.ids === 'palau-airport-terminal');
      expect(site).toHaveLength(1);
      expect(site[0]!.properties).toMatchObject({ exact: 1, cluster: 0, count: 1 });
    }
  });

  it('shows every place on its own from the last clustering zoom', () => {
    const places = index.at(12).features;
    expect(places.every((f) => f.properties.cluster === 0)).toBe(true);
    expect(places).toHaveLength(ASEAN_POINTS.length + 1);
  });

  it('accepts any zoom without throwing', () => {
    for (const zoom of [-3, 0.5, 2.9999, 30, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => index.at(zoom)).not.toThrow();
  });
});

describe('placeIndex with a region-wide initiative', () => {
  const base = indiaCountryLevel('africa-wide');
  const africaWide: Initiative = {
    ...base,
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [37.9, 0.5],
        [38.2, -14.0],
        [23.3, -30.2],
      ],
    },
    properties: { ...base.properties, countries: ['KEN', 'MOZ', 'ZAF'], scope: 'Africa', precision: 5 },
  };
  const kenya = { ...indiaCountryLevel('kenya'), geometry: { type: 'Point' as const, coordinates: [37.9, 0.5] as [number, number] } };
  const index = placeIndex([africaWide, kenya]);

  it('draws the region once at its point, with its members, apart from the country that has its own initiative', () => {
    for (const zoom of [3, 6, 12]) {
      const holding = index.at(zoom).features.filter((f) => placeIds(f.properties.ids).includes('africa-wide'));
      expect(holding).toHaveLength(1);
      expect(holding[0]!.geometry.coordinates).toEqual([...SCOPE_POINTS.Africa]);
      expect(holding[0]!.properties).toMatchObject({ region: 'Africa', members: 'KEN MOZ ZAF', count: 1, cluster: 0 });
      expect(index.at(zoom).features.find((f) => f.properties.ids === 'kenya')?.properties.count).toBe(1);
    }
  });

  it('never merges the region’s place: it stays the one badge of its region at every zoom', () => {
    for (const zoom of [0, 1]) {
      const holding = index.at(zoom).features.filter((f) => placeIds(f.properties.ids).includes('africa-wide'));
      expect(holding).toHaveLength(1);
      expect(holding[0]!.properties).toMatchObject({ region: 'Africa', ids: 'africa-wide', cluster: 0 });
    }
  });
});
