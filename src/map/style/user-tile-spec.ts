/**
 * Where a large user layer's points come from: vector tiles cut in a worker of their own
 * (map/user-tiles/), asked for as `foip-user://<key>/{z}/{x}/{y}` (start-map.ts registers the
 * protocol), in one tile layer.
 */
export const USER_TILE_PROTOCOL = 'foip-user';
export const POINT_TILE_LAYER = 'points';
/** MapLibre's own tile extent: positions as precise as a GeoJSON source's. */
export const POINT_TILE_EXTENT = 8192;
/** Tiles are cut up to this zoom and drawn larger beyond it. */
export const POINT_TILE_MAXZOOM = 16;

export function userPointTilesUrl(key: string): string {
  return `${USER_TILE_PROTOCOL}://${encodeURIComponent(key)}/{z}/{x}/{y}`;
}
