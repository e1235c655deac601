/**
 * The locator inset of an exported image (compose.ts loads this module only for a zoomed-in
 * map): top right, clear of the title box (top left), legend and footer (bottom). The same drawing
 * as the page's inset (src/data/locator.ts).
 */
import type { Position } from 'geojson';
import { locatorDrawing, type LngLatBox } from '../data/locator.ts';
import type { ExportSize } from './export-sizes.ts';
import { panel } from './overlay.ts';
import { LOCATOR_COLORS } from './palette.ts';

export { LOCATOR_LAND } from '../data/locator-land.ts';

/** Where the inset lies on an image of `size`, and how wide (in image pixels). */
export function locatorPlace(size: ExportSize): { x: number; y: number; width: number } {
  const u = size.height / 1080;
  const width = Math.round(Math.min(340 * u, size.width * 0.3));
  return { x: size.width - 18 * u - width, y: 18 * u, width };
}

export function drawLocator(ctx: CanvasRenderingContext2D, size: ExportSize, view: LngLatBox, land: readonly Position[][]): void {
  const u = size.height / 1080;
  const { x, y, width } = locatorPlace(size);
  const drawing = locatorDrawing(view, land, width);
  panel(ctx, x - 4 * u, y - 4 * u, drawing.width + 8 * u, drawing.height + 8 * u, u);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, drawing.width, drawing.height);
  ctx.clip();
  ctx.fillStyle = LOCATOR_COLORS.ocean;
  ctx.fillRect(x, y, drawing.width, drawing.height);
  ctx.translate(x, y);
  ctx.fillStyle = LOCATOR_COLORS.land;
  ctx.fill(new Path2D(drawing.land));
  const { box } = drawing;
  for (const [color, lineWidth] of [
    [LOCATOR_COLORS.halo, Math.max(4, 4 * u)],
    [LOCATOR_COLORS.box, Math.max(2, 2 * u)],
  ] as const) {
    ctx.strokeStyle = color;
    ctx.lineWidth = lineWidth;
    ctx.strokeRect(box.x, box.y, box.width, box.height);
  }
  ctx.restore();
}
