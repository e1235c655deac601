/** Camera framing for an initiative, correct across the antimeridian. */
import type { Initiative } from '../../data/initiative.ts';
import { selectionBounds } from './fit.ts';

type Bounds = [[number, number], [number, number]];

/** Below this zoom a site or a route is too small to read, so selecting it zooms in. */
export const CLOSE_LOOK_ZOOM = 3;

/**
 * Bounds to show an initiative, in the world copy nearest the current centre; null
 * when it is already fully in view (and, for sites and routes, large enough to read).
 * Longitudes are unwrapped (may pass ±180).
 */
export function frameFor(initiative: Initiative, centerLng: number, view: Bounds, zoom = Infinity): Bounds | null {
  const bounds = selectionBounds([initiative], centerLng);
  if (!bounds) return null;
  const [[west, south], [east, north]] = view;
  const inView = bounds[0][0] >= west && bounds[1][0] <= east && bounds[0][1] >= south && bounds[1][1] <= north;
  const { geometry, properties } = initiative;
  const wantsCloseLook = geometry.type === 'LineString' || geometry.type === 'MultiLineString' || properties.precision <= 4;
  if (inView && !(wantsCloseLook && zoom < CLOSE_LOOK_ZOOM)) return null;
  const pad = 0.5;
  return [
    [bounds[0][0] - pad, bounds[0][1] - pad],
    [bounds[1][0] + pad, bounds[1][1] + pad],
  ];
}
