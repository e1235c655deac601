/**
 * Badge images for places with several initiatives: a ring split by pillar share
 * around a dark disc that carries the count. Drawn on demand (MapLibre's
 * `styleimagemissing`), one image per pillar mix, named `badge-<p1>-<p2>-<p3>`.
 * The count is drawn into the image rather than laid out as map text: the badges then
 * need no glyphs and no text layout, which keeps a filter change and the first
 * picture cheaper (no glyph round trip between MapLibre's worker and the page).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { PILLARS } from '../../data/vocabulary.ts';
import { BASEMAP_COLORS, pillarColor } from '../../picture/palette.ts';

export const BADGE_PREFIX = 'badge-';
/** Logical size in CSS pixels; the layer scales it by count. */
export const BADGE_SIZE = 44;

export function badgeImageName(p1: number, p2: number, p3: number): string {
  return `${BADGE_PREFIX}${p1}-${p2}-${p3}`;
}

/** `badgeImageName` of a place's pillar counts (`p1`, `p2`, `p3`), as the badge layer's `icon-image` expression. */
export const BADGE_IMAGE_EXPRESSION: ExpressionSpecification = [
  'concat',
  BADGE_PREFIX,
  ['to-string', ['get', 'p1']],
  '-',
  ['to-string', ['get', 'p2']],
  '-',
  ['to-string', ['get', 'p3']],
];

/** The pillar counts encoded in a badge image name, or null if it is not one. */
export function parseBadgeImageName(name: string): [number, number, number] | null {
  const match = new RegExp(`^${BADGE_PREFIX}(\\d+)-(\\d+)-(\\d+)$`).exec(name);
  if (!match) return null;
  const counts = [Number(match[1]), Number(match[2]), Number(match[3])] as [number, number, number];
  return counts.some((n) => n > 0) ? counts : null;
}

/** Start and end angles (radians, clockwise from 12 o'clock) of each pillar's arc. */
export function badgeArcs(counts: readonly [number, number, number]): { pillar: 1 | 2 | 3; start: number; end: number }[] {
  const total = counts[0] + counts[1] + counts[2];
  const arcs: { pillar: 1 | 2 | 3; start: number; end: number }[] = [];
  let angle = 0;
  PILLARS.forEach((pillar, i) => {
    const n = counts[i] ?? 0;
    if (n === 0 || total === 0) return;
    const sweep = (n / total) * Math.PI * 2;
    arcs.push({ pillar, start: angle, end: angle + sweep });
    angle += sweep;
  });
  return arcs;
}

export function drawBadge(counts: readonly [number, number, number], pixelRatio: number): ImageData {
  const size = Math.round(BADGE_SIZE * pixelRatio);
  const ctx = squareCanvas(size);
  const c = size / 2;
  const outer = c - 1.5 * pixelRatio;
  const ring = 6 * pixelRatio;
  ctx.beginPath();
  ctx.arc(c, c, outer + 1.5 * pixelRatio, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  for (const { pillar, start, end } of badgeArcs(counts)) {
    ctx.beginPath();
    ctx.moveTo(c, c);
    ctx.arc(c, c, outer, start - Math.PI / 2, end - Math.PI / 2);
    ctx.closePath();
    ctx.fillStyle = pillarColor(pillar);
    ctx.fill();
  }
  ctx.beginPath();
  ctx.arc(c, c, outer - ring, 0, Math.PI * 2);
  ctx.fillStyle = BASEMAP_COLORS.cluster;
  ctx.fill();
  const total = counts[0] + counts[1] + counts[2];
  ctx.font = `${badgeFontSize(total) * pixelRatio}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  ctx.fillText(String(total), c, c + 0.5 * pixelRatio);
  return ctx.getImageData(0, 0, size, size);
}

/**
 * Linear interpolation through `stops` ([input, output] pairs, inputs ascending), clamped at both ends.
 * Not d3-scale's `scaleLinear`: this module is in the entry chunk, where it would add 8.7 KB gzip
 * (d3-interpolate, d3-format) for ten lines.
 */
function interpolate(stops: readonly (readonly [number, number])[], x: number): number {
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < stops.length; i++) {
    const [x1, y1] = stops[i]!;
    const [x0, y0] = stops[i - 1]!;
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return last[1];
}

/** The badge's scale on the map by count (the layer's `icon-size`): larger places get larger badges. */
export const BADGE_SCALE_STOPS: readonly (readonly [number, number])[] = [
  [2, 0.62],
  [10, 0.8],
  [40, 1],
];

/** The count's size in CSS pixels on the map: 11 px at 2 initiatives to 13 px at 40 and more. */
const COUNT_TEXT_STOPS: readonly (readonly [number, number])[] = [
  [2, 11],
  [40, 13],
];

/** Font size in image pixels (before the pixel ratio) so that the count shows at its size on the map once the badge is scaled. */
export function badgeFontSize(count: number): number {
  return interpolate(COUNT_TEXT_STOPS, count) / interpolate(BADGE_SCALE_STOPS, count);
}

/** Pale disc with a ring in the pillar's colour: one approximate (country-level) initiative. Named `disc-<pillar>`. */
export const DISC_SIZE = 26;

export const DISC_PREFIX = 'disc-';

export function discImageName(pillar: 1 | 2 | 3): string {
  return `${DISC_PREFIX}${pillar}`;
}

/** `discImageName` of a place's pillar, as the approximate layer's `icon-image` expression. */
export const DISC_IMAGE_EXPRESSION: ExpressionSpecification = ['concat', DISC_PREFIX, ['to-string', ['get', 'pillar']]];

export function parseDiscImageName(name: string): 1 | 2 | 3 | null {
  const match = new RegExp(`^${DISC_PREFIX}([123])$`).exec(name);
  return match ? (Number(match[1]) as 1 | 2 | 3) : null;
}

export function drawDisc(pillar: 1 | 2 | 3, pixelRatio: number): ImageData {
  const size = Math.round(DISC_SIZE * pixelRatio);
  const ctx = squareCanvas(size);
  const c = size / 2;
  const line = 2 * pixelRatio;
  ctx.beginPath();
  ctx.arc(c, c, c - line, 0, Math.PI * 2);
  ctx.globalAlpha = 0.25;
  ctx.fillStyle = pillarColor(pillar);
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = line;
  ctx.strokeStyle = pillarColor(pillar);
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

function squareCanvas(size: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // Read back at once with getImageData: a canvas kept in memory, not on the GPU, makes that cheap
  // (the first GPU readback cost ~0.6 s on a software-rendered machine).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('Canvas 2D is not available to draw map symbols.');
  return ctx;
}
