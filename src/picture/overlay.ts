/**
 * What every picture of the map has drawn over it — title box (filters, counts, caption), legend,
 * source line — as pure 2-D canvas drawing, shared by the PNG export, video frames and deck
 * pictures. It knows nothing of the map or the page: the writers hand it a context and a size.
 */
import { cssFontList, UI_FONTS } from '../lib/japanese-text.ts';
import type { ExportSize } from './export-sizes.ts';
import type { Annotation } from '../data/annotation.ts';
import { annotationText } from '../data/annotation-edit.ts';
import type { Lang } from '../lib/lang.ts';

/** Empty title, subtitle and caption leave out the title box, an empty legend the legend (a deck's slide picture has only the footer). */
export interface ImageOverlay {
  readonly title: string;
  /** Active filters, or what the view shows. */
  readonly subtitle: string;
  /** A caption (tour step), if any. */
  readonly caption?: string;
  /** A user's own layer is drawn as a diamond, as on the map, so it is not taken for ours. */
  readonly legend: readonly { readonly color: string; readonly label: string; readonly shape?: 'circle' | 'diamond' }[];
  /** "Data: … · Source: …" */
  readonly footer: string;
  /**
   * The tour step's annotations, in the picture's language: drawn on the map under everything above
   * (`drawn`), or only laid out, for a deck to add as shapes of its own (annotations.ts).
   */
  readonly annotations?: { readonly items: readonly Annotation[]; readonly lang: Lang; readonly drawn: boolean };
}

/** The interface's fonts: the system's, then the bundled Japanese font. */
const FONT = cssFontList(UI_FONTS);

/** Every piece of text the overlay draws. */
export function overlayText(overlay: ImageOverlay): string {
  const annotations = overlay.annotations ? annotationsText(overlay.annotations.items, overlay.annotations.lang) : '';
  return [overlay.title, overlay.subtitle, overlay.caption ?? '', overlay.footer, ...overlay.legend.map((l) => l.label), annotations].join(
    '\n',
  );
}

/** Title box top left, legend bottom left, footer strip along the bottom; sized to the image height. */
export function drawOverlay(ctx: CanvasRenderingContext2D, size: ExportSize, overlay: ImageOverlay): void {
  const u = size.height / 1080; // one "pixel" of a 1080p slide
  const pad = 18 * u;
  const boxWidth = Math.min(size.width * 0.5, 900 * u);

  // Title, filters and caption.
  ctx.textBaseline = 'top';
  const titleLines = wrap(ctx, overlay.title, `600 ${34 * u}px ${FONT}`, boxWidth - 2 * pad);
  const subtitleLines = wrap(ctx, overlay.subtitle, `${22 * u}px ${FONT}`, boxWidth - 2 * pad);
  const captionLines = overlay.caption ? wrap(ctx, overlay.caption, `${24 * u}px ${FONT}`, boxWidth - 2 * pad) : [];
  const titleHeight =
    pad * 2 +
    titleLines.length * 42 * u +
    subtitleLines.length * 29 * u +
    (captionLines.length ? 10 * u + captionLines.length * 32 * u : 0);
  if (titleLines.length + subtitleLines.length + captionLines.length > 0) {
    panel(ctx, pad, pad, boxWidth, titleHeight, u);
    let y = pad * 2;
    y = drawLines(ctx, titleLines, `600 ${34 * u}px ${FONT}`, '#111827', pad * 2, y, 42 * u);
    y = drawLines(ctx, subtitleLines, `${22 * u}px ${FONT}`, '#4b5563', pad * 2, y, 29 * u);
    if (captionLines.length) drawLines(ctx, captionLines, `${24 * u}px ${FONT}`, '#1f2937', pad * 2, y + 10 * u, 32 * u);
  }

  // Footer: data date and source.
  const footerFont = `${17 * u}px ${FONT}`;
  const footerLines = wrap(ctx, overlay.footer, footerFont, size.width - 4 * pad);
  const footerHeight = footerLines.length * 23 * u + pad;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(0, size.height - footerHeight, size.width, footerHeight);
  ctx.fillStyle = '#374151';
  ctx.font = footerFont;
  footerLines.forEach((line, i) => ctx.fillText(line, pad * 2, size.height - footerHeight + pad / 2 + i * 23 * u));

  // Legend above the footer.
  if (overlay.legend.length === 0) return;
  const rowHeight = 30 * u;
  ctx.font = `${20 * u}px ${FONT}`;
  const legendWidth = Math.max(...overlay.legend.map((l) => ctx.measureText(l.label).width), 100 * u) + 70 * u;
  const legendHeight = overlay.legend.length * rowHeight + 2 * pad;
  const legendTop = size.height - footerHeight - legendHeight - pad;
  panel(ctx, pad, legendTop, legendWidth, legendHeight, u);
  overlay.legend.forEach((entry, i) => {
    const cy = legendTop + pad + i * rowHeight + rowHeight / 2;
    ctx.beginPath();
    if (entry.shape === 'diamond') {
      const cx = pad * 2 + 10 * u;
      ctx.moveTo(cx, cy - 10 * u);
      ctx.lineTo(cx + 10 * u, cy);
      ctx.lineTo(cx, cy + 10 * u);
      ctx.lineTo(cx - 10 * u, cy);
      ctx.closePath();
    } else ctx.arc(pad * 2 + 10 * u, cy, 9 * u, 0, Math.PI * 2);
    ctx.fillStyle = entry.color;
    ctx.fill();
    ctx.lineWidth = 2 * u;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#1f2937';
    ctx.textBaseline = 'middle';
    ctx.fillText(entry.label, pad * 2 + 30 * u, cy);
  });
  ctx.textBaseline = 'top';
}

/** Draws lines of text from `y` down; returns the y below the last. */
function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: readonly string[],
  font: string,
  color: string,
  x: number,
  y: number,
  lineHeight: number,
): number {
  ctx.font = font;
  ctx.fillStyle = color;
  for (const line of lines) {
    ctx.fillText(line, x, y);
    y += lineHeight;
  }
  return y;
}

export function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, u: number): void {
  ctx.fillStyle = 'rgba(255,255,255,0.93)';
  ctx.strokeStyle = 'rgba(0,0,0,0.12)';
  ctx.lineWidth = 1.5 * u;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 10 * u);
  ctx.fill();
  ctx.stroke();
}

/** Greedy line breaking by measured width; Japanese breaks between any characters, other text between words. */
export function wrap(ctx: Pick<CanvasRenderingContext2D, 'measureText' | 'font'>, text: string, font: string, maxWidth: number): string[] {
  ctx.font = font;
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && ctx.measureText(candidate.trimEnd()).width > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Every piece of text annotations draw, in `lang` (to load the Japanese font first). */
export function annotationsText(annotations: readonly Annotation[], lang: Lang): string {
  return annotations.map((a) => annotationText(a, lang)).join('\n');
}
