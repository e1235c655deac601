/**
 * A picture of the map with its overlay, as a PNG: the Image menu, the automation API and deck
 * slides all make theirs here (loaded with the first picture: the drawing is not needed to start).
 */
import { errorMessage } from '../../lib/error-message.ts';
import { loadJapaneseFontFor } from '../../lib/load-japanese-font.ts';
import type { MapHandle } from '../../map/owner/map-handle.ts';
import { composePicture, pngOf } from '../../picture/compose.ts';
import type { AnnotationMark } from '../../picture/annotations.ts';
import type { ExportSize } from '../../picture/export-sizes.ts';
import { overlayText, type ImageOverlay } from '../../picture/overlay.ts';

export async function makePicture(map: MapHandle, size: ExportSize, overlay: ImageOverlay): Promise<Blob> {
  return (await makeLaidOutPicture(map, size, overlay)).png;
}

/** The picture, and its annotations as laid out on it (a deck adds them as shapes). */
export async function makeLaidOutPicture(
  map: MapHandle,
  size: ExportSize,
  overlay: ImageOverlay,
): Promise<{ png: Blob; annotations: readonly AnnotationMark[] }> {
  // The text is drawn once: with Japanese in it, the Japanese font must be loaded first. If it cannot
  // be, the system's own fonts may still draw it, so the picture is made all the same.
  await loadJapaneseFontFor(overlayText(overlay)).catch((error: unknown) => console.warn(errorMessage(error)));
  const snapshot = await map.snapshot(size);
  const picture = await composePicture(snapshot, size, overlay);
  return { png: await pngOf(picture.canvas), annotations: picture.annotations };
}
