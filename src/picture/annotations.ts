/**
 * Annotations as drawn — the one layout every picture shares: the map's overlay (SVG, drawn by
 * src/map/annotations/), PNG exports and video frames (2-D canvas, `drawAnnotations`) and deck
 * slides (native shapes, src/deck/write-pptx.ts). Pure: it is handed a projection from longitude
 * and latitude to the picture's pixels, a unit (one pixel of a 1080p slide) and a way to measure
 * text, and works out where each arrow, ring and piece of text goes. A highlighted country is a
 * fill of the map's own (src/map/sync/annotations.ts), so it is in every snapshot; its text is here.
 */
import { ANNOTATION_COLOURS, type Annotation, type LngLatPair } from '../data/annotation.ts';
import { annotationText } from '../data/annotation-edit.ts';
import type { Lang } from '../lib/lang.ts';
import { cssFontList, UI_FONTS } from '../lib/japanese-text.ts';
import type { LngLatBox } from '../data/locator.ts';
import { wrap } from './overlay.ts';

export type Point = readonly [number, number];
/** Longitude and latitude to the picture's pixels. */
export type Project = (position: LngLatPair) => Point;
/** What measures text: a 2-D canvas context will do. */
export type Measure = Pick<CanvasRenderingContext2D, 'measureText' | 'font'>;

export interface TextMark {
  readonly kind: 'text';
  readonly index: number;
  readonly colour: string;
  readonly lines: readonly string[];
  /** The box the lines fill: left, top, width, height. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly fontPx: number;
  readonly lineHeight: number;
  /** A CSS font: weight, size and family. */
  readonly font: string;
}

export type AnnotationMark =
  | {
      readonly kind: 'arrow';
      readonly index: number;
      readonly colour: string;
      readonly from: Point;
      /** The curve's quadratic control point. */
      readonly control: Point;
      /** Where the line meets the head's base. */
      readonly end: Point;
      /** The head's tip (the arrow's `to`) and the two corners of its base. */
      readonly head: readonly [Point, Point, Point];
      readonly width: number;
    }
  | {
      readonly kind: 'ring';
      readonly index: number;
      readonly colour: string;
      readonly centre: Point;
      readonly radius: number;
      readonly width: number;
    }
  | TextMark;

export const ANNOTATION_FONT_FAMILY = cssFontList(UI_FONTS);
const KM_PER_DEGREE = 111.32;
const MIN_FONT_PX = 12;

/**
 * Lays annotations out in a picture: shapes first, then every text above them, in the order given.
 * `unit` is one pixel of a 1080p slide (a picture's height / 1080; about 0.7 on the map on screen).
 */
export function layoutAnnotations(
  annotations: readonly Annotation[],
  lang: Lang,
  project: Project,
  unit: number,
  measure: Measure,
): AnnotationMark[] {
  const shapes: AnnotationMark[] = [];
  const texts: AnnotationMark[] = [];
  annotations.forEach((annotation, index) => {
    const colour = ANNOTATION_COLOURS[annotation.colour];
    const words = annotationText(annotation, lang);
    const text = (place: (width: number, height: number) => Point) => {
      if (words) texts.push(textMark(words, index, colour, unit, measure, place));
    };
    switch (annotation.kind) {
      case 'label': {
        const [x, y] = project(annotation.at);
        text((w, h) => [x - w / 2, y - h / 2]);
        break;
      }
      case 'arrow': {
        const arrow = arrowMark(project(annotation.from), project(annotation.to), index, colour, unit);
        shapes.push(arrow);
        const [fx, fy] = arrow.from;
        const [dx, dy] = [arrow.control[0] - fx, arrow.control[1] - fy];
        const gap = 8 * unit;
        // The text sits at the tail, on the side the arrow leaves from.
        text((w, h) =>
          Math.abs(dx) >= Math.abs(dy) ? [dx > 0 ? fx - gap - w : fx + gap, fy - h / 2] : [fx - w / 2, dy > 0 ? fy - gap - h : fy + gap],
        );
        break;
      }
      case 'ring': {
        const centre = project(annotation.at);
        const rim = project([annotation.at[0], Math.min(85, annotation.at[1] + annotation.radiusKm / KM_PER_DEGREE)]);
        const radius = Math.max(8 * unit, Math.hypot(rim[0] - centre[0], rim[1] - centre[1]));
        shapes.push({ kind: 'ring', index, colour, centre, radius, width: 3.5 * unit });
        text((w, h) => [centre[0] - w / 2, centre[1] - radius - 6 * unit - h]);
        break;
      }
      case 'country': {
        const [x, y] = project(annotation.at);
        text((w, h) => [x - w / 2, y - h / 2]);
        break;
      }
    }
  });
  return [...shapes, ...texts];
}

