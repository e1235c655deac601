/**
 * `npm run data:fill [in] [out]`: gives every feature whose geometry is null one point
 * per host country (a Point, or a MultiPoint for several), for country-level and
 * region-wide initiatives. Run it after adding such features by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { countryPoint } from './country-points.ts';
import { formatDataset } from './format-dataset.ts';
import { loadCountryShapes } from './world-atlas.ts';

interface RawFeature {
  id?: string;
  geometry: unknown;
  properties?: { countries?: string[] };
}

const input = process.argv[2] ?? 'data/initiatives.geojson';
const output = process.argv[3] ?? input;
const collection = JSON.parse(readFileSync(input, 'utf8')) as { features: RawFeature[] };
const shapes = loadCountryShapes();
let filled = 0;
for (const feature of collection.features) {
  if (feature.geometry !== null) continue;
  const points = (feature.properties?.countries ?? []).map((code) => countryPoint(shapes, code));
  if (points.length === 0) {
    console.error(`${feature.id ?? '(no id)'}: no countries, geometry left null`);
    continue;
  }
  feature.geometry = points.length === 1 ? { type: 'Point', coordinates: points[0] } : { type: 'MultiPoint', coordinates: points };
  filled++;
}
writeFileSync(output, formatDataset(collection));
console.log(`${output}: filled ${filled} geometries`);
