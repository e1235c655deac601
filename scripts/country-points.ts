/**
 * The point for a country-level (precision 6) initiative: the representative point of
 * the country's 1:10m polygons, rounded to 0.01° (about 1 km) so that it never looks
 * more precise than it is.
 */
import type { Position } from 'geojson';
import type { CountryShapes } from '../src/data/country-shapes.ts';
import { representativePoint } from '../src/data/representative-point.ts';

export function countryPoint(shapes: CountryShapes, code: string): Position {
  const point = representativePoint(
    shapes.polygons(code).map((p) => p.coordinates),
    0.01,
  );
  if (!point) throw new Error(`no polygon for country ${code}`);
  return point.position.map((v) => Math.round(v * 100) / 100);
}
