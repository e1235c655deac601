import { describe, expect, it } from 'vitest';
import { indiaCountryLevel } from '../../tests/fixtures/initiatives.ts';
import { arcsOf, greatCircle } from './arcs.ts';
import type { Initiative } from './initiative.ts';

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
    expect(((last[0] - to[0]) % 360 + 360) % 360).toBeCloseTo(0, 6);
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
  const points: Record<string, [number, number]> = { JPN: TOKYO, AUS: CANBERRA, USA: WASHINGTON, IND: [78.9, 22.4] };
  const pointOf = (code: string) => points[code];
  const tonga: Initiative = { ...indiaCountryLevel('uav-tonga'), geometry: { type: 'Point', coordinates: NUKUALOFA }, properties: { ...indiaCountryLevel().properties, partners: ['AUS', 'QUAD'] } };
  const india = indiaCountryLevel('dc');
  const india2 = indiaCountryLevel('dc2');

  it('draws one arc per partner and place, from Japan too, and none for organisations', () => {
    const arcs = arcsOf([tonga], pointOf).features.map((f) => f.properties.from).sort();
    expect(arcs).toEqual(['AUS', 'JPN']);
  });

  it('groups the initiatives a partner shares at one place into one arc', () => {
    const arcs = arcsOf([india, india2], pointOf).features;
    expect(arcs.map((a) => [a.properties.from, a.properties.count, a.properties.ids])).toEqual([['JPN', 2, 'dc dc2']]);
  });

  it('draws no arc from a partner to its own point', () => {
    expect(arcsOf([india], pointOf, { fromJapan: false }).features).toEqual([]);
  });
});
