/**
 * The image sizes offered for export (the Image menu reads this table), and how an exact pixel
 * size is rendered: the map is laid out at a slide-like CSS size and the pixel ratio raised.
 * Pure: the command-line tools size their browser window with the same plan.
 */
export interface ExportSize {
  readonly width: number;
  readonly height: number;
}

export const EXPORT_SIZES: readonly ExportSize[] = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/** Largest canvas side MapLibre draws by default (maxCanvasSize). */
const MAX_CANVAS = 4096;

/** Height in CSS pixels at which an image is laid out: larger images raise the pixel ratio instead, so symbols and labels stay slide-sized. */
const LAYOUT_HEIGHT = 720;

/** CSS size and pixel ratio that give exactly `size` device pixels without passing the canvas limit. */
export function renderPlan(size: ExportSize): { cssWidth: number; cssHeight: number; ratio: number } {
  if (size.width > MAX_CANVAS || size.height > MAX_CANVAS || size.width < 16 || size.height < 16) {
    throw new Error(`An image must be between 16 and ${MAX_CANVAS} pixels on each side; ${size.width}×${size.height} was asked for.`);
  }
  const ratio = Math.max(1, size.height / LAYOUT_HEIGHT);
  return { cssWidth: size.width / ratio, cssHeight: size.height / ratio, ratio };
}

/** Room in CSS pixels a picture's map keeps clear of the title box above and the legend and footer below (overlay.ts). */
export function overlayClearance(cssWidth: number, cssHeight: number): { top: number; bottom: number; left: number; right: number } {
  return {
    top: Math.round(cssHeight * 0.13),
    bottom: Math.round(cssHeight * 0.17),
    left: Math.round(cssWidth * 0.02),
    right: Math.round(cssWidth * 0.02),
  };
}
