/** Framing the matching initiatives, correct across the antimeridian. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsOf } from '../../data/bounds.ts';
import { positionsOf, type Initiative } from '../../data/initiative.ts';
import { INDO_PACIFIC_BOUNDS, nearestCopy } from './camera.ts';

/** Bounds of every position of the initiatives, moved to the world copy nearest `centerLng`. */
export function selectionBounds(initiatives: readonly Initiative[], centerLng: number): [[number, number], [number, number]] | null {
  const bounds = boundsOf(initiatives.flatMap((i) => positionsOf(i.geometry)));
  if (!bounds) return null;
  const [[west, south], [east, north]] = bounds;
  const shift = nearestCopy((west + east) / 2, centerLng) - (west + east) / 2;
  return [
    [west + shift, south],
    [east + shift, north],
  ];
}

/**
 * What fitting frames: the initiatives' bounds near `centerLng`, or the Indo-Pacific when
 * `everything` is true; a single place gets a little room around it rather than the deepest zoom.
 */
export function fitTarget(
  initiatives: readonly Initiative[],
  everything: boolean,
  centerLng: number,
): [[number, number], [number, number]] | null {
  const bounds = everything ? INDO_PACIFIC_BOUNDS : selectionBounds(initiatives, centerLng);
  if (!bounds) return null;
  const [[w, s], [e, n]] = bounds;
  const pad = Math.max(0, 4 - Math.max(e - w, n - s)) / 2;
  return [
    [w - pad, s - pad],
    [e + pad, n + pad],
  ];
}

/** Deepest zoom a fit goes to. */
export const FIT_MAX_ZOOM = 5;

/** Fits the map to the initiatives, or to the Indo-Pacific when `everything` is true. */
export function fitSelection(
  map: MapLibreMap,
  initiatives: readonly Initiative[],
  everything: boolean,
  rightInset: number,
  animate: boolean,
): void {
  const padding = { top: 50, bottom: 50, left: 50, right: 50 + rightInset };
  const target = fitTarget(initiatives, everything, map.getCenter().lng);
  if (!target) return;
  map.fitBounds(target, { padding, maxZoom: FIT_MAX_ZOOM, duration: animate ? 800 : 0 });
}
