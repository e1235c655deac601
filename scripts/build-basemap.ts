/**
 * `npm run build:basemap`: writes the app's offline basemap, converted here once rather than in
 * every visitor's browser.
 * - src/data/basemap-extras.json: the countries that world-atlas 1:50m leaves out (Tuvalu,
 *   Gibraltar, US Minor Outlying Islands), taken from its 1:10m set; drawn with the 1:50m ones.
 * - src/map/basemap-50m/: the 1:50m countries and land borders as GeoJSON, rings repaired across
 *   ±180° (basemap.ts), coordinates rounded to 0.001° (about 100 m, under the 1:50m set's own
 *   detail), which MapLibre's worker fetches and parses off the page's main thread; and the country
 *   names' points (labels.json), the one part the page itself reads.
 * A test (basemap.test.ts) checks that the files are what this script writes from the installed world-atlas.
 */
import { writeFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { alpha3FromNumeric } from '../src/data/countries.ts';
import { basemapFromTopology, type CountryFeature } from '../src/data/basemap.ts';
import { loadTopology } from './world-atlas.ts';

export const EXTRAS_PATH = 'src/data/basemap-extras.json';
/** The files under src/map/basemap-50m/, by name. */
export const BASEMAP_FILES = {
  countries: 'src/map/basemap-50m/countries.geojson',
  borders: 'src/map/basemap-50m/borders.geojson',
  labels: 'src/map/basemap-50m/labels.json',
} as const;

export function basemapExtras(): FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }> {
  const fine = loadTopology('10m');
  const coarse = loadTopology('50m');
  const ids = new Set((coarse.objects['countries'] as GeometryCollection).geometries.map((g) => g.id));
  const all = feature(fine, fine.objects['countries'] as GeometryCollection<{ name: string }>) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  return {
    type: 'FeatureCollection',
    features: all.features
      .filter((f) => f.id !== undefined && !ids.has(f.id))
      .map((f) => ({
        type: 'Feature',
        id: f.id,
        properties: { code: alpha3FromNumeric(f.id) ?? '', name: f.properties.name },
        geometry: f.geometry,
      })),
  };
}

/** Every non-integer number rounded to 0.001 (coordinates; the labels' ranks are areas, rounded alike). */
const rounded = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;

/** The files' texts, by name, from the installed world-atlas and `extras`. */
export function basemapTexts(
  extras: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>,
): Record<keyof typeof BASEMAP_FILES, string> {
  const basemap = basemapFromTopology(loadTopology('50m'), extras.features as CountryFeature[]);
  return {
    countries: `${JSON.stringify(basemap.countries, rounded)}\n`,
    borders: `${JSON.stringify({ type: 'FeatureCollection', features: [basemap.borders] }, rounded)}\n`,
    labels: `${JSON.stringify(basemap.labels, rounded)}\n`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const extras = basemapExtras();
  writeFileSync(EXTRAS_PATH, `${JSON.stringify(extras)}\n`);
  console.log(`${EXTRAS_PATH}: ${extras.features.map((f) => f.properties.name).join(', ')}`);
  const texts = basemapTexts(extras);
  for (const [name, path] of Object.entries(BASEMAP_FILES)) {
    writeFileSync(path, texts[name as keyof typeof BASEMAP_FILES]);
    console.log(`${path}: ${Math.round(texts[name as keyof typeof BASEMAP_FILES].length / 1024)} KB`);
  }
}
