import { describe, expect, it } from 'vitest';
import { readWkt } from './wkt-geometry';

describe('readWkt', () => {
  it.each([
    ['POINT (139.7 35.6)', { type: 'Point', coordinates: [139.7, 35.6] }],
    ['point(139.7 35.6)', { type: 'Point', coordinates: [139.7, 35.6] }],
    ['SRID=4326;POINT(139.7 35.6)', { type: 'Point', coordinates: [139.7, 35.6] }],
    [
      'LINESTRING (179 10, -179 11)',
      {
        type: 'LineString',
        coordinates: [
          [179, 10],
          [-179, 11],
        ],
      },
    ],
    [
      'POLYGON ((0 0, 1 0, 1 1, 0 0))',
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
    ],
    [
      'MULTIPOINT ((1 2), (3 4))',
      {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
    [
      'GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 4))',
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          {
            type: 'LineString',
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
        ],
      },
    ],
  ])('%s', (wkt, geometry) => {
    expect(readWkt(wkt, 'degrees')).toEqual({ geometry, dropped3d: false, fromMercator: false, problem: null });
  });

  it('drops heights and measures to 2-D and says so', () => {
    expect(readWkt('POINT Z (139.7 35.6 12)', 'degrees')).toEqual({
      geometry: { type: 'Point', coordinates: [139.7, 35.6] },
      dropped3d: true,
      fromMercator: false,
      problem: null,
    });
    expect(readWkt('LINESTRING ZM (1 2 3 4, 5 6 7 8)', 'degrees')).toMatchObject({
      geometry: {
        coordinates: [
          [1, 2],
          [5, 6],
        ],
      },
      dropped3d: true,
    });
  });

  it.each([
    ['SRID=3857;POINT(15558802.4 4256843.2)', 'degrees'],
    ['POINT(15558802.4 4256843.2)', 'web-mercator'],
  ] as const)('converts Web Mercator metres: %s as %s', (wkt, units) => {
    const result = readWkt(wkt, units);
    expect(result.problem).toBeNull();
    expect(result.problem === null && result.fromMercator).toBe(true);
    const [lon, lat] = result.geometry?.type === 'Point' ? result.geometry.coordinates : [];
    expect(lon).toBeCloseTo(139.7671, 3);
    expect(lat).toBeCloseTo(35.6812, 3);
  });

  it('reads each position as y x when asked to swap', () => {
    expect(readWkt('POINT (35.6 139.7)', 'degrees', true)).toMatchObject({ geometry: { type: 'Point', coordinates: [139.7, 35.6] } });
  });

  it.each([
    ['garbage', 'unreadable'],
    ['POINT (1)', 'unreadable'],
    ['', 'unreadable'],
    ['POINT EMPTY', 'empty'],
    ['POINT (a b)', 'not-a-number'],
    ['POINT (200 10)', 'out-of-range'],
    ['LINESTRING (0 0, 10 95)', 'out-of-range'],
    ['SRID=2451;POINT (1 2)', 'srid'],
  ])('%j → %s', (wkt, problem) => {
    expect(readWkt(wkt, 'degrees').problem).toBe(problem);
  });

  it('names the SRID it cannot read and the position out of range', () => {
    expect(readWkt('SRID=2451;POINT (1 2)', 'degrees')).toMatchObject({ detail: '2451' });
    expect(readWkt('LINESTRING (0 0, 10 95)', 'degrees')).toMatchObject({ detail: '10 95' });
  });
});
