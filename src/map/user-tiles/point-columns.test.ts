import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { USER_NEUTRAL, USER_POINT_RADIUS, userLayerLook } from '../../user-data/style.ts';
import type { UserFeature, UserProperties } from '../../user-data/types.ts';
import { userLayerData } from '../style/user-layer-data.ts';
import { decodeFeatures, encodeFeatures } from '../../user-data/feature-columns.ts';
import { userPointColumns } from './point-columns.ts';

const feature = (id: number, geometry: Geometry, properties: UserProperties = {}): UserFeature => ({
  type: 'Feature',
  id,
  geometry,
  properties,
});
const neutral = { colour: null, size: null, problems: [] };

describe('userPointColumns', () => {
  const features = [
    feature(3, { type: 'Point', coordinates: [135, 35] }, { kind: 'port', size: 10 }),
    feature(
      4,
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      { kind: 'road', size: 1 },
    ),
    feature(
      5,
      {
        type: 'MultiPoint',
        coordinates: [
          [10, -5],
          [11, -6, 40],
        ],
      },
      { kind: 'road', size: 5 },
    ),
    feature(6, { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [-170, 60] }] }, { size: null }),
  ];

  it('holds every point (a multi-point’s each, in a collection too) with its row’s id, as the GeoJSON points would', async () => {
    const columns = await userPointColumns(features, neutral);
    expect(columns.count).toBe(4);
    expect([...columns.lonLat]).toEqual([135, 35, 10, -5, 11, -6, -170, 60]);
    expect([...columns.fid]).toEqual([3, 5, 5, 6]);
    expect([...columns.r]).toEqual([USER_POINT_RADIUS, USER_POINT_RADIUS, USER_POINT_RADIUS, USER_POINT_RADIUS]);
    expect(columns.colour.every((c) => columns.palette[c] === USER_NEUTRAL)).toBe(true);
  });

  it('gives each point the colour and radius userLayerData gives it', async () => {
    const look = userLayerLook({ features, fields: ['kind', 'size'], style: { colourBy: 'kind', sizeBy: 'size' } });
    const columns = await userPointColumns(features, look);
    const points = userLayerData(features, look).points.features;
    expect(points.map((p) => p.properties.colour)).toEqual([...columns.colour].map((c) => columns.palette[c]));
    points.forEach((p, i) => expect(columns.r[i]).toBeCloseTo(p.properties.r!, 4));
    expect(new Set(points.map((p) => p.properties.colour)).size).toBeGreaterThan(1);
  });

  it('is built a few rows a task, the same whatever the number of tasks, rows of columns as plain ones', async () => {
    let waits = 0;
    const between = async () => void waits++;
    const whole = await userPointColumns(features, neutral);
    const sliced = await userPointColumns(features, neutral, { rowsPerTask: 2, between });
    expect(waits).toBe(Math.ceil(features.length / 2) - 1);
    expect(sliced).toEqual(whole);
    const rows = decodeFeatures(encodeFeatures(features, ['kind', 'size']));
    expect(await userPointColumns(rows, neutral, { rowsPerTask: 3, between })).toEqual(whole);
  });
});
