/**
 * The map drawn at an exact pixel size for a picture or a video: its container is moved off-screen
 * and sized to a slide-like CSS size with the pixel ratio raised (picture/export-sizes.ts), the map
 * is read only once it is idle (never blank: the context keeps its drawing buffer), then put back.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapSnapshot } from '../../picture/compose.ts';
import { overlayClearance, renderPlan, type ExportSize } from '../../picture/export-sizes.ts';

function idle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

export interface Offscreen {
  /** Room in CSS pixels kept clear of the title box above and the legend and footer below. */
  readonly padding: { top: number; bottom: number; left: number; right: number };
  /** Puts the map back where it was: its container, pixel ratio and camera. */
  restore(): void;
}

/**
 * Moves the map off-screen and renders it at exactly `size` device pixels (see `renderPlan`), for an
 * image or the frames of a video. The caller waits for the map to draw, reads it, then calls `restore`.
 */
export function renderOffscreen(map: MapLibreMap, size: ExportSize): Offscreen {
  const { cssWidth, cssHeight, ratio } = renderPlan(size);
  const container = map.getContainer();
  const saved = { style: container.getAttribute('style'), ratio: map.getPixelRatio(), center: map.getCenter(), zoom: map.getZoom() };
  container.setAttribute('style', `position:fixed;left:-${cssWidth + 100}px;top:0;width:${cssWidth}px;height:${cssHeight}px;`);
  map.setPixelRatio(ratio);
  map.resize();
  return {
    padding: overlayClearance(cssWidth, cssHeight),
    restore() {
      if (saved.style === null) container.removeAttribute('style');
      else container.setAttribute('style', saved.style);
      map.setPixelRatio(saved.ratio);
      map.resize();
      map.jumpTo({ center: saved.center, zoom: saved.zoom });
    },
  };
}

/** The area on screen, drawn at exactly `size`, clear of where the overlay goes; the map is put back before this resolves. */
export async function snapshotMap(map: MapLibreMap, size: ExportSize): Promise<MapSnapshot> {
  const bounds = map.getBounds();
  const offscreen = renderOffscreen(map, size);
  try {
    map.fitBounds(bounds, { duration: 0, padding: offscreen.padding });
    await idle(map);
    const image = document.createElement('canvas');
    image.width = size.width;
    image.height = size.height;
    const ctx = image.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available to copy the map.');
    ctx.drawImage(map.getCanvas(), 0, 0, size.width, size.height);
    const shown = map.getBounds();
    const west = shown.getWest();
    const east = shown.getEast();
    return {
      image,
      shown: { west, east: east < west ? east + 360 : east, south: shown.getSouth(), north: shown.getNorth() },
      zoom: map.getZoom(),
    };
  } finally {
    offscreen.restore();
  }
}