function arrowMark(from: Point, to: Point, index: number, colour: string, unit: number): AnnotationMark & { kind: 'arrow' } {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy) || 1;
  // Bowed to one side by a fifth of its length, upwards where it can be.
  let [px, py] = [dy / length, -dx / length];
  if (py > 0 || (py === 0 && px > 0)) [px, py] = [-px, -py];
  const bow = 0.2 * length;
  const control: Point = [(from[0] + to[0]) / 2 + px * bow, (from[1] + to[1]) / 2 + py * bow];
  const [cx, cy] = [to[0] - control[0], to[1] - control[1]];
  const c = Math.hypot(cx, cy) || 1;
  const [ux, uy] = [cx / c, cy / c];
  const headLength = Math.min(18 * unit, length * 0.45);
  const half = headLength * 0.45;
  const end: Point = [to[0] - ux * headLength, to[1] - uy * headLength];
  return {
    kind: 'arrow',
    index,
    colour,
    from,
    control,
    end,
    head: [to, [end[0] - uy * half, end[1] + ux * half], [end[0] + uy * half, end[1] - ux * half]],
    width: 3.5 * unit,
  };
}

function textMark(
  words: string,
  index: number,
  colour: string,
  unit: number,
  measure: Measure,
  place: (width: number, height: number) => Point,
): TextMark {
  // Never smaller than 12 px, however small the picture (a 540p video, a phone embed).
  const fontPx = Math.max(22 * unit, MIN_FONT_PX);
  const lineHeight = fontPx * (27 / 22);
  const font = `700 ${fontPx}px ${ANNOTATION_FONT_FAMILY}`;
  const lines = wrap(measure, words, font, fontPx * (340 / 22));
  measure.font = font;
  const width = Math.max(...lines.map((line) => measure.measureText(line).width), 1);
  const height = lines.length * lineHeight;
  const [x, y] = place(width, height);
  return { kind: 'text', index, colour, lines, box: { x, y, width, height }, fontPx, lineHeight, font };
}

/** Draws laid-out annotations on a 2-D canvas, each with a white halo so that it reads on land, sea and circles. */
export function drawAnnotations(ctx: CanvasRenderingContext2D, marks: readonly AnnotationMark[]): void {
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const mark of marks) {
    switch (mark.kind) {
      case 'arrow': {
        const line = () => {
          ctx.beginPath();
          ctx.moveTo(...mark.from);
          ctx.quadraticCurveTo(...mark.control, ...mark.end);
        };
        halo(ctx, mark.width, line);
        ctx.strokeStyle = mark.colour;
        ctx.lineWidth = mark.width;
        line();
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(...mark.head[0]);
        ctx.lineTo(...mark.head[1]);
        ctx.lineTo(...mark.head[2]);
        ctx.closePath();
        ctx.fillStyle = mark.colour;
        ctx.lineWidth = mark.width * 0.6;
        ctx.strokeStyle = 'rgba(255,255,255,0.9)';
        ctx.stroke();
        ctx.fill();
        break;
      }
      case 'ring': {
        const ring = () => {
          ctx.beginPath();
          ctx.arc(...mark.centre, mark.radius, 0, Math.PI * 2);
        };
        halo(ctx, mark.width, ring);
        ctx.strokeStyle = mark.colour;
        ctx.lineWidth = mark.width;
        ring();
        ctx.stroke();
        break;
      }
      case 'text': {
        ctx.font = mark.font;
        ctx.textBaseline = 'middle';
        ctx.textAlign = 'left';
        mark.lines.forEach((line, i) => {
          const y = mark.box.y + (i + 0.5) * mark.lineHeight;
          ctx.lineWidth = mark.fontPx * 0.28;
          ctx.strokeStyle = 'rgba(255,255,255,0.95)';
          ctx.strokeText(line, mark.box.x, y);
          ctx.fillStyle = mark.colour;
          ctx.fillText(line, mark.box.x, y);
        });
        break;
      }
    }
  }
  ctx.restore();
}

function halo(ctx: CanvasRenderingContext2D, width: number, path: () => void): void {
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.lineWidth = width * 1.9;
  path();
  ctx.stroke();
}

/** The projection of a picture that shows `shown` (Web Mercator, north up) at `size`: what a snapshot or a video frame knows. */
export function projectionOfBox(shown: LngLatBox, size: { readonly width: number; readonly height: number }): Project {
  const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const top = mercator(shown.north);
  const bottom = mercator(shown.south);
  const middle = (shown.west + shown.east) / 2;
  return ([lng, lat]) => {
    // The copy of the point nearest the picture's middle (a box may run past ±180°).
    const unwrapped = lng + 360 * Math.round((middle - lng) / 360);
    return [((unwrapped - shown.west) / (shown.east - shown.west)) * size.width, ((top - mercator(lat)) / (top - bottom)) * size.height];
  };
}
