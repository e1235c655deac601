import { describe, expect, it } from 'vitest';
import { indiaCountryLevel } from '../../tests/fixtures/initiatives.ts';
import { dataset } from '../../tests/dataset.ts';
import { arcsOf, greatCircle, middleOf } from './arcs.ts';
import type { Initiative } from './initiative.ts';
import { SCOPE_POINTS } from './region-wide.ts';

const TOKYO: [number, number] = [139.7, 35.7];
const SANTIAGO: [number, number] = [-70.6, -33.4];
const CANBERRA: [number, number] = [149.1, -35.3];
const SUVA: [number, number] = [178.4, -18.1];
const NUKUALOFA: [number, number] = [-175.2, -21.1];
const TARAWA: [number, number] = [173.0, 1.4];
const KIRITIMATI: [number, number] = [-157.4, 1.9];
const WASHINGTON: [number, number] = [-77.0, 38.9];

function maxStep(points: [number, number][]): number {
  let max = 0;
  for (let i = 1; i < points.length; i++) max = Math.max(max, Math.abs(points[i]![0] - points[i - 1]![0]));
  return max;
}

describe('greatCircle', () => {
  it.each([
    ['Japan → Chile', TOKYO, SANTIAGO],
    ['Australia → Tonga', CANBERRA, NUKUALOFA],
    ['Fiji → Tonga', SUVA, NUKUALOFA],
    ['Kiribati (Tarawa) → Kiribati (Kiritimati)', TARAWA, KIRITIMATI],
    ['United States → Fiji', WASHINGTON, SUVA],
  ])('%s draws without a break or a wrap-around segment', (_name, from, to) => {
    const arc = greatCircle(from, to);
    expect(maxStep(arc)).toBeLessThan(20);
    expect(arc[0]).toEqual(from);
    const last = arc[arc.length - 1]!;
    expect((((last[0] - to[0]) % 360) + 360) % 360).toBeCloseTo(0, 6);
    expect(last[1]).toBeCloseTo(to[1], 6);
  });

  it('takes the short way across the Pacific from Japan to Chile', () => {
    const arc = greatCircle(TOKYO, SANTIAGO);
    expect(arc[arc.length - 1]![0]).toBeCloseTo(360 - 70.6, 6);
    // Every point lies over the Pacific, east of Japan.
    expect(arc.every(([lng]) => lng >= 139 && lng <= 290)).toBe(true);
  });

  it('takes the short way from the United States to Fiji (westwards, across the date line)', () => {
    const arc = greatCircle(WASHINGTON, SUVA);
    expect(arc[arc.length - 1]![0]).toBeCloseTo(178.4 - 360, 6);
  });

  it('returns a single point for identical ends', () => {
    expect(greatCircle(SUVA, SUVA)).toEqual([SUVA]);
  });
});

