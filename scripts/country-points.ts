/**
 * A representative point for each country: the pole of inaccessibility (polylabel) of
 * its largest polygon, so the point always lies well inside the country. Used for
 * country-level (precision 6) geometry.
 */
import type { Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { wrapLongitude } from '../src/data/antimeridian.ts';
import type { CountryShapes } from '../src/data/country-shapes.ts';

export function countryPoint(shapes: CountryShapes, code: string): Position {
  const polygons = shapes.polygons(code);
  const largest = polygons.reduce<Polygon | undefined>((best, p) => (!best || area(p) > area(best) ? p : best), undefined);
  if (!largest) throw new Error(`no polygon for country ${code}`);
  const [x = 0, y = 0] = polylabel(largest.coordinates as [number, number][][], 0.01);
  return [round(wrapLongitude(x)), round(y)];
}

function area(polygon: Polygon): number {
  const ring = polygon.coordinates[0] ?? [];
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += (x0 * y1 - x1 * y0) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  }
  return Math.abs(sum / 2);
}

/** Two decimals (about 1 km): a country-level point must not look more precise than it is. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
