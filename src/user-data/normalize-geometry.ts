/**
 * One GeoJSON geometry, checked and made drawable: positions to 2-D longitude/latitude (from Web
 * Mercator metres when the file is in them), unclosed polygon rings closed, lines and rings that
 * cross ±180° unwrapped so they are drawn the short way. What was changed is counted for the notes;
 * what cannot be drawn is a reason, in both languages.
 */
import type { Geometry, Position } from 'geojson';
import { repairRing, ringJumps, unwrapLongitudes } from '../data/antimeridian.ts';
import { bilingual } from './read-error.ts';
import type { Bilingual } from './types.ts';

/** What was done to the geometries, counted per feature, for the notes. */
export interface Repairs {
  heightsDropped: number;
  ringsClosed: number;
  unwrapped: number;
}

export type GeometryOutcome = { readonly geometry: Geometry } | { readonly reason: Bilingual };

const EARTH_RADIUS = 6378137;
const DEGREES = 180 / Math.PI;
/** Web Mercator's extent in metres: ±180° of longitude, and about ±85.06° of latitude (a square). */
export const MERCATOR_EXTENT = Math.PI * EARTH_RADIUS;

/** A reason a geometry cannot be drawn; thrown inside this module and caught at its one entry. */
class Unfit extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

interface Context {
  readonly mercator: boolean;
  /** Set while one feature is read, so each kind of repair counts a feature once. */
  z: boolean;
  closed: boolean;
  unwrapped: boolean;
}

/** Checks and converts one geometry (null → "no geometry"); counts its repairs into `repairs`. */
export function normalizeGeometry(geometry: unknown, mercator: boolean, repairs: Repairs): GeometryOutcome {
  if (geometry === null || geometry === undefined) return { reason: bilingual('no geometry', '位置情報（ジオメトリ）がありません') };
  const context: Context = { mercator, z: false, closed: false, unwrapped: false };
  try {
    const result = convert(geometry, context);
    if (context.z) repairs.heightsDropped++;
    if (context.closed) repairs.ringsClosed++;
    if (context.unwrapped) repairs.unwrapped++;
    return { geometry: result };
  } catch (error) {
    if (error instanceof Unfit) return { reason: error.reason };
    throw error;
  }
}

function convert(value: unknown, context: Context): Geometry {
  if (typeof value !== 'object' || value === null)
    throw new Unfit(bilingual('the geometry is not an object', 'ジオメトリがオブジェクトではありません'));
  const { type, coordinates, geometries } = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (type) {
    case 'Point':
      return { type, coordinates: position(coordinates, context) };
    case 'MultiPoint':
      return { type, coordinates: nonEmpty(list(coordinates)).map((p) => position(p, context)) };
    case 'LineString':
      return { type, coordinates: line(coordinates, context) };
    case 'MultiLineString':
      return { type, coordinates: nonEmpty(list(coordinates)).map((l) => line(l, context)) };
    case 'Polygon':
      return { type, coordinates: polygon(coordinates, context) };
    case 'MultiPolygon':
      return { type, coordinates: nonEmpty(list(coordinates)).map((p) => polygon(p, context)) };
    case 'GeometryCollection':
      return { type, geometries: nonEmpty(list(geometries)).map((g) => convert(g, context)) };
    default:
      throw new Unfit(
        bilingual(
          `unknown geometry type ${JSON.stringify(type) ?? 'undefined'}`,
          `不明なジオメトリの種類 ${JSON.stringify(type) ?? 'undefined'}`,
        ),
      );
  }
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Unfit(bilingual('coordinates are missing or not a list', '座標がないか、リストではありません'));
  return value;
}

function nonEmpty(value: unknown[]): unknown[] {
  if (value.length === 0) throw new Unfit(bilingual('the geometry is empty', 'ジオメトリが空です'));
  return value;
}

function position(value: unknown, context: Context): Position {
  if (!Array.isArray(value) || value.length < 2)
    throw new Unfit(bilingual('a position is not a pair of numbers', '座標が数値の組になっていません'));
  const [x, y] = value as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
    throw new Unfit(bilingual(`a position is not numbers: ${JSON.stringify(value)}`, `座標が数値ではありません: ${JSON.stringify(value)}`));
  if (value.length > 2) context.z = true;
  const lon = context.mercator ? (x / EARTH_RADIUS) * DEGREES : x;
  const lat = context.mercator ? (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) * DEGREES : y;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
    throw new Unfit(
      bilingual(`coordinates outside ±180° longitude / ±90° latitude: ${x}, ${y}`, `座標が経度 ±180°・緯度 ±90° の範囲外です: ${x}, ${y}`),
    );
  return [lon, lat];
}

function line(value: unknown, context: Context): Position[] {
  const positions = list(value).map((p) => position(p, context));
  if (positions.length < 2) throw new Unfit(bilingual('a line with fewer than 2 positions', '2 点未満の線があります'));
  if (!ringJumps(positions)) return positions;
  context.unwrapped = true;
  return unwrapLongitudes(positions);
}

function polygon(value: unknown, context: Context): Position[][] {
  return nonEmpty(list(value)).map((ringValue) => {
    const ring = list(ringValue).map((p) => position(p, context));
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
      ring.push([...first]);
      context.closed = true;
    }
    if (ring.length < 4)
      throw new Unfit(
        bilingual(
          `a polygon ring with ${ring.length} positions (at least 4 are needed, the last equal to the first)`,
          `座標が ${ring.length} 個しかない多角形の環があります（最初と同じ最後の点を含め 4 個以上が必要です）`,
        ),
      );
    if (!ringJumps(ring)) return ring;
    context.unwrapped = true;
    return repairRing(ring);
  });
}
