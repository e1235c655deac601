/** The pointer on the map: hover marks and tooltips, clicks that select, pick among several, or zoom into merged badges. */
import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { idsOf } from '../style/drawn.ts';
import { INTERACTIVE_LAYERS, LAYERS } from '../style/layers.ts';
import { prefersReducedMotion, type MapSession } from './map-session.ts';
import type { ClusterPick, MapHover, UserFeaturePick } from './map-events.ts';
import { setMark } from '../sync/highlight.ts';
import { MERGE_MAX_ZOOM } from '../sync/initiatives.ts';
import { setRegionPointer } from '../sync/regions.ts';
import { userFeatureAt, zoomIntoCluster } from './user-picking.ts';

export interface InteractionCallbacks {
  onSelect(id: string): void;
  onHover(hover: MapHover | null): void;
  onClusterPick(pick: ClusterPick): void;
  /**
   * A user's feature under the pointer, reported only where none of ours is (ours keep priority):
   * on hover with each move over it and null once when the pointer leaves it; on click, or null for
   * a click on nothing. A click on a user's cluster zooms in and reports nothing.
   */
  onUserFeature?: ((pick: UserFeaturePick | null, kind: 'hover' | 'click') => void) | undefined;
  onError(message: string): void;
}

/** Attaches the pointer handlers; `callbacks` is read at each event, so it may change. */
export function attachInteraction(session: MapSession, callbacks: () => InteractionCallbacks): void {
  const { map } = session;
  let hoveredId: string | null = null;
  let userHovered = false;
  const hoverUser = (pick: UserFeaturePick | null) => {
    if (pick) callbacks().onUserFeature?.(pick, 'hover');
    else if (userHovered) callbacks().onUserFeature?.(null, 'hover');
    userHovered = pick !== null;
  };
  map.on('mousemove', (event) => {
    const top = topFeature(map, event.point);
    const user = top ? null : userFeatureAt(session, event.point);
    hoverUser(user && !user.cluster ? user.pick : null);
    const ids = top ? idsOf(top) : [];
    const id = ids.length === 1 ? (ids[0] ?? null) : null;
    map.getCanvas().style.cursor = top || user ? 'pointer' : '';
    if (id !== hoveredId) setMark(session, 'hover', id ?? '');
    hoveredId = id;
    setRegionPointer(session, top?.properties['members']);
    const merged = top?.properties['cluster'] === 1;
    callbacks().onHover(ids.length > 0 ? { ids, merged, x: event.point.x, y: event.point.y } : null);
  });
  map.getCanvas().addEventListener('mouseleave', () => {
    hoveredId = null;
    if (session.removed) return;
    setMark(session, 'hover', '');
    setRegionPointer(session, null);
    callbacks().onHover(null);
    hoverUser(null);
  });
  map.on('click', (event) => {
    const top = topFeature(map, event.point);
    if (!top) {
      const user = userFeatureAt(session, event.point);
      if (user?.cluster) zoomIntoCluster(session, user, (message) => callbacks().onError(message));
      else callbacks().onUserFeature?.(user?.pick ?? null, 'click');
      return;
    }
    const ids = top ? idsOf(top) : [];
    const expand = Number(top?.properties['expand'] ?? -1);
    if (top?.properties['cluster'] === 1 && expand > map.getZoom() && expand <= MERGE_MAX_ZOOM + 1 && top.geometry.type === 'Point') {
      const [lng = 0, lat = 0] = top.geometry.coordinates;
      map.easeTo({ center: [lng, lat], zoom: expand + 0.2, duration: prefersReducedMotion() ? 0 : 500 });
    } else if (ids.length === 1 && ids[0]) callbacks().onSelect(ids[0]);
    else if (ids.length > 1) callbacks().onClusterPick({ ids, x: event.point.x, y: event.point.y });
  });
}

/** The feature under the pointer: a place or point within 3 px, else a route within ROUTE_REACH (routes are thin). */
function topFeature(map: MapLibreMap, point: { x: number; y: number }): MapGeoJSONFeature | undefined {
  const around = (reach: number): [[number, number], [number, number]] => [
    [point.x - reach, point.y - reach],
    [point.x + reach, point.y + reach],
  ];
  const shown = (f: MapGeoJSONFeature) => f.properties['fade'] !== 'out';
  return (
    map.queryRenderedFeatures(around(3), { layers: INTERACTIVE_LAYERS.filter((id) => map.getLayer(id)) }).find(shown) ??
    map.queryRenderedFeatures(around(ROUTE_REACH), { layers: [LAYERS.routes] }).find(shown)
  );
}

/** How far from a route the pointer still picks it, in CSS pixels: half the 14 px band it once had as an invisible layer. */
const ROUTE_REACH = 7;
