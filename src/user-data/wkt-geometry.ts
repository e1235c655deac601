/**
 * A WKT cell to a 2-D WGS84 geometry, with betterknown: "POINT (139.7 35.6)", any type, "SRID=4326;"
 * or Web Mercator's "SRID=3857;" (converted here). Heights and measures (Z, M) are dropped and said;
 * a coordinate that is not a number or is out of range after conversion is a problem, named.
 */
import { wktToGeoJSON } from 'betterknown';
import type { Geometry, Position } from 'geojson';
import type { CoordinateUnits } from './types';
import { mercatorToLatitude, mercatorToLongitude } from './web-mercator';

export type WktProblem = 'unreadable' | 'empty' | 'srid' | 'not-a-number' | 'out-of-range';

export type WktResult =
  | {
      readonly geometry: Geometry;
      /** Heights or measures were dropped. */
      readonly dropped3d: boolean;
      /** Converted from Web Mercator metres (the units asked for, or the cell's own SRID). */
      readonly fromMercator: boolean;
      readonly problem: null;
    }
  | { readonly geometry: null; readonly problem: WktProblem; /** The SRID or the position at fault. */ readonly detail: string };

const SRID = /^\s*SRID\s*=\s*(\d+)\s*;/i;
/** Web Mercator's codes, the current one and its older aliases. */
const MERCATOR_SRIDS = new Set(['3857', '900913', '102100', '102113', '3785']);

class PositionProblem extends Error {
  constructor(
    readonly problem: 'not-a-number' | 'out-of-range',
    readonly detail: string,
  ) {
    super(problem);
  }
}

/** `swap` reads each position's first number as the latitude (the user's choice, for files written y x). */
export function readWkt(text: string, units: CoordinateUnits, swap = false): WktResult {
  let wkt = text;
  let from = units;
  const srid = SRID.exec(wkt);
  if (srid) {
    const code = srid[1]!;
    if (MERCATOR_SRIDS.has(code)) from = 'web-mercator';
    else if (code !== '4326') return { geometry: null, problem: 'srid', detail: code };
    wkt = wkt.slice(srid[0].length);
  }
  let parsed: Geometry | null;
  try {
    parsed = wktToGeoJSON(wkt);
  } catch (error) {
    if (error instanceof Error) return { geometry: null, problem: 'unreadable', detail: error.message };
    throw error;
  }
  if (parsed === null) return { geometry: null, problem: 'empty', detail: '' };
  const state = { dropped3d: false };
  const position = (p: Position): Position => {
    const [a, b] = swap ? [p[1], p[0]] : p;
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) {
      throw new PositionProblem('not-a-number', p.join(' '));
    }
    if (p.length > 2) state.dropped3d = true;
    const lon = from === 'web-mercator' ? mercatorToLongitude(a) : a;
    const lat = from === 'web-mercator' ? mercatorToLatitude(b) : b;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) throw new PositionProblem('out-of-range', `${a} ${b}`);
    return [lon, lat];
  };
  try {
    return { geometry: mapPositions(parsed, position), dropped3d: state.dropped3d, fromMercator: from === 'web-mercator', problem: null };
  } catch (error) {
    if (error instanceof PositionProblem) return { geometry: null, problem: error.problem, detail: error.detail };
    throw error;
  }
}

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(f) };
    case 'LineString':
      return { type: 'LineString', coordinates: g.coordinates.map(f) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(f)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((c) => mapPositions(c, f)) };
  }
}

/** The first position of a geometry, as written (no conversion): what detection samples. */
export function firstPosition(g: Geometry): Position | null {
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates[0] ?? null;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates[0]?.[0] ?? null;
    case 'MultiPolygon':
      return g.coordinates[0]?.[0]?.[0] ?? null;
    case 'GeometryCollection':
      for (const c of g.geometries) {
        const p = firstPosition(c);
        if (p) return p;
      }
      return null;
  }
}
