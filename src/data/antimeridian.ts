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

/**
 * Repairs a polygon or multipolygon for a flat map: every ring as `repairRing` does, and a polygon
 * that holds a pole (world-atlas Antarctica) drawn as one ring closed through that pole. world-atlas
 * gives Antarctica a ring along the pole itself, first, and the coast, going right round the globe,
 * after it; drawn flat, that filled only a band of longitudes and left the rest as an outline.
 */
export function repairPolygons(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: repairPolygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(repairPolygon) };
}

function repairPolygon(rings: readonly (readonly Position[])[]): Position[][] {
  const round = rings.find(goesRoundTheGlobe);
  if (!round) return rings.map(repairRing);
  // The ring round the globe becomes the outer ring; rings along the pole enclose nothing.
  return [closeThroughPole(round), ...rings.filter((ring) => ring !== round && !alongPole(ring)).map(repairRing)];
}

/** True when the ring, unwrapped, ends a whole turn away from where it starts: it circles a pole. */
function goesRoundTheGlobe(ring: readonly Position[]): boolean {
  const unwrapped = unwrapLongitudes(ring);
  const first = unwrapped[0]?.[0] ?? 0;
  const last = unwrapped[unwrapped.length - 1]?.[0] ?? 0;
  return Math.abs(first - last) > 180 && !alongPole(ring);
}

/** True when every vertex lies within 0.1° of a pole. */
function alongPole(ring: readonly Position[]): boolean {
  return ring.every(([, lat = 0]) => Math.abs(lat) >= 89.9);
}

/**
 * A ring that circles a pole, unwrapped (continuous longitudes over one whole turn) and closed
 * through that pole: down from its last vertex to the pole, along it back to the first vertex's
 * longitude, and up again. Web Mercator cuts it at ±85.05°, so the map fills land to its edge.
 */
function closeThroughPole(ring: readonly Position[]): Position[] {
  const unwrapped = unwrapLongitudes(ring);
  const first = unwrapped[0] ?? [0, 0];
  const last = unwrapped[unwrapped.length - 1] ?? [0, 0];
  const meanLat = unwrapped.reduce((sum, [, lat = 0]) => sum + lat, 0) / Math.max(1, unwrapped.length);
  const pole = meanLat < 0 ? -90 : 90;
  // Along the pole in steps of at most 90°, so no segment of the ring spans more than 180°.
  const from = last[0] ?? 0;
  const to = first[0] ?? 0;
  const steps = Math.max(1, Math.ceil(Math.abs(to - from) / 90));
  const along = Array.from({ length: steps + 1 }, (_, i): Position => [from + ((to - from) * i) / steps, pole]);
  return [...unwrapped, ...along, [...first]];
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
