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

export function userLayerData(features: readonly UserFeature[], look: UserLayerLook): UserLayerData {
  const colours = new Map(look.colour?.values.map(({ value, colour }) => [value, colour]));
  const { colour: colourBy, size: sizeBy } = look;
  const points: Feature<Point, UserDrawnProperties>[] = [];
  const shapes: Feature<LineString | Polygon, UserDrawnProperties>[] = [];
  for (const feature of features) {
    const fid = feature.id;
    const key = colourBy ? categoryKey(feature.properties[colourBy.column]) : null;
    const colour = (key !== null && colours.get(key)) || USER_NEUTRAL;
    const r = sizeBy ? sizeFor(numericValue(feature.properties[sizeBy.column]), sizeBy) : USER_POINT_RADIUS;
    const point = (position: Position) =>
      points.push({ type: 'Feature', id: fid, geometry: { type: 'Point', coordinates: flat(position) }, properties: { fid, colour, r } });
    const line = (positions: readonly Position[]) =>
      shapes.push({
        type: 'Feature',
        id: fid,
        geometry: { type: 'LineString', coordinates: unwrapLongitudes(positions) },
        properties: { fid, colour },
      });
    const polygon = (rings: readonly (readonly Position[])[]) =>
      shapes.push({
        type: 'Feature',
        id: fid,
        geometry: { type: 'Polygon', coordinates: rings.map(repairRing) },
        properties: { fid, colour },
      });
    const add = (geometry: Geometry): void => {
      switch (geometry.type) {
        case 'Point':
          return void point(geometry.coordinates);
        case 'MultiPoint':
          return geometry.coordinates.forEach(point);
        case 'LineString':
          return void line(geometry.coordinates);
        case 'MultiLineString':
          return geometry.coordinates.forEach(line);
        case 'Polygon':
          return void polygon(geometry.coordinates);
        case 'MultiPolygon':
          return geometry.coordinates.forEach(polygon);
        case 'GeometryCollection':
          return geometry.geometries.forEach(add);
      }
    };
    add(feature.geometry);
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    shapes: { type: 'FeatureCollection', features: shapes },
    clustered: points.length > CLUSTER_ABOVE,
  };
}

function flat([lon = 0, lat = 0]: Position): Position {
  return [lon, lat];
}
