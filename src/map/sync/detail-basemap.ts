/**
 * Site-level detail: from DETAIL_ZOOM on, land, coasts, borders and the choropleth are drawn from
 * the 1:10m shapes (src/data/detail-shapes.ts, made at build time). They are loaded once, when the
 * camera first comes near (DETAIL_LOAD_ZOOM): only then is the module with their URL imported and the
 * URL given to the source, so MapLibre's worker fetches and parses the file, not the page's main
 * thread. Once they are in, the 1:50m layers stop at DETAIL_ZOOM and the layers' zoom ranges
 * (layers.ts) switch between the two sets with no further work here.
 */
import type { ErrorEvent, GeoJSONSource, MapSourceDataEvent, Map as MapLibreMap } from 'maplibre-gl';
import { errorMessage } from '../../lib/error-message.ts';
import { DETAIL_SWITCH, DETAIL_ZOOM, SOURCES } from '../layers.ts';
import { touch, type MapSession } from '../map-session.ts';

export interface DetailInput {
  /** The camera is at or beyond DETAIL_LOAD_ZOOM (use-map-owner.ts reports the crossings). */
  readonly near: boolean;
}

/** 'load': the camera has come near; load the 1:10m shapes unless this map already has them. */
export type DetailDiff = 'load';

export function diffDetail(prev: DetailInput | null, next: DetailInput): DetailDiff | null {
  return next.near && !prev?.near ? 'load' : null;
}

/** Maps whose 1:10m shapes are loaded or loading: each map loads them once. */
const requested = new WeakSet<MapLibreMap>();

export function applyDetail(session: MapSession, _diff: DetailDiff): void {
  const { map } = session;
  if (requested.has(map)) return;
  requested.add(map);
  touch(session);
  session.loading += 1;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    session.loading -= 1;
    map.off('sourcedata', onData);
    map.off('error', onError);
    // Whoever waits for the map to be idle is woken by the frame this asks for.
    if (!session.removed) map.triggerRepaint();
  };
  const onData = (event: MapSourceDataEvent) => {
    if (event.sourceId !== SOURCES.detail || event.sourceDataType !== 'metadata') return;
    for (const { coarse } of DETAIL_SWITCH) if (map.getLayer(coarse)) map.setLayerZoomRange(coarse, 0, DETAIL_ZOOM);
    touch(session);
    finish();
  };
  // The owner reports the error itself (use-map-owner.ts); here the load only stops counting as running.
  const onError = (event: ErrorEvent & { sourceId?: string }) => {
    if (event.sourceId === SOURCES.detail) {
      requested.delete(map);
      finish();
    }
  };
  map.on('sourcedata', onData);
  map.on('error', onError);
  import('../detail-asset.ts').then(
    ({ DETAIL_BASEMAP_URL }) => {
      if (session.removed) return finish();
      map.getSource<GeoJSONSource>(SOURCES.detail)?.setData(DETAIL_BASEMAP_URL);
    },
    (error: unknown) => {
      requested.delete(map);
      finish();
      if (!session.removed) map.fire('error', { error: new Error(`The detailed coastlines could not be loaded (${errorMessage(error)}).`) });
    },
  );
}

export const detailBasemapSync = { diff: diffDetail, apply: applyDetail };
