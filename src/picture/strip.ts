/** The progress strip along the top of each video frame: how far through the tour, with a mark where each step starts. */
import type { ExportSize } from './export-sizes.ts';

export function drawProgressStrip(ctx: CanvasRenderingContext2D, size: ExportSize, progress: number, marks: readonly number[]): void {
  const u = size.height / 1080;
  const height = Math.max(3, Math.round(8 * u));
  ctx.fillStyle = 'rgba(17,24,39,0.35)';
  ctx.fillRect(0, 0, size.width, height);
  ctx.fillStyle = '#2563eb';
  ctx.fillRect(0, 0, Math.round(size.width * Math.min(1, Math.max(0, progress))), height);
  ctx.fillStyle = '#ffffff';
  const markWidth = Math.max(1, Math.round(3 * u));
  for (const mark of marks) ctx.fillRect(Math.round(size.width * mark - markWidth / 2), 0, markWidth, height);
}
