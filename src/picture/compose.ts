/**
 * A finished picture of the map: the map as it was drawn (a snapshot the map hands over), the
 * overlay over it, and, zoomed in, the locator inset. The PNG export and deck pictures are composed
 * here; video frames use the same overlay drawing frame by frame (src/video/record.ts).
 */
import type { LngLatBox } from '../data/locator.ts';
import { LOCATOR_MIN_ZOOM } from '../data/locator-zoom.ts';
import type { ExportSize } from './export-sizes.ts';
import { drawOverlay, type ImageOverlay } from './overlay.ts';

/** The map drawn at an exact size, as its owner hands it over (src/map/recording/snapshot.ts). */
export interface MapSnapshot {
  /** Exactly the size asked for. */
  readonly image: CanvasImageSource;
  /** What the picture shows, longitudes unwrapped (east > west). */
  readonly shown: LngLatBox;
  readonly zoom: number;
}

/** Draws the snapshot and what goes over it on a new canvas of `size`. */
export async function composePicture(snapshot: MapSnapshot, size: ExportSize, overlay: ImageOverlay): Promise<HTMLCanvasElement> {
  // Zoomed in, the picture gets a locator inset: its drawing and land load only then.
  const locator = snapshot.zoom > LOCATOR_MIN_ZOOM ? await import('./locator.ts') : null;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available to compose the image.');
  ctx.drawImage(snapshot.image, 0, 0, size.width, size.height);
  drawOverlay(ctx, size, overlay);
  locator?.drawLocator(ctx, size, snapshot.shown, locator.LOCATOR_LAND);
  return canvas;
}

export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
  );
}
