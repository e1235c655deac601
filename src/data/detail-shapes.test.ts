/** The site-zoom shapes and their tiles, read back with @mapbox/vector-tile (the reader MapLibre itself uses). */
import { VectorTile } from '@mapbox/vector-tile';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { loadTopology } from '../../scripts/world-atlas.ts';
import { detailShapesFromTopology, detailTiles } from './detail-shapes.ts';
import { DETAIL_TILE_LAYER, DETAIL_TILE_MAXZOOM } from './detail-tile-spec.ts';

const shapes = detailShapesFromTopology(loadTopology('10m'));
const countries = shapes.features.filter((f) => 'code' in f.properties);
const byCode = new Map(countries.map((f) => [(f.properties as { code: string }).code, f.geometry as Polygon | MultiPolygon]));
const tiles = detailTiles(shapes);

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}
function largestJump(lines: readonly Position[][]): number {
  let largest = 0;
  for (const line of lines) for (let i = 1; i < line.length; i++) largest = Math.max(largest, Math.abs(line[i]![0]! - line[i - 1]![0]!));
  return largest;
}
/** The tile holding a position at a zoom (Web Mercator, as MapLibre numbers them). */
function tileAt([lon, lat]: [number, number], z: number): [number, number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [z, Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)];
}
function read(z: number, x: number, y: number) {
  const bytes = tiles.tile(z, x, y);
  if (!bytes) return null;
  const layer = new VectorTile(new PbfReader(bytes)).layers[DETAIL_TILE_LAYER];
  return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i)) : [];
}

describe('detailShapesFromTopology', () => {
  it.each(['FJI', 'RUS', 'KIR'])('draws %s without a ring jumping across ±180°', (code) => {
    expect(largestJump(rings(byCode.get(code)!))).toBeLessThan(180);
  });

  it('has no jump in any ring that could be drawn (Antarctica’s runs along the pole), nor in any border', () => {
    const jumping = countries.filter(
      (f) => (f.properties as { code: string }).code !== 'ATA' && largestJump(rings(f.geometry as Polygon | MultiPolygon)) >= 180,
    );
    expect(jumping.map((f) => (f.properties as { code: string }).code)).toEqual([]);
    const borders = shapes.features.find((f) => 'border' in f.properties);
    expect(borders?.geometry.type).toBe('MultiLineString');
    expect(largestJump(borders!.geometry.coordinates as Position[][])).toBeLessThan(180);
  });

  it.each(['PLW', 'FSM', 'TUV', 'NRU', 'KIR', 'SGP', 'MYS', 'IDN'])(
    'has %s, keyed by its ISO alpha-3 code as the choropleth needs',
    (code) => {
      expect(byCode.has(code)).toBe(true);
    },
  );

  it('draws Tuvalu and Kiribati as many islands (the 1:50m set has no Tuvalu at all)', () => {
    expect(rings(byCode.get('TUV')!).length).toBeGreaterThanOrEqual(5);
    expect(rings(byCode.get('KIR')!).length).toBeGreaterThanOrEqual(20);
  });
});

describe('detailTiles', () => {
  it.each([
    ['Palau (Babeldaob)', [134.56, 7.5], 'PLW'],
    ['Pohnpei', [158.22, 6.88], 'FSM'],
    ['Tarawa', [173.0, 1.4], 'KIR'],
    ['Nauru', [166.93, -0.52], 'NRU'],
    ['Singapore', [103.82, 1.35], 'SGP'],
  ] as const)('cuts %s into the tile at zoom 8, as a polygon with its code', (_, position, code) => {
    const features = read(...tileAt([position[0], position[1]], 8));
    expect(features?.some((f) => f.type === 3 && f.properties['code'] === code)).toBe(true);
  });

  it('gives land borders as lines (Malaysia–Thailand)', () => {
    const features = read(...tileAt([101, 6.1], 7));
    expect(features?.some((f) => f.type === 2 && f.properties['border'] === true)).toBe(true);
  });

  it('gives nothing for open ocean, and tiles down to its last zoom', () => {
    expect(tiles.tile(...tileAt([-140, -40], 6))).toBeNull();
    expect(read(...tileAt([134.56, 7.5], DETAIL_TILE_MAXZOOM))?.length).toBeGreaterThan(0);
  });

  it('fills Fiji’s tiles on both sides of the antimeridian', () => {
    expect(read(...tileAt([179.9, -16.6], 6))?.some((f) => f.properties['code'] === 'FJI')).toBe(true);
    expect(read(...tileAt([-179.85, -17.1], 6))?.some((f) => f.properties['code'] === 'FJI')).toBe(true);
  });
});
