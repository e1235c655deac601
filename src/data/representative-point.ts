/**
 * Where to put a country's point or label: the pole of inaccessibility (polylabel) of
 * its largest polygon, which always lies well inside it, even for archipelagos and
 * crescent-shaped countries where the centroid falls in the sea.
 */
import type { Position } from 'geojson';
import polylabel from 'polylabel';
import { wrapLongitude } from './antimeridian.ts';

export interface RepresentativePoint {
  /** [longitude, latitude], longitude wrapped into [-180, 180]. */
  readonly position: [number, number];
  /** Total area of all polygons, in cos(latitude)-scaled square degrees. */
  readonly area: number;
}

/** `polygons`: each a list of rings, outer ring first. `precision` in degrees. */
export function representativePoint(polygons: readonly Position[][][], precision: number): RepresentativePoint | null {
  let largest: Position[][] | undefined;
  let largestArea = -1;
  let total = 0;
  for (const rings of polygons) {
    const area = ringArea(rings[0] ?? []);
    total += area;
    if (area > largestArea) {
      largest = rings;
      largestArea = area;
    }
  }
  if (!largest) return null;
  const [x = 0, y = 0] = polylabel(largest as [number, number][][], precision);
  return { position: [wrapLongitude(x), y], area: total };
}

/** Planar ring area in square degrees, scaled by cos(latitude) so high latitudes do not dominate. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += (x0 * y1 - x1 * y0) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  }
  return Math.abs(sum / 2);
}
