/**
 * Picking a user's own features (sync/user-layers.ts) under the pointer: which layer, which row, or
 * which cluster. The owner's pointer handlers (interaction.ts) ask here only where none of ours is.
 */
import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import { errorMessage } from '../../lib/error-message.ts';
import { userPickLayers, userSourceIds } from '../style/user-layer-ids.ts';
import type { UserFeaturePick } from './map-events.ts';
import { prefersReducedMotion, type MapSession } from './map-session.ts';

/** How far from a user's point or line the pointer still picks it, in CSS pixels (their lines are 2 px wide). */
export const USER_REACH = 4;

export interface UserHit {
  readonly pick: UserFeaturePick;
  /** The cluster under the pointer, when it is one (its click zooms in); `pick.featureId` is then NaN. */
  readonly cluster: MapGeoJSONFeature | null;
}

/** The topmost of the user's features or clusters within USER_REACH of `point` (MapLibre returns the topmost first), or null. */
export function userFeatureAt(session: Pick<MapSession, 'map' | 'userLayers'>, point: { x: number; y: number }): UserHit | null {
  const { map } = session;
  if (session.userLayers.size === 0) return null;
  const bySource = new Map<string, string>();
  const layers: string[] = [];
  for (const id of session.userLayers.keys()) {
    const sources = userSourceIds(id);
    bySource.set(sources.shapes, id).set(sources.points, id);
    layers.push(...userPickLayers(id).filter((layer) => map.getLayer(layer)));
  }
  const [top] = map.queryRenderedFeatures(
    [
      [point.x - USER_REACH, point.y - USER_REACH],
      [point.x + USER_REACH, point.y + USER_REACH],
    ],
    { layers },
  );
  const layerId = top ? bySource.get(top.source) : undefined;
  if (!top || layerId === undefined) return null;
  const cluster = top.properties['cluster'] === true ? top : null;
  // The row's id from the feature's properties: a clustered source drops a feature id of 0.
  const featureId = cluster ? Number.NaN : Number(top.properties['fid'] ?? Number.NaN);
  return { pick: { layerId, featureId, point: { x: point.x, y: point.y } }, cluster };
}

/**
 * Zooms to where a user's cluster breaks apart (the clustering says at which zoom: MapLibre's for a
 * GeoJSON source, the tiles' worker for a large layer's points).
 */
export function zoomIntoCluster(
  session: Pick<MapSession, 'map' | 'userLayers'>,
  { pick, cluster }: UserHit,
  onError: (message: string) => void,
): void {
  const { map } = session;
  if (!cluster || cluster.geometry.type !== 'Point') return;
  const id = Number(cluster.properties['cluster_id']);
  const tiles = session.userLayers.get(pick.layerId)?.tiles;
  const source = map.getSource<GeoJSONSource>(cluster.source);
  const zoom: Promise<number> | null = tiles
    ? import('../user-tiles/user-tiles.ts').then((module) => module.userClusterZoom(tiles, id))
    : (source?.getClusterExpansionZoom(id) ?? null);
  const [lng = 0, lat = 0] = cluster.geometry.coordinates;
  zoom?.then(
    (to) => map.easeTo({ center: [lng, lat], zoom: Math.min(to, map.getMaxZoom()), duration: prefersReducedMotion() ? 0 : 500 }),
    // The layer was removed or drawn again between the click and the answer.
    (error: unknown) => onError(`The cluster could not be opened: ${errorMessage(error)}`),
  );
}
