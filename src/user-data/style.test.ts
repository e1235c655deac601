import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import {
  categories,
  categoryKey,
  geometryCounts,
  MAX_CATEGORIES,
  numericRange,
  numericValue,
  SIZE_RADIUS,
  sizeFor,
  USER_CATEGORY_COLOURS,
  USER_NEUTRAL,
  USER_POINT_RADIUS,
  userLayerLegend,
  userLayerLook,
} from './style.ts';
import type { UserFeature, UserLayer, UserProperties } from './types.ts';

const point: Geometry = { type: 'Point', coordinates: [135, 35] };

function features(rows: readonly UserProperties[], geometry: Geometry = point): UserFeature[] {
  return rows.map((properties, id) => ({ type: 'Feature', id, geometry, properties }));
}

function layer(rows: readonly UserProperties[], style: UserLayer['style'], fields = Object.keys(rows[0] ?? {})): UserLayer {
  return {
    id: 'a',
    name: 'Ports',
    source: 'My list',
    fileName: 'ports.csv',
    fileKind: 'csv',
    features: features(rows),
    fields,
    rejectedCount: 2,
    style,
    visible: true,
  };
}

describe('categoryKey', () => {
  it.each([
    ['text', 'Port', 'Port'],
    ['a number as MapLibre’s to-string writes it', 1.5, '1.5'],
    ['a boolean', true, 'true'],
    ['zero', 0, '0'],
  ] as const)('keeps %s', (_, value, key) => {
    expect(categoryKey(value)).toBe(key);
  });
  it.each([null, undefined, '', '   '])('counts %j as blank', (value) => {
    expect(categoryKey(value)).toBeNull();
  });
});

describe('categories', () => {
  it('gives each value its count and a colour, the most common first', () => {
    const result = categories(features([{ k: 'b' }, { k: 'a' }, { k: 'a' }, { k: 'c' }, { k: null }]), 'k');
    expect(result).toEqual({
      ok: true,
      value: {
        column: 'k',
        values: [
          { value: 'a', count: 2, colour: USER_CATEGORY_COLOURS[0] },
          { value: 'b', count: 1, colour: USER_CATEGORY_COLOURS[1] },
          { value: 'c', count: 1, colour: USER_CATEGORY_COLOURS[2] },
        ],
        blank: 1,
      },
    });
  });
  it('takes exactly 12 values, each with its own colour', () => {
    const result = categories(features(Array.from({ length: MAX_CATEGORIES }, (_, i) => ({ k: `v${i}` }))), 'k');
    expect(result.ok && new Set(result.value.values.map((c) => c.colour)).size).toBe(12);
  });
  it('refuses 13 values, saying how many there are in both languages', () => {
    const result = categories(features(Array.from({ length: 1300 }, (_, i) => ({ k: `v${i % 1234}` }))), 'k');
    expect(result).toEqual({
      ok: false,
      error: {
        en: '“k” has 1,234 different values; colour by column shows at most 12.',
        ja: '「k」には1,234種類の値があります。列で色分けできるのは12種類までです。',
      },
    });
  });
  it('refuses a column with only blanks', () => {
    expect(categories(features([{ k: null }, { k: ' ' }]), 'k')).toMatchObject({
      ok: false,
      error: { en: '“k” has no values to colour by.' },
    });
  });
});

describe('numericValue', () => {
  it.each([
    [12, 12],
    [-3.5, -3.5],
    ['42', 42],
    [' 1,234.5 ', 1234.5],
    ['-0.25', -0.25],
    ['1e3', 1000],
    ['.5', 0.5],
  ] as const)('reads %j as %d', (cell, number) => {
    expect(numericValue(cell)).toBe(number);
  });
  it.each([null, '', 'n/a', '12 km', '1,23', '1.2.3', true, Number.NaN, Number.POSITIVE_INFINITY, '-', 'e5'])(
    'reads %j as no number',
    (cell) => {
      expect(numericValue(cell)).toBeNull();
    },
  );
});

