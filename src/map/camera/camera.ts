/**
 * The opening frame: the Indo-Pacific centred over the Pacific, from Europe's and Africa's
 * initiatives to Chile's, with longitudes unwrapped past 180° so the frame does not jump
 * across the date line. A test keeps every initiative's point inside it.
 */
import type { View } from '../../state/app-state.ts';
import { wrapLongitude } from '../../data/antimeridian.ts';

/** [[west, south], [east, north]]; east is past 180 (Chile at -69° is 291°). */
export const INDO_PACIFIC_BOUNDS: [[number, number], [number, number]] = [
  [0, -40],
  [293, 52],
];

/** Room around the opening frame, in CSS pixels: half the largest badge, so none is cut by the map's edge. */
export const OPENING_PADDING = 28;

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
