/**
 * The hand-over from the 1:50m basemap to the 1:10m tiles: once the first site-zoom tile is in, the
 * coarse layers stop at DETAIL_ZOOM and the fine ones take over there (their zoom ranges, layers.ts);
 * until then the coarse layers stay on at every zoom. The app's map (sync/detail-basemap.ts) and the
 * benchmark's same-picture floor both hand over with this.
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { DETAIL_SWITCH, DETAIL_ZOOM, SOURCES } from '../style/layers.ts';

/** Hands over at the first tile of the detail source; `done` runs then. Returns a function that stops waiting. */
export function handOverAtFirstTile(map: MapLibreMap, done: () => void = () => undefined): () => void {
  const onData = (event: MapSourceDataEvent) => {
    if (event.sourceId !== SOURCES.detail || !event.tile) return;
    map.off('sourcedata', onData);
    for (const { coarse } of DETAIL_SWITCH) if (map.getLayer(coarse)) map.setLayerZoomRange(coarse, 0, DETAIL_ZOOM);
    done();
  };
  map.on('sourcedata', onData);
  return () => map.off('sourcedata', onData);
}
