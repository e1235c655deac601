import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { normalizeFeatures } from './normalize-features.ts';
import type { UserFeatures } from './types.ts';

const point = (lon: number, lat: number, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function read(input: unknown): UserFeatures {
  const result = normalizeFeatures(input, 'test.geojson');
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe('normalizeFeatures accepts every shape of GeoJSON', () => {
  it.each([
    ['a FeatureCollection', collection(point(139.7, 35.7), point(121, 14.6)), 2],
    ['one Feature', point(139.7, 35.7), 1],
    ['a bare Point', { type: 'Point', coordinates: [139.7, 35.7] }, 1],
    [
      'a bare Polygon',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      1,
    ],
    [
      'a GeometryCollection',
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ],
      },
      1,
    ],
  ])('%s', (_, input, count) => {
    const result = read(input);
    expect(result.features).toHaveLength(count);
    expect(result.features.map((f) => f.id)).toEqual([...Array(count).keys()]);
    expect(result.rejected).toEqual([]);
  });

  it('keeps every geometry type as it is when nothing needs repair', () => {
    const geometries: Geometry[] = [
      {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [2, 2],
            [3, 3],
          ],
        ],
      },
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      },
    ];
    const result = read(collection(...geometries.map((geometry) => ({ type: 'Feature', geometry, properties: null }))));
    expect(result.features.map((f) => f.geometry)).toEqual(geometries);
    expect(result.notes).toEqual([]);
  });
});

describe('normalizeFeatures flattens properties to cell values', () => {
  it('turns objects and lists into JSON text, keeps strings, numbers and booleans, and blanks as null', () => {
    const result = read(
      collection(
        point(0, 0, { name: 'Port', n: 3, ok: true, tags: ['a', 'b'], meta: { by: 'x' }, none: null }),
        point(1, 1, { extra: 'later' }),
      ),
    );
    expect(result.fields).toEqual(['name', 'n', 'ok', 'tags', 'meta', 'none', 'extra']);
    expect(result.features[0]?.properties).toEqual({ name: 'Port', n: 3, ok: true, tags: '["a","b"]', meta: '{"by":"x"}', none: null });
  });

  it('keeps a feature’s own id as a property when none is called id', () => {
    const result = read(collection({ ...point(0, 0, { name: 'A' }), id: 'port-7' }));
    expect(result.features[0]?.properties).toEqual({ name: 'A', id: 'port-7' });
    expect(result.features[0]?.id).toBe(0);
  });

  it('keeps hostile strings as plain strings, untouched', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil")',
      '{{constructor.constructor("alert(1)")()}}',
      '\u202Egnp.exe',
    ];
    const result = read(collection(...hostile.map((name, i) => point(i, i, { name }))));
    expect(result.features.map((f) => f.properties.name)).toEqual(hostile);
  });

  it('keeps fields named __proto__ and constructor as fields, without touching any prototype', () => {
    const parsed: unknown = JSON.parse(
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]},"properties":{"__proto__":{"polluted":1},"constructor":"c","toString":"t"}}',
    );
    const result = read(parsed);
    const properties = result.features[0]?.properties ?? {};
    expect(result.fields).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toBe('{"polluted":1}');
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(structuredClone(properties)).toEqual(properties);
  });
});

describe('normalizeFeatures repairs what it can, saying so', () => {
  it('drops heights from 3-D and 4-D positions', () => {
    const result = read(
      collection({
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 0, 10],
            [1, 1, 20, 5],
          ],
        },
        properties: {},
      }),
    );
    expect(result.features[0]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    });
    expect(result.notes.map((n) => n.en)).toEqual(['Heights (a third coordinate) dropped from 1 features: the map is flat.']);
  });

  it('closes an unclosed polygon ring', () => {
    const result = read({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
        ],
      ],
    });
    expect(result.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
    expect(result.notes[0]?.en).toContain('closed in 1 features');
  });

  it('draws a line across the antimeridian the short way', () => {
    const result = read({
      type: 'LineString',
      coordinates: [
        [170, -10],
        [179, -12],
        [-179, -14],
        [-170, -16],
      ],
    });
    expect(result.features[0]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [170, -10],
        [179, -12],
        [181, -14],
        [190, -16],
      ],
    });
    expect(result.notes[0]?.en).toContain('cross the 180° meridian');
  });

  it('converts Web Mercator metres to degrees', () => {
    // Tokyo and Manila in EPSG:3857.
    const result = read(collection(point(15554066.9, 4260767.4), point(13468880.1, 1644838.1)));
    const [tokyo, manila] = result.features.map((f) => (f.geometry.type === 'Point' ? f.geometry.coordinates : []));
    expect(tokyo?.[0]).toBeCloseTo(139.725, 2);
    expect(tokyo?.[1]).toBeCloseTo(35.71, 2);
    expect(manila?.[0]).toBeCloseTo(120.99, 2);
    expect(manila?.[1]).toBeCloseTo(14.61, 2);
    expect(result.notes[0]?.en).toContain('Web Mercator');
  });

  it('converts when the file names EPSG:3857 in its crs, even near 0,0', () => {
    const result = read({ ...collection(point(100, 100)), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } });
    expect(result.features[0]?.geometry.type === 'Point' && result.features[0].geometry.coordinates[0]).toBeCloseTo(0.0009, 4);
  });

  it('does not take a degree file for metres because of one stray value', () => {
    const result = read(collection(...Array.from({ length: 20 }, (_, i) => point(i, i)), point(1800, 10)));
    expect(result.features).toHaveLength(20);
    expect(result.rejected.map((r) => r.row)).toEqual([21]);
    expect(result.notes).toEqual([]);
  });
});

