/**
 * Geographic checks of a dataset against country polygons: every host country is
 * touched, no position lies outside the host countries, and coordinates are not
 * given as [latitude, longitude].
 */
import type { Position } from 'geojson';
import type { CountryShapes } from './country-shapes.ts';
import { positionsOf, type Initiative } from './initiative.ts';
import type { DataIssue } from './validate.ts';

/** How far outside a country's polygon a position may lie: ports, coasts and 1:10m generalisation. */
export const DEFAULT_TOLERANCE_KM = 50;

export function checkGeography(initiatives: readonly Initiative[], shapes: CountryShapes, toleranceKm = DEFAULT_TOLERANCE_KM): DataIssue[] {
  return initiatives.flatMap((initiative) => checkInitiative(initiative, shapes, toleranceKm));
}

export function checkInitiative(initiative: Initiative, shapes: CountryShapes, toleranceKm = DEFAULT_TOLERANCE_KM): DataIssue[] {
  const { id, geometry, properties } = initiative;
  const positions = positionsOf(geometry);
  const issues: DataIssue[] = [];
  const known = properties.countries.filter((code) => {
    if (shapes.has(code)) return true;
    issues.push({
      feature: id,
      field: 'properties.countries',
      message: `expected a country with a polygon in world-atlas, but ${code} has none`,
    });
    return false;
  });
  if (known.length === 0) return issues;

  const near = (position: Position) => known.some((code) => shapes.isNear(code, position, toleranceKm));
  const touches = (list: readonly Position[], code: string) => list.some((p) => shapes.isNear(code, p, toleranceKm));
  const swapped = positions.map(([lon, lat]) => [lat, lon] as Position);

  const outside = positions.map((p, i) => [p, i] as const).filter(([p]) => !near(p));
  const untouched = known.filter((code) => !touches(positions, code));
  if (outside.length === 0 && untouched.length === 0) return issues;

  const swappedFits =
    swapped.every((p) => Math.abs(p[0] ?? 0) <= 180 && Math.abs(p[1] ?? 0) <= 90) &&
    swapped.every(near) &&
    known.every((code) => touches(swapped, code));
  if (swappedFits) {
    issues.push({
      feature: id,
      field: 'geometry.coordinates',
      message: 'expected [longitude, latitude]; the coordinates look swapped ([latitude, longitude] fits the host countries)',
    });
    return issues;
  }
  for (const [position, index] of outside) {
    issues.push({
      feature: id,
      field: `geometry.coordinates${positions.length > 1 ? ` (position ${index})` : ''}`,
      message: `expected a position in or within ${toleranceKm} km of a host country (${known.join(', ')}), but [${position.join(', ')}] is ${nearestText(position, known, shapes)}`,
    });
  }
  for (const code of untouched) {
    issues.push({
      feature: id,
      field: 'geometry',
      message: `expected the geometry to touch host country ${code}, but no position is within ${toleranceKm} km of it`,
    });
  }
  return issues;
}

function nearestText(position: Position, codes: readonly string[], shapes: CountryShapes): string {
  let best = Infinity;
  let bestCode = '';
  for (const code of codes) {
    const d = shapes.distanceKm(code, position) ?? Infinity;
    if (d < best) {
      best = d;
      bestCode = code;
    }
  }
  return Number.isFinite(best) ? `${Math.round(best)} km from ${bestCode}` : 'far from all of them';
}
