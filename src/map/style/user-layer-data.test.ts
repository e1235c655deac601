import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { SIZE_RADIUS, USER_CATEGORY_COLOURS, USER_NEUTRAL, USER_POINT_RADIUS, userLayerLook } from '../../user-data/style.ts';
import type { UserFeature, UserProperties } from '../../user-data/types.ts';
import { CLUSTER_ABOVE, userLayerData } from './user-layer-data.ts';

const feature = (id: number, geometry: Geometry, properties: UserProperties = {}): UserFeature => ({
  type: 'Feature',
  id,
  geometry,
  properties,
});
const neutral = { colour: null, size: null, problems: [] };

describe('userLayerData', () => {
  it('puts points in one collection and lines and polygons in the other, each with its row’s id and nothing of its fields', () => {
    const data = userLayerData(
      [
        feature(7, { type: 'Point', coordinates: [135, 35, 120] }, { name: 'Port' }),
        feature(8, {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        }),
        feature(9, {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        }),
      ],
      neutral,
    );
    expect(data.points.features).toEqual([
      {
        type: 'Feature',
        id: 0,
        geometry: { type: 'Point', coordinates: [135, 35] },
        properties: { fid: 7, colour: USER_NEUTRAL, r: USER_POINT_RADIUS },
      },
    ]);
    expect(data.shapes.features.map((f) => [f.id, f.geometry.type, f.properties])).toEqual([
      [0, 'LineString', { fid: 8, colour: USER_NEUTRAL }],
      [1, 'Polygon', { fid: 9, colour: USER_NEUTRAL }],
    ]);
    expect(data.clustered).toBe(false);
  });
  it('splits multi-geometries and collections into parts that keep the feature’s id', () => {
    const data = userLayerData(
      [
        feature(1, {
          type: 'MultiPoint',
          coordinates: [
            [1, 1],
            [2, 2],
          ],
        }),
        feature(2, {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [3, 3] },
            {
              type: 'MultiLineString',
              coordinates: [
                [
                  [0, 0],
                  [1, 0],
                ],
                [
                  [0, 1],
                  [1, 1],
                ],
              ],
            },
          ],
        }),
      ],
      neutral,
    );
    expect(data.points.features.map((f) => f.properties.fid)).toEqual([1, 1, 2]);
    expect(data.shapes.features.map((f) => f.properties.fid)).toEqual([2, 2]);
    // Ids unique in each source, as MapLibre's diffs need (the row is `fid`).
    expect(data.points.features.map((f) => f.id)).toEqual([0, 1, 2]);
    expect(data.shapes.features.map((f) => f.id)).toEqual([0, 1]);
  });
  it('draws a line across the antimeridian the short way (Fiji → Samoa), not back across the world', () => {
    const data = userLayerData(
      [
        feature(1, {
          type: 'LineString',
          coordinates: [
            [178.4, -18.1],
            [-171.8, -13.8],
          ],
        }),
      ],
      neutral,
    );
    expect(data.shapes.features[0]?.geometry.coordinates).toEqual([
      [178.4, -18.1],
      [188.2, -13.8],
    ]);
  });
  it('unwraps a polygon ring that crosses the antimeridian', () => {
    const ring = [
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ];
    const data = userLayerData([feature(1, { type: 'Polygon', coordinates: [ring] })], neutral);
    const geometry = data.shapes.features[0]?.geometry;
    const longitudes = (geometry?.type === 'Polygon' ? (geometry.coordinates[0] ?? []) : []).map(([lon = 0]) => lon);
    expect(Math.max(...longitudes) - Math.min(...longitudes)).toBe(2);
  });
  it('colours each feature by its category and sizes each point by its number', () => {
    const features = [
      feature(1, { type: 'Point', coordinates: [0, 0] }, { kind: 'port', n: '1,000' }),
      feature(2, { type: 'Point', coordinates: [0, 0] }, { kind: 'port', n: 0 }),
      feature(3, { type: 'Point', coordinates: [0, 0] }, { kind: 'cable', n: null }),
      feature(
        4,
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        { kind: null, n: 5 },
      ),
    ];
    const look = userLayerLook({ features, fields: ['kind', 'n'], style: { colourBy: 'kind', sizeBy: 'n' } });
    const data = userLayerData(features, look);
    expect(data.points.features.map((f) => f.properties)).toEqual([
      { fid: 1, colour: USER_CATEGORY_COLOURS[0], r: SIZE_RADIUS.max },
      { fid: 2, colour: USER_CATEGORY_COLOURS[0], r: SIZE_RADIUS.min },
      { fid: 3, colour: USER_CATEGORY_COLOURS[1], r: SIZE_RADIUS.min },
    ]);
    expect(data.shapes.features[0]?.properties.colour).toBe(USER_NEUTRAL);
  });
  it(`clusters above ${CLUSTER_ABOVE} points, counting a multi-point’s parts`, () => {
    const points = (n: number) => Array.from({ length: n }, (_, i) => feature(i, { type: 'Point', coordinates: [i / 100, 0] }));
    expect(userLayerData(points(CLUSTER_ABOVE), neutral).clustered).toBe(false);
    expect(userLayerData(points(CLUSTER_ABOVE + 1), neutral).clustered).toBe(true);
    const multi = feature(0, { type: 'MultiPoint', coordinates: Array.from({ length: CLUSTER_ABOVE + 1 }, (_, i) => [i / 100, 0]) });
    expect(userLayerData([multi], neutral).clustered).toBe(true);
  });
});

describe('userLayerData without points', () => {
  const features = [
    feature(3, { type: 'Point', coordinates: [135, 35] }),
    feature(4, {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    }),
  ];
  it('leaves the points out of userLayerData when asked', () => {
    const data = userLayerData(features, neutral, { points: false });
    expect(data.points.features).toEqual([]);
    expect(data.shapes.features).toHaveLength(1);
  });
});
