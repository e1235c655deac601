/**
 * A large user layer's points as vector tiles, clustered as MapLibre clusters a GeoJSON source (the
 * same Supercluster, radius and zoom), for its tiles' worker (user-tiles.worker.ts). Indexed once,
 * off the page: fed to a GeoJSON source in parts, MapLibre tiled everything again for every part.
 * Each tile's features carry what the map's layers draw and pick by (style/user-layers.ts): the
 * row's `fid`, `colour` and `r`, or a cluster's `cluster`, `cluster_id` and `point_count`.
 */
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { GeoJSONVTTile } from '@maplibre/geojson-vt';
import type { Feature, Point } from 'geojson';
import Supercluster from 'supercluster';
import type { UserDrawnProperties } from '../style/user-layer-data.ts';
import type { PointColumns } from './point-columns.ts';
import { POINT_TILE_EXTENT, POINT_TILE_LAYER } from '../style/user-tile-spec.ts';

export interface PointTiles {
  /** The tile's bytes (a Mapbox vector tile with one layer, POINT_TILE_LAYER), or null where it holds nothing. */
  tile(z: number, x: number, y: number): Uint8Array | null;
  /** The zoom at which a cluster breaks apart. */
  expansionZoom(clusterId: number): number;
}

/** How MapLibre's GeoJSON source clusters (its `clusterRadius` is in pixels of a 512-pixel tile). */
export interface PointClustering {
  readonly clusterRadius: number;
  readonly clusterMaxZoom: number;
}

export function pointTiles(columns: PointColumns, { clusterRadius, clusterMaxZoom }: PointClustering): PointTiles {
  const index = new Supercluster<UserDrawnProperties>({
    radius: (clusterRadius * POINT_TILE_EXTENT) / 512,
    extent: POINT_TILE_EXTENT,
    maxZoom: clusterMaxZoom,
    // Every feature an id (its place in the columns), so the map's feature state works as on a GeoJSON source.
    generateId: true,
  });
  const features: Feature<Point, UserDrawnProperties>[] = new Array(columns.count);
  for (let i = 0; i < columns.count; i++)
    features[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [columns.lonLat[2 * i]!, columns.lonLat[2 * i + 1]!] },
      properties: { fid: columns.fid[i]!, colour: columns.palette[columns.colour[i]!] ?? columns.palette[0]!, r: columns.r[i]! },
    };
  index.load(features);
  return {
    tile(z, x, y) {
      const tile = index.getTile(z, x, y);
      if (!tile || tile.features.length === 0) return null;
      return fromGeojsonVt({ [POINT_TILE_LAYER]: tile as unknown as GeoJSONVTTile }, { version: 2, extent: POINT_TILE_EXTENT });
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
  };
}
