import { describe, expect, it } from 'vitest';
import { ColumnFeature, decodeFeatures, encodeFeatures, isFeatureColumns, plainFeature, pointOf, propertyOf } from './feature-columns.ts';
import type { UserFeature, UserProperties } from './types.ts';

const point = (id: number, coordinates: number[], properties: UserProperties): UserFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties,
});

const hostile = JSON.parse('{"__proto__": "<img src=x onerror=alert(1)>", "name": "x"}') as UserProperties;

const FEATURES: UserFeature[] = [
  point(0, [135.5, 34.7], { name: '大阪港', amount: 1200, open: true, note: null, empty: '' }),
  point(1, [-179.9, -16.5], { name: 'Fiji, "Suva" — 🚢', amount: -0.5, open: false, note: 'line\nbreak', empty: '' }),
  // A feature file's feature may lack a field, or have one the others lack.
  point(7, [0, 0], { name: 'Null Island', extra: 'only here' }),
  {
    type: 'Feature',
    id: 8,
    geometry: {
      type: 'LineString',
      coordinates: [
        [178, -17],
        [188, -14],
      ],
    },
    properties: { name: 'a line', amount: Number.NaN },
  },
  point(9, [100, 10], hostile),
];

describe('feature columns', () => {
  it('give back every feature as it was: values, kinds, absent fields, other geometries, a "__proto__" field', () => {
    const columns = encodeFeatures(FEATURES, ['name', 'amount', 'open', 'note', 'empty']);
    expect(columns.fields).toEqual(['name', 'amount', 'open', 'note', 'empty', 'extra', '__proto__']);
    const rows = decodeFeatures(columns);
    expect(rows.map(plainFeature)).toEqual(FEATURES);
    expect(Object.hasOwn(rows[2]!.properties, 'amount')).toBe(false);
    expect(Object.hasOwn(rows[4]!.properties, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(rows[4]!.properties)).toBe(Object.prototype);
    expect(rows[4]!.properties['name']).toBe('x');
  });

  it('survive a structured clone (a worker message, IndexedDB) as columns', () => {
    const columns = structuredClone(encodeFeatures(FEATURES, ['name']));
    expect(decodeFeatures(columns).map(plainFeature)).toEqual(FEATURES);
  });

  it('read one cell or a point without building the row, as the plain feature does', () => {
    const rows = decodeFeatures(encodeFeatures(FEATURES, []));
    for (const [i, row] of rows.entries()) {
      const feature = FEATURES[i]!;
      for (const name of ['name', 'amount', 'open', 'note', 'empty', 'extra', 'missing']) {
        expect(propertyOf(row, name)).toEqual(propertyOf(feature, name));
        expect(propertyOf(row, name)).toEqual(Object.hasOwn(feature.properties, name) ? feature.properties[name] : undefined);
      }
      expect(pointOf(row)).toEqual(pointOf(feature));
    }
    expect(pointOf(rows[3]!)).toBeNull();
    expect(pointOf(rows[0]!)).toEqual([135.5, 34.7]);
  });

  it('are written to JSON as plain features (tour files and links)', () => {
    const rows = decodeFeatures(encodeFeatures(FEATURES, []));
    expect(JSON.parse(JSON.stringify(rows))).toEqual(JSON.parse(JSON.stringify(FEATURES)));
  });

  it('hold no copy of the columns in a row: a structured clone of a row carries its id alone', () => {
    const [row] = decodeFeatures(encodeFeatures(FEATURES, []));
    expect(row).toBeInstanceOf(ColumnFeature);
    expect(structuredClone(row)).toEqual({ id: 0 });
  });

  it('name the columns a list of rows was read from, only when it is every row of each, in order', () => {
    const a = encodeFeatures(FEATURES.slice(0, 2), []);
    const b = encodeFeatures(FEATURES.slice(2), []);
    const rowsA = decodeFeatures(a);
    const rowsB = decodeFeatures(b);
    expect(ColumnFeature.wholeColumns([...rowsA, ...rowsB])).toEqual([a, b]);
    expect(ColumnFeature.wholeColumns([])).toEqual([]);
    expect(ColumnFeature.wholeColumns([...rowsB, ...rowsA])).toEqual([b, a]);
    expect(ColumnFeature.wholeColumns(rowsA.slice(1))).toBeNull();
    expect(ColumnFeature.wholeColumns([...rowsA, ...rowsB.slice(0, 2)])).toBeNull();
    expect(ColumnFeature.wholeColumns([rowsA[1]!, rowsA[0]!])).toBeNull();
    expect(ColumnFeature.wholeColumns([...rowsA, FEATURES[2]!])).toBeNull();
  });

  it('keep an empty list empty', () => {
    const columns = encodeFeatures([], ['a']);
    expect(columns.count).toBe(0);
    expect(decodeFeatures(columns)).toEqual([]);
  });
});

describe('isFeatureColumns', () => {
  it('takes whole columns and refuses what is not (a damaged or older kept entry)', () => {
    const columns = encodeFeatures(FEATURES, []);
    expect(isFeatureColumns(columns)).toBe(true);
    expect(isFeatureColumns(structuredClone(columns))).toBe(true);
    for (const bad of [
      null,
      [],
      'x',
      { ...columns, count: 99 },
      { ...columns, ids: [0, 1] },
      { ...columns, fields: ['only one'] },
      { ...columns, cells: columns.cells.map((c) => ({ ...c, text: '' })) },
      { ...columns, shapes: [] },
    ])
      expect(isFeatureColumns(bad)).toBe(false);
  });
});
