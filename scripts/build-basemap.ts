/**
 * `npm run build:basemap`: writes src/map/basemap-extras.json, the countries that
 * world-atlas 1:50m leaves out (Tuvalu, Gibraltar, US Minor Outlying Islands), taken
 * from its 1:10m set. The app draws them on top of the 1:50m countries.
 */
import { writeFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { alpha3FromNumeric } from '../src/data/countries.ts';
import { loadTopology } from './world-atlas.ts';

export const EXTRAS_PATH = 'src/map/basemap-extras.json';

export function basemapExtras(): FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }> {
  const fine = loadTopology('10m');
  const coarse = loadTopology('50m');
  const ids = new Set((coarse.objects['countries'] as GeometryCollection).geometries.map((g) => g.id));
  const all = feature(fine, fine.objects['countries'] as GeometryCollection<{ name: string }>) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return {
    type: 'FeatureCollection',
    features: all.features
      .filter((f) => f.id !== undefined && !ids.has(f.id))
      .map((f) => ({ type: 'Feature', id: f.id, properties: { code: alpha3FromNumeric(f.id) ?? '', name: f.properties.name }, geometry: f.geometry })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const extras = basemapExtras();
  writeFileSync(EXTRAS_PATH, `${JSON.stringify(extras)}\n`);
  console.log(`${EXTRAS_PATH}: ${extras.features.map((f) => f.properties.name).join(', ')}`);
}
