/**
 * Longitude helpers for geometry near ±180°.
 *
 * The stored dataset follows RFC 7946 (longitudes in [-180, 180], lines split at the
 * antimeridian). Display sources instead keep lines continuous by "unwrapping"
 * longitudes past ±180 (179 → 181); MapLibre wraps such geometry into world copies.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Makes consecutive longitudes differ by at most 180°, shifting by ±360 where they jump. */
export function unwrapLongitudes(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of line) {
    let x = lon + offset;
    if (previous !== undefined) {
      while (x - previous > 180) {
        offset -= 360;
        x -= 360;
      }
      while (previous - x > 180) {
        offset += 360;
        x += 360;
      }
    }
    out.push([x, lat]);
    previous = x;
  }
  return out;
}

/**
 * Repairs a polygon ring that jumps across ±180° (world-atlas Fiji and Russia do),
 * which would otherwise paint a line across the whole map. A ring that goes right
 * round the globe (Antarctica) cannot be unwrapped into a closed ring and is kept:
 * its jump runs along the pole, outside Web Mercator's range.
 */
export function repairRing(ring: readonly Position[]): Position[] {
  const unwrapped = unwrapLongitudes(ring);
  const first = unwrapped[0];
  const last = unwrapped[unwrapped.length - 1];
  if (first && last && Math.abs((first[0] ?? 0) - (last[0] ?? 0)) > 180) return ring.map((p) => [...p]);
  return unwrapped;
}

/** Repairs every ring of a polygon or multipolygon (see `repairRing`). */
export function repairPolygons(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(repairRing) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => rings.map(repairRing)) };
}

/** Does this ring need repair? True when two consecutive vertices are more than 180° apart. */
export function ringJumps(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180) return true;
  }
  return false;
}

/** Wraps a longitude into [-180, 180]. */
export function wrapLongitude(lon: number): number {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}
