/**
 * A large user layer's points as typed columns, each point drawn as userLayerData draws it (its
 * row's id, colour and radius). This module loads with the first large layer (user-tiles.ts).
 */
import type { Geometry } from 'geojson';
import type { UserLayerLook } from '../../user-data/style.ts';
import { USER_NEUTRAL } from '../../user-data/style.ts';
import { nextTask } from '../../lib/next-task.ts';
import { pointOf } from '../../user-data/feature-columns.ts';
import type { UserFeature } from '../../user-data/types.ts';
import { pointCount, rowLook } from '../style/user-layer-data.ts';

/**
 * A large layer's points as columns, for its tiles' worker (user-tiles.worker.ts): typed arrays are handed
 * over whole, where 100,000 GeoJSON points were copied on the page's main thread for ~450 ms.
 * `colour` indexes `palette`.
 */
export interface PointColumns {
  readonly count: number;
  /** Longitude, latitude of each point, in turn. */
  readonly lonLat: Float64Array;
  readonly fid: Float64Array;
  readonly colour: Uint8Array;
  readonly palette: readonly string[];
  readonly r: Float32Array;
}

/** Rows looked at per task: their colours and sizes read from 100,000 rows held the page for 94 ms in one task here. */
export const ROWS_PER_TASK = 10_000;

/** Built ROWS_PER_TASK rows a task (`between` waits between them), so no task of the page's grows with the layer. */
export async function userPointColumns(
  features: readonly UserFeature[],
  look: UserLayerLook,
  { rowsPerTask = ROWS_PER_TASK, between = nextTask }: { rowsPerTask?: number; between?: () => Promise<void> } = {},
): Promise<PointColumns> {
  const lookOf = rowLook(look);
  const count = pointCount(features);
  const columns = {
    count,
    lonLat: new Float64Array(count * 2),
    fid: new Float64Array(count),
    colour: new Uint8Array(count),
    palette: [USER_NEUTRAL, ...(look.colour?.values.map((v) => v.colour) ?? [])],
    r: new Float32Array(count),
  };
  const paletteIndex = new Map(columns.palette.map((colour, i) => [colour, i]));
  let i = 0;
  const put = (lon: number, lat: number, fid: number, colour: number, r: number): void => {
    columns.lonLat[2 * i] = lon;
    columns.lonLat[2 * i + 1] = lat;
    columns.fid[i] = fid;
    columns.colour[i] = colour;
    columns.r[i] = r;
    i++;
  };
  const add = (geometry: Geometry, fid: number, colour: number, r: number): void => {
    const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'MultiPoint' ? geometry.coordinates : [];
    for (const [lon = 0, lat = 0] of positions) put(lon, lat, fid, colour, r);
    if (geometry.type === 'GeometryCollection') for (const part of geometry.geometries) add(part, fid, colour, r);
  };
  for (let row = 0; row < features.length; row++) {
    if (row > 0 && row % rowsPerTask === 0) await between();
    const feature = features[row]!;
    const { colour, r } = lookOf(feature);
    const colourIndex = paletteIndex.get(colour) ?? 0;
    // A point is read as two numbers: a large layer's rows are views of columns (feature-columns.ts).
    const point = pointOf(feature);
    if (point) put(point[0], point[1], feature.id, colourIndex, r);
    else add(feature.geometry, feature.id, colourIndex, r);
  }
  return columns;
}
