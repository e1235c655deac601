/**
 * The opening frame: the Indo-Pacific centred over the Pacific, from Africa's east
 * coast to Chile, with longitudes unwrapped past 180° so the frame does not jump
 * across the date line.
 */
import type { View } from '../../state/app-state.ts';
import { wrapLongitude } from '../../data/antimeridian.ts';

/** [[west, south], [east, north]]; east is past 180 (Chile at -70° is 290°). */
export const INDO_PACIFIC_BOUNDS: [[number, number], [number, number]] = [
  [18, -40],
  [290, 47],
];

export function viewFromCamera(center: { lng: number; lat: number }, zoom: number): View {
  return { lng: round(wrapLongitude(center.lng), 3), lat: round(center.lat, 3), zoom: round(zoom, 2) };
}

/**
 * Longitude to fly to for a view, chosen among its world copies to be nearest the
 * current centre, so a move never spins the long way round the globe.
 */
export function nearestCopy(lng: number, currentLng: number): number {
  return lng + 360 * Math.round((currentLng - lng) / 360);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
