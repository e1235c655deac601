/**
 * A user's layer as the map's two sources hold it: its points (clustered when there are many) and its
 * lines and polygons. Each feature carries only what drawing and picking need — its row's id
 * (`fid`), its colour and, for points, its radius — never the row's fields: MapLibre copies every
 * property into its worker and keeps it in every tile, and the row is looked up by id when it is
 * hovered or clicked. A change of style therefore sends the data again (sync/user-layers.ts).
 *
 * Lines and rings are unwrapped at ±180° (Fiji → Samoa runs 178° → 188°, not back across the
 * world), as our own routes are (data/antimeridian.ts); heights are dropped.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point, Polygon, Position } from 'geojson';
import { repairRing, unwrapLongitudes } from '../../data/antimeridian.ts';
import { categoryKey, numericValue, sizeFor, USER_NEUTRAL, USER_POINT_RADIUS, type UserLayerLook } from '../../user-data/style.ts';
import { isPoint, propertyOf } from '../../user-data/feature-columns.ts';
import type { UserFeature } from '../../user-data/types.ts';

/** Above this many points a layer's points are clustered. */
export const CLUSTER_ABOVE = 2000;

export interface UserDrawnProperties {
  /** The user's feature id (UserFeature.id): what picking reports. */
  readonly fid: number;
  readonly colour: string;
  /** Points only: the radius in CSS pixels. */
  readonly r?: number;
}

export interface UserLayerData {
  readonly points: FeatureCollection<Point, UserDrawnProperties>;
  readonly shapes: FeatureCollection<LineString | Polygon, UserDrawnProperties>;
  /** More than CLUSTER_ABOVE points: the points' source clusters them. */
  readonly clustered: boolean;
}

/** What a row is drawn with: its colour (#rrggbb) and its points' radius. */
export function rowLook(look: UserLayerLook): (feature: UserFeature) => { colour: string; r: number } {
  const colours = new Map(look.colour?.values.map(({ value, colour }) => [value, colour]));
  const { colour: colourBy, size: sizeBy } = look;
  return (feature) => {
    const key = colourBy ? categoryKey(propertyOf(feature, colourBy.column)) : null;
    return {
      colour: (key !== null && colours.get(key)) || USER_NEUTRAL,
      r: sizeBy ? sizeFor(numericValue(propertyOf(feature, sizeBy.column)), sizeBy) : USER_POINT_RADIUS,
    };
  };
}

/** With `points: false`, its points are left out (a large layer's go to its tiles' worker as columns: userPointColumns). */
export function userLayerData(features: readonly UserFeature[], look: UserLayerLook, { points = true } = {}): UserLayerData {
  const lookOf = rowLook(look);
  const drawn: Drawn = { points: [], shapes: [], withPoints: points };
  // One loop: a 100,000-row file is built on the page's main thread.
  for (const feature of features) {
    // A large layer's points are drawn from its tiles: skipped without building them.
    if (!points && isPoint(feature)) continue;
    const { colour, r } = lookOf(feature);
    addGeometry(drawn, feature.geometry, feature.id, colour, r);
  }
  // Each part its own id, unique in its source (a multi-point's parts share their row's `fid`): MapLibre takes a
  // large collection in parts as diffs keyed by id (sync/feed-source.ts).
  drawn.points.forEach((f, i) => (f.id = i));
  drawn.shapes.forEach((f, i) => (f.id = i));
  return {
    points: { type: 'FeatureCollection', features: drawn.points },
    shapes: { type: 'FeatureCollection', features: drawn.shapes },
    clustered: drawn.points.length > CLUSTER_ABOVE,
  };
}

/** How many points a layer draws (a multi-point's parts each), without building them: whether its points are clustered. */
export function pointCount(features: readonly UserFeature[]): number {
  let n = 0;
  const count = (geometry: Geometry): void => {
    if (geometry.type === 'Point') n++;
    else if (geometry.type === 'MultiPoint') n += geometry.coordinates.length;
    else if (geometry.type === 'GeometryCollection') geometry.geometries.forEach(count);
  };
  for (const feature of features) {
    if (isPoint(feature)) n++;
    else count(feature.geometry);
  }
  return n;
}

interface Drawn {
  readonly points: Feature<Point, UserDrawnProperties>[];
  readonly shapes: Feature<LineString | Polygon, UserDrawnProperties>[];
  readonly withPoints: boolean;
}

function addGeometry(drawn: Drawn, geometry: Geometry, fid: number, colour: string, r: number): void {
  switch (geometry.type) {
    case 'Point':
      if (drawn.withPoints) drawn.points.push(point(geometry.coordinates, fid, colour, r));
      return;
    case 'MultiPoint':
      if (drawn.withPoints) for (const position of geometry.coordinates) drawn.points.push(point(position, fid, colour, r));
      return;
    case 'LineString':
      drawn.shapes.push(line(geometry.coordinates, fid, colour));
      return;
    case 'MultiLineString':
      for (const part of geometry.coordinates) drawn.shapes.push(line(part, fid, colour));
      return;
    case 'Polygon':
      drawn.shapes.push(polygon(geometry.coordinates, fid, colour));
      return;
    case 'MultiPolygon':
      for (const part of geometry.coordinates) drawn.shapes.push(polygon(part, fid, colour));
      return;
    case 'GeometryCollection':
      for (const part of geometry.geometries) addGeometry(drawn, part, fid, colour, r);
      return;
  }
}

function point([lon = 0, lat = 0]: Position, fid: number, colour: string, r: number): Feature<Point, UserDrawnProperties> {
  return { type: 'Feature', id: 0, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { fid, colour, r } };
}

function line(positions: readonly Position[], fid: number, colour: string): Feature<LineString, UserDrawnProperties> {
  return {
    type: 'Feature',
    id: 0,
    geometry: { type: 'LineString', coordinates: unwrapLongitudes(positions) },
    properties: { fid, colour },
  };
}

function polygon(rings: readonly (readonly Position[])[], fid: number, colour: string): Feature<Polygon, UserDrawnProperties> {
  return { type: 'Feature', id: 0, geometry: { type: 'Polygon', coordinates: rings.map(repairRing) }, properties: { fid, colour } };
}
