/** Camera framing for an initiative, correct across the antimeridian. */
import { positionsOf, type Initiative } from '../data/initiative.ts';
import { nearestCopy } from './camera.ts';

type Bounds = [[number, number], [number, number]];

/**
 * Bounds to show an initiative, in the world copy nearest the current centre; null
 * when it is already fully in view. Longitudes are unwrapped (may pass ±180).
 */
export function frameFor(initiative: Initiative, centerLng: number, view: Bounds): Bounds | null {
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
  if (inView) return null;
  const pad = 0.5;
  return [
    [bounds[0][0] - pad, bounds[0][1] - pad],
    [bounds[1][0] + pad, bounds[1][1] + pad],
  ];
}