describe('normalizeFeatures lists each feature it cannot draw, with its reason', () => {
  it.each([
    ['a null geometry', null, 'no geometry'],
    ['longitude out of range', { type: 'Point', coordinates: [200, 10] }, 'coordinates outside ±180° longitude / ±90° latitude: 200, 10'],
    ['latitude out of range', { type: 'Point', coordinates: [10, -95] }, 'outside ±180°'],
    [
      'a ring with 3 positions',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      'a polygon ring with 3 positions',
    ],
    ['a one-point line', { type: 'LineString', coordinates: [[0, 0]] }, 'a line with fewer than 2 positions'],
    ['text coordinates', { type: 'Point', coordinates: ['1', '2'] }, 'a position is not numbers'],
    ['an unknown type', { type: 'Circle', coordinates: [0, 0] }, 'unknown geometry type "Circle"'],
    ['an empty MultiPoint', { type: 'MultiPoint', coordinates: [] }, 'the geometry is empty'],
    [
      'a bad member of a collection',
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0] }, { type: 'Point' }] },
      'a position is not a pair of numbers',
    ],
  ])('%s', (_, geometry, reason) => {
    const result = read(collection(point(1, 2, { name: 'kept' }), { type: 'Feature', geometry, properties: { name: 'bad', n: 1 } }));
    expect(result.features).toHaveLength(1);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ row: 2, column: null, cells: ['bad', 1] });
    expect(result.rejected[0]?.reason.en).toContain(reason);
    expect(result.rejected[0]?.reason.ja.length).toBeGreaterThan(0);
  });
});

describe('normalizeFeatures refuses what is not GeoJSON', () => {
  it.each([
    ['an empty collection', collection(), 'empty', 'holds no features'],
    ['a list of records', [{ lat: 1, lon: 2 }], 'not-what-it-says', 'a JSON list of records'],
    ['a number', 42, 'not-what-it-says', 'a single JSON value'],
    ['a TopoJSON', { type: 'Topology', objects: {} }, 'not-what-it-says', 'TopoJSON'],
    ['other JSON', { name: 'config' }, 'not-what-it-says', 'not GeoJSON'],
    ['a collection without features', { type: 'FeatureCollection' }, 'not-what-it-says', 'without a "features" list'],
  ])('%s', (_, input, code, words) => {
    const result = normalizeFeatures(input, 'x.geojson');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.en).toContain(words);
  });

  it('refuses more features than the limit, naming it', () => {
    const features = new Array(500_001).fill(point(0, 0));
    const result = normalizeFeatures({ type: 'FeatureCollection', features }, 'big.geojson');
    expect(result.ok ? null : result.error).toMatchObject({ code: 'too-many-features' });
    expect(result.ok ? '' : result.error.message.en).toContain('at most 500,000');
  });
});

describe('normalizeFeatures is fast', () => {
  it('reads 100,000 points in well under a second', () => {
    const input = collection(
      ...Array.from({ length: 100_000 }, (_, i) => point((i % 360) - 180, (i % 170) - 85, { name: `p${i}`, value: i })),
    );
    // The best of three runs: the machine is shared, and a busy moment is not the code's speed.
    const times = [0, 1, 2].map(() => {
      const started = performance.now();
      expect(read(input).features).toHaveLength(100_000);
      return performance.now() - started;
    });
    expect(Math.min(...times)).toBeLessThan(1000);
  });
});
