/** Camera framing for an initiative, correct across the antimeridian. */
import { positionsOf, type Initiative } from '../data/initiative.ts';
import { nearestCopy } from './camera.ts';

type Bounds = [[number, number], [number, number]];

/** Below this zoom a site or a route is too small to read, so selecting it zooms in. */
export const CLOSE_LOOK_ZOOM = 3;

/**
 * Bounds to show an initiative, in the world copy nearest the current centre; null
 * when it is already fully in view (and, for sites and routes, large enough to read).
 * Longitudes are unwrapped (may pass ±180).
 */
export function frameFor(initiative: Initiative, centerLng: number, view: Bounds, zoom = Infinity): Bounds | null {
  const positions = positionsOf(initiative.geometry);
  if (positions.length === 0) return null;
  // Unwrap every position towards the first, then move the set next to the centre.
  const first = positions[0]![0];
  const lngs = positions.map(([lng]) => nearestCopy(lng, first));
  const shift = nearestCopy(first, centerLng) - first;
  const xs = lngs.map((lng) => lng + shift);
  const ys = positions.map(([, lat]) => lat);
  const bounds: Bounds = [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
  const [[west, south], [east, north]] = view;
  const inView = xs.every((x) => x >= west && x <= east) && ys.every((y) => y >= south && y <= north);
  const { geometry, properties } = initiative;
  const wantsCloseLook = geometry.type === 'LineString' || geometry.type === 'MultiLineString' || properties.precision <= 4;
  if (inView && !(wantsCloseLook && zoom < CLOSE_LOOK_ZOOM)) return null;
  const pad = 0.5;
  return [
    [bounds[0][0] - pad, bounds[0][1] - pad],
    [bounds[1][0] + pad, bounds[1][1] + pad],
  ];
}
