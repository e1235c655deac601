/**
 * `npm run build:regions`: writes src/data/country-regions.json, each ISO alpha-3 code's
 * region for the region facet, derived from the UN geoscheme regions and subregions
 * that the world-countries package maintains (no hand-typed country list).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { regionOfSubregion } from '../src/data/regions.ts';

export const REGIONS_PATH = 'src/data/country-regions.json';

interface WorldCountry {
  cca3: string;
  region: string;
  subregion?: string;
}

export function countryRegions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const entries: [string, string][] = [];
  for (const c of countries) {
    const region = regionOfSubregion(c.region, c.subregion ?? '');
    if (region) entries.push([c.cca3, region]);
  }
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const regions = countryRegions();
  writeFileSync(REGIONS_PATH, `${JSON.stringify(regions, null, 0).replace(/,"/g, ',\n"').replace('{', '{\n').replace(/}$/, '\n}')}\n`);
  console.log(`${REGIONS_PATH}: ${Object.keys(regions).length} countries`);
}
