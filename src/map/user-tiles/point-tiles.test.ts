/** A large layer's points as tiles, read back with @mapbox/vector-tile (the reader MapLibre itself uses). */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import type { PointColumns } from './point-columns.ts';
import { POINT_TILE_EXTENT, POINT_TILE_LAYER } from '../style/user-tile-spec.ts';
import { USER_CLUSTER } from '../style/user-layers.ts';
import { pointTiles } from './point-tiles.ts';

function columns(points: readonly [number, number][], palette = ['#4a3f35', '#1b9e77']): PointColumns {
  return {
    count: points.length,
    lonLat: Float64Array.from(points.flat()),
    fid: Float64Array.from(points, (_, i) => 100 + i),
    colour: Uint8Array.from(points, (_, i) => i % palette.length),
    palette,
    r: Float32Array.from(points, (_, i) => 4 + (i % 3)),
  };
}

function read(bytes: Uint8Array | null) {
  if (!bytes) return [];
  const layer = new VectorTile(new PbfReader(bytes)).layers[POINT_TILE_LAYER];
  return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i)) : [];
}

/** A grid of `n` × `n` points over a box, deterministic. */
function grid(n: number, [west, south, east, north]: [number, number, number, number]): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) points.push([west + ((east - west) * i) / n, south + ((north - south) * j) / n]);
  return points;
}

describe('pointTiles', () => {
  it('holds every point at zoom 0, clustered, with counts that add up', () => {
    const points = grid(100, [30, -40, 170, 40]);
    const features = read(pointTiles(columns(points), USER_CLUSTER).tile(0, 0, 0));
    expect(features.length).toBeGreaterThan(0);
    expect(features.length).toBeLessThan(points.length / 10);
    // A tile also holds what lies within the clustering radius beyond its edges (the world's other side, at zoom 0).
    const inside = features.filter((f) => {
      const p = f.loadGeometry()[0]![0]!;
      return p.x >= 0 && p.x < POINT_TILE_EXTENT && p.y >= 0 && p.y < POINT_TILE_EXTENT;
    });
    const total = inside.reduce((n, f) => n + Number(f.properties['point_count'] ?? 1), 0);
    expect(total).toBe(points.length);
    const cluster = features.find((f) => f.properties['cluster'] === true)!;
    expect(cluster.properties).toMatchObject({ cluster: true });
    expect(Number(cluster.properties['cluster_id'])).toBeGreaterThanOrEqual(0);
    expect(cluster.extent).toBe(POINT_TILE_EXTENT);
  });

  it('gives each point its row id, colour and radius beyond the clustering zoom, where it lies', () => {
    const points: [number, number][] = [
      [135.5, 34.7],
      [139.7, 35.7],
      [-157.9, 21.3],
    ];
    const tiles = pointTiles(columns(points), USER_CLUSTER);
    const z = USER_CLUSTER.clusterMaxZoom + 2;
    // The tile holding Tokyo.
    const n = 2 ** z;
    const x = Math.floor(((139.7 + 180) / 360) * n);
    const rad = (35.7 * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
    const [tokyo, ...others] = read(tiles.tile(z, x, y));
    expect(others).toEqual([]);
    expect(tokyo?.properties).toEqual({ fid: 101, colour: '#1b9e77', r: 5 });
    const [lon, lat] = (tokyo!.toGeoJSON(x, y, z).geometry as { coordinates: number[] }).coordinates as [number, number];
    expect(lon).toBeCloseTo(139.7, 3);
    expect(lat).toBeCloseTo(35.7, 3);
    // An empty tile is none.
    expect(tiles.tile(z, 0, 0)).toBeNull();
  });

  it('says at which zoom a cluster breaks apart', () => {
    const tiles = pointTiles(columns(grid(30, [100, 0, 101, 1])), USER_CLUSTER);
    const [cluster] = read(tiles.tile(0, 0, 0));
    expect(cluster?.properties['cluster']).toBe(true);
    const zoom = tiles.expansionZoom(Number(cluster!.properties['cluster_id']));
    expect(zoom).toBeGreaterThan(0);
    expect(zoom).toBeLessThanOrEqual(USER_CLUSTER.clusterMaxZoom + 1);
  });
});
