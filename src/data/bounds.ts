/**
 * The smallest longitude/latitude box around a set of positions, allowing it to cross
 * the antimeridian: Fiji (178°) and Tonga (-175°) give a 7° box, not a 353° one.
 * Returned with unwrapped longitudes (east may pass 180°), as MapLibre's fitBounds wants.
 */
import type { Position } from 'geojson';

export type Bounds = [[number, number], [number, number]];

export function boundsOf(positions: readonly Position[]): Bounds | null {
  if (positions.length === 0) return null;
  const lngs = [...new Set(positions.map(([lng = 0]) => (((lng % 360) + 540) % 360) - 180))].sort((a, b) => a - b);
  const lats = positions.map(([, lat = 0]) => lat);
  // The widest gap between consecutive longitudes (wrapping round) is what the box leaves out.
  let gapStart = lngs[lngs.length - 1]!;
  let gapEnd = lngs[0]! + 360;
  for (let i = 1; i < lngs.length; i++) {
    if (lngs[i]! - lngs[i - 1]! > gapEnd - gapStart) {
      gapStart = lngs[i - 1]!;
      gapEnd = lngs[i]!;
    }
  }
  const west = gapEnd > 180 ? gapEnd - 360 : gapEnd;
  let east = gapStart;
  if (east < west) east += 360;
  return [
    [west, Math.min(...lats)],
    [east, Math.max(...lats)],
  ];
}
