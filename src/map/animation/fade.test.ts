import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fadeBetween, fadeProgress } from './fade.ts';

const at = (key: string): Feature<Point, { key: string }> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { key },
});

describe('fadeBetween', () => {
  it('fades new features in, keeps the staying ones and fades the leaving ones out', () => {
    const result = fadeBetween([at('a'), at('b')], [at('b'), at('c')], (f) => f.properties.key);
    expect(result.map((f) => [f.properties.key, f.properties.fade])).toEqual([
      ['a', 'out'],
      ['b', 'stay'],
      ['c', 'in'],
    ]);
  });
  it('handles empty sets', () => {
    expect(fadeBetween([], [at('a')], (f) => f.properties.key).map((f) => f.properties.fade)).toEqual(['in']);
    expect(fadeBetween([at('a')], [], (f) => f.properties.key).map((f) => f.properties.fade)).toEqual(['out']);
  });
});

describe('fadeProgress', () => {
  it.each([
    [-10, 0],
    [0, 0],
    [Number.NaN, 0],
    [200, 1],
    [1000, 1],
  ])('at %d ms → %d', (elapsed, expected) => {
    expect(fadeProgress(elapsed, 200)).toBe(expected);
  });
  it('rises monotonically', () => {
    const values = [0, 40, 80, 120, 160, 200].map((t) => fadeProgress(t, 200));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
  });
});