describe('numericRange', () => {
  it('spans numbers and numeric text, counting what is missing', () => {
    expect(numericRange(features([{ n: 5 }, { n: '1,000' }, { n: 'unknown' }, { n: null }, { n: -2 }]), 'n')).toEqual({
      ok: true,
      value: { column: 'n', min: -2, max: 1000, count: 3, missing: 2 },
    });
  });
  it('says so when the column holds no number', () => {
    expect(numericRange(features([{ n: 'a' }, { n: null }]), 'n')).toEqual({
      ok: false,
      error: { en: '“n” has no numbers to size by.', ja: '「n」には大きさに使える数値がありません。' },
    });
  });
});

describe('sizeFor', () => {
  const range = { min: 0, max: 100 };
  it.each([
    ['the smallest value', 0, SIZE_RADIUS.min],
    ['the largest value', 100, SIZE_RADIUS.max],
    ['a quarter, on the square root scale (half way in radius)', 25, (SIZE_RADIUS.min + SIZE_RADIUS.max) / 2],
    ['a value below the range, clamped', -50, SIZE_RADIUS.min],
    ['a value above the range, clamped', 500, SIZE_RADIUS.max],
    ['no value, the smallest', null, SIZE_RADIUS.min],
  ] as const)('gives %s its radius', (_, value, radius) => {
    expect(sizeFor(value, range)).toBeCloseTo(radius, 9);
  });
  it('gives every value the default radius when all values are the same', () => {
    expect(sizeFor(7, { min: 7, max: 7 })).toBe(USER_POINT_RADIUS);
  });
});

describe('userLayerLook', () => {
  it('uses neither column when the style names none', () => {
    expect(userLayerLook(layer([{ k: 'a' }], { colourBy: null, sizeBy: null }))).toEqual({ colour: null, size: null, problems: [] });
  });
  it('falls back to the neutral look, saying why, when a column is not usable', () => {
    const look = userLayerLook(layer([{ k: 'a', n: 'x' }], { colourBy: 'missing', sizeBy: 'n' }));
    expect(look.colour).toBeNull();
    expect(look.size).toBeNull();
    expect(look.problems.map((p) => p.en)).toEqual(['The layer has no column “missing”.', '“n” has no numbers to size by.']);
  });
});

describe('geometryCounts', () => {
  it('counts each feature once per kind of geometry it holds', () => {
    const line: Geometry = { type: 'MultiLineString', coordinates: [] };
    const mixed: Geometry = { type: 'GeometryCollection', geometries: [point, { type: 'Polygon', coordinates: [] }] };
    expect(geometryCounts([...features([{}, {}]), ...features([{}], line), ...features([{}], mixed)])).toEqual({
      points: 3,
      lines: 1,
      polygons: 1,
    });
  });
});

describe('userLayerLegend', () => {
  it('shows the name, the rows drawn and skipped, and the neutral colour', () => {
    expect(userLayerLegend(layer([{ k: 'a' }, { k: 'b' }], { colourBy: null, sizeBy: null }))).toMatchObject({
      name: 'Ports',
      rows: 2,
      rejected: 2,
      visible: true,
      geometry: { points: 2, lines: 0, polygons: 0 },
      colour: { kind: 'neutral', colour: USER_NEUTRAL },
      size: null,
    });
  });
  it('shows the categories and the size range with its radii', () => {
    const legend = userLayerLegend(
      layer(
        [
          { k: 'a', n: 1 },
          { k: 'b', n: 9 },
          { k: null, n: null },
        ],
        { colourBy: 'k', sizeBy: 'n' },
      ),
    );
    expect(legend.colour).toMatchObject({ kind: 'categories', column: 'k', blank: 1, values: [{ value: 'a' }, { value: 'b' }] });
    expect(legend.size).toEqual({
      column: 'n',
      min: 1,
      max: 9,
      count: 2,
      missing: 1,
      minRadius: SIZE_RADIUS.min,
      maxRadius: SIZE_RADIUS.max,
    });
  });
});