describe('arcsOf', () => {
  const points: Record<string, [number, number]> = {
    JPN: TOKYO,
    AUS: CANBERRA,
    USA: WASHINGTON,
    IND: [78.9, 22.4],
    FJI: SUVA,
    TON: NUKUALOFA,
    KIR: TARAWA,
    WSM: [-172.1, -13.8],
  };
  const pointOf = (code: string) => points[code];
  const feature = (id: string, countries: string[], partners: string[], extra: Partial<Initiative['properties']> = {}): Initiative => ({
    ...indiaCountryLevel(id),
    properties: { ...indiaCountryLevel().properties, countries, partners, ...extra },
  });
  const keys = (arcs: ReturnType<typeof arcsOf>) =>
    arcs.features.map((f) => `${f.properties.from}>${f.properties.to}:${f.properties.count}`);

  it('draws one arc from Japan and one from each partner country to the host, none for organisations', () => {
    expect(keys(arcsOf([feature('uav-tonga', ['TON'], ['AUS', 'QUAD'])], pointOf))).toEqual(['JPN>TON:1', 'AUS>TON:1']);
  });

  it('joins every initiative an origin shares in one country into one arc, whose count is the line width', () => {
    // Two sites in Fiji and one country-level item: one arc from Japan, count 3; Australia shares two of them.
    const sites = [
      { ...feature('suva-port', ['FJI'], ['AUS']), geometry: { type: 'Point' as const, coordinates: SUVA } },
      {
        ...feature('nadi-airport', ['FJI'], ['AUS']),
        geometry: { type: 'Point' as const, coordinates: [177.4, -17.8] as [number, number] },
      },
      feature('fiji-training', ['FJI'], []),
    ];
    const arcs = arcsOf(sites, pointOf).features;
    expect(arcs.map((a) => [a.properties.from, a.properties.to, a.properties.count, a.properties.ids])).toEqual([
      ['JPN', 'FJI', 3, 'suva-port nadi-airport fiji-training'],
      ['AUS', 'FJI', 2, 'suva-port nadi-airport'],
    ]);
    // It ends at the country's point, not at a site.
    expect(arcs[0]!.geometry.coordinates.at(-1)).toEqual(SUVA);
  });

  it("draws Japan's arcs one per destination: as many as the set has host countries and regions besides Japan", () => {
    const set = [
      feature('a', ['IND', 'JPN'], ['IND']),
      feature('b', ['IND'], []),
      feature('c', ['TON', 'FJI'], ['AUS']),
      feature('d', ['FJI', 'TON', 'KIR', 'WSM'], [], { scope: 'Pacific islands' }),
      feature('e', ['FJI', 'TON', 'KIR', 'WSM'], ['USA'], { scope: 'Pacific islands' }),
    ];
    const japan = arcsOf(set, pointOf).features.filter((a) => a.properties.japan === 1);
    expect(japan.map((a) => `${a.properties.to}:${a.properties.count}`)).toEqual(['IND:2', 'TON:1', 'FJI:1', 'Pacific islands:2']);
  });

  it('draws a region-wide initiative as one arc per origin to its region, not one per member', () => {
    const pacific = feature('cyber', ['FJI', 'TON', 'KIR', 'WSM'], ['USA'], { scope: 'Pacific islands' });
    const arcs = arcsOf([pacific], pointOf).features;
    expect(keys({ type: 'FeatureCollection', features: arcs })).toEqual(['JPN>Pacific islands:1', 'USA>Pacific islands:1']);
    // It ends where the region's badge is drawn (region-wide.ts), not in the middle of the sea.
    const [lon, lat] = arcs[0]!.geometry.coordinates.at(-1)!;
    const [badgeLon, badgeLat] = SCOPE_POINTS['Pacific islands'];
    expect((((lon! - badgeLon) % 360) + 360) % 360).toBeCloseTo(0, 6);
    expect(lat).toBeCloseTo(badgeLat, 6);
    expect(maxStep(arcs[0]!.geometry.coordinates as [number, number][])).toBeLessThan(20);
  });

  it('joins two countries once per initiative: a Japan–India item in both countries is one arc, not two on top of each other', () => {
    expect(keys(arcsOf([feature('summit', ['IND', 'JPN'], ['IND'])], pointOf))).toEqual(['JPN>IND:1']);
    // Four hosts, three partners: each pair of the four countries once (six arcs).
    const exercise = feature('exercise', ['AUS', 'JPN', 'IND', 'USA'], ['AUS', 'IND', 'USA']);
    const arcs = arcsOf([exercise], pointOf).features.map((a) => [a.properties.from, a.properties.to].sort().join('-'));
    expect(new Set(arcs).size).toBe(6);
    expect(arcs).toHaveLength(6);
  });

  it('draws no arc from a partner to its own country', () => {
    expect(keys(arcsOf([indiaCountryLevel('dc')], pointOf))).toEqual(['JPN>IND:1']);
  });

  it('with a partner filter, draws only the selected partners’ arcs and Japan’s to the initiatives they share', () => {
    const set = [
      feature('a', ['TON'], ['AUS', 'USA']),
      feature('b', ['FJI'], ['USA']),
      feature('c', ['KIR'], ['AUS', 'QUAD']),
      feature('d', ['IND'], []),
    ];
    expect(keys(arcsOf(set, pointOf, { partners: ['AUS'] }))).toEqual(['JPN>TON:1', 'AUS>TON:1', 'JPN>KIR:1', 'AUS>KIR:1']);
    expect(keys(arcsOf(set, pointOf, { partners: ['AUS', 'USA'] }))).toEqual([
      'JPN>TON:1',
      'AUS>TON:1',
      'USA>TON:1',
      'JPN>FJI:1',
      'USA>FJI:1',
      'JPN>KIR:1',
      'AUS>KIR:1',
    ]);
    // An organisation has no point: it selects Japan's arcs to its initiatives only.
    expect(keys(arcsOf(set, pointOf, { partners: ['QUAD'] }))).toEqual(['JPN>KIR:1']);
    expect(keys(arcsOf(set, pointOf, { partners: [] }))).toEqual(keys(arcsOf(set, pointOf)));
  });

  describe('on the shipped dataset', () => {
    const all = dataset.features as unknown as Initiative[];
    // Any point per country will do: the test is about which arcs there are.
    const anywhere = (code: string): [number, number] => [
      ((code.charCodeAt(0) * 37 + code.charCodeAt(1) * 11 + code.charCodeAt(2)) % 340) - 170,
      (code.charCodeAt(1) % 120) - 60,
    ];
    const destinationsOf = (i: Initiative) =>
      i.properties.scope ? [i.properties.scope] : i.properties.countries.filter((c) => c !== 'JPN');

    it.each([[[]], [['AUS']], [['IND']], [['USA', 'QUAD']]])(
      'partners %j: no arc twice, and Japan’s arcs count each destination’s initiatives',
      (partners: string[]) => {
        const set = partners.length === 0 ? all : all.filter((i) => i.properties.partners.some((p) => partners.includes(p)));
        const arcs = arcsOf(set, anywhere, { partners }).features;
        const pairs = arcs.map((a) => `${a.properties.from}>${a.properties.to}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        for (const a of arcs) expect(a.properties.count).toBe(a.properties.ids.split(' ').length);

        const expected = new Map<string, number>();
        for (const i of set) for (const d of destinationsOf(i)) expected.set(d, (expected.get(d) ?? 0) + 1);
        const japan = new Map(arcs.filter((a) => a.properties.japan === 1).map((a) => [a.properties.to, a.properties.count]));
        expect(japan).toEqual(expected);
        // Every other arc starts from a selected partner country that the initiatives name.
        for (const a of arcs.filter((x) => x.properties.japan === 0)) {
          if (partners.length > 0) expect(partners).toContain(a.properties.from);
          for (const id of a.properties.ids.split(' '))
            expect(set.find((i) => i.id === id)!.properties.partners).toContain(a.properties.from);
        }
      },
    );
  });
});

describe('middleOf', () => {
  it('finds the middle of points across the date line in the Pacific', () => {
    const [lon, lat] = middleOf([
      [179, -10],
      [-179, -10],
    ])!;
    expect(Math.abs(lon!)).toBeCloseTo(180, 6);
    expect(lat).toBeCloseTo(-10, 1);
  });
  it('is undefined for no points and for points that cancel out', () => {
    expect(middleOf([])).toBeUndefined();
    expect(
      middleOf([
        [0, 0],
        [180, 0],
      ]),
    ).toBeUndefined();
  });
});
