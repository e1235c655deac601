/**
 * A finished picture of the map: the map as it was drawn (a snapshot the map hands over), the
 * overlay over it, and, zoomed in, the locator inset. The PNG export and deck pictures are composed
 * here; video frames use the same overlay drawing frame by frame (src/video/record.ts).
 */
import type { LngLatBox } from '../data/locator.ts';
import { LOCATOR_MIN_ZOOM } from '../data/locator-zoom.ts';
import type { ExportSize } from './export-sizes.ts';
import { drawOverlay, type ImageOverlay } from './overlay.ts';
import { drawAnnotations, layoutAnnotations, projectionOfBox, type AnnotationMark } from './annotations.ts';

/** The map drawn at an exact size, as its owner hands it over (src/map/recording/snapshot.ts). */
export interface MapSnapshot {
  /** Exactly the size asked for. */
  readonly image: CanvasImageSource;
  /** What the picture shows, longitudes unwrapped (east > west). */
  readonly shown: LngLatBox;
  readonly zoom: number;
}

/** A picture: its canvas, and its annotations as laid out on it (drawn in, or for a deck to add as shapes). */
export interface Picture {
  readonly canvas: HTMLCanvasElement;
  readonly annotations: readonly AnnotationMark[];
}

/** Draws the snapshot and what goes over it on a new canvas of `size`: the annotations, then title, legend, footer and inset over them. */
export async function composePicture(snapshot: MapSnapshot, size: ExportSize, overlay: ImageOverlay): Promise<Picture> {
  // Zoomed in, the picture gets a locator inset: its drawing and land load only then.
  const locator = snapshot.zoom > LOCATOR_MIN_ZOOM ? await import('./locator.ts') : null;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available to compose the image.');
  ctx.drawImage(snapshot.image, 0, 0, size.width, size.height);
  const notes = overlay.annotations;
  const annotations = notes
    ? layoutAnnotations(notes.items, notes.lang, projectionOfBox(snapshot.shown, size), size.height / 1080, ctx)
    : [];
  if (notes?.drawn) drawAnnotations(ctx, annotations);
  drawOverlay(ctx, size, overlay);
  locator?.drawLocator(ctx, size, snapshot.shown, locator.LOCATOR_LAND);
  return { canvas, annotations };
}

export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
  );
}
