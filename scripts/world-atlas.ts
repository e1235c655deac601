/** Loads world-atlas country polygons in Node, for the scripts. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { countryShapesFromTopology, type CountryShapes } from '../src/data/country-shapes.ts';

const require = createRequire(import.meta.url);

export function loadTopology(scale: '10m' | '50m'): Topology {
  const path = require.resolve(`world-atlas/countries-${scale}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

/** 1:10m shapes: the 1:50m set lacks Tuvalu and draws small islands too coarsely for checks. */
export function loadCountryShapes(): CountryShapes {
  return countryShapesFromTopology(loadTopology('10m'));
}
