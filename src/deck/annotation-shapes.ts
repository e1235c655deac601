/**
 * A step's annotations on its slide as native, editable PowerPoint shapes, placed where the picture's
 * pixels put them (src/picture/annotations.ts lays them out): text boxes, curved arrows, ellipses. And
 * the check of the marks a step's media carries, before any of them reaches the file.
 */
import type PptxGenJS from 'pptxgenjs';
import { assertNever } from '../lib/result.ts';
import type { AnnotationMark } from '../picture/annotations.ts';
import { plainText } from './deck-model.ts';
import { hex, paragraphs, W, type TextBase } from './slide-units.ts';

/** A step's annotations as the deck writer takes them: marks in the pixels of a `width` × `height` picture. */
export interface SlideAnnotations {
  readonly marks: readonly AnnotationMark[];
  readonly width: number;
  readonly height: number;
}

/** The room an annotation's text box leaves round its text (a share of its width, fractions of its font size), and the white backdrop that stands in for the picture's halo. */
const ANNOTATION_TEXT = { widen: 1.15, pad: 0.2, backdrop: { color: 'FFFFFF', transparency: 25 } } as const;
/** Annotation marks a step may carry: 20 annotations (ANNOTATION_LIMITS.perStep), each a shape and its text. */
const MAX_MARKS = 40;

/**
 * A step's annotations as native, editable shapes where the picture's pixels put them (one pixel is W / width
 * inches). Each is a text shape, empty where it is a line or a ring (a shape without text makes PowerPoint repair
 * the file: PptxGenJS #1441); the arrow is a quadratic curve from its tail through its control point to its
 * tip, and PowerPoint's own arrowhead stands for the picture's, so that moving the line moves the head.
 */
export function addAnnotations(slide: PptxGenJS.Slide, annotations: SlideAnnotations, text: TextBase): void {
  const inch = W / annotations.width;
  const pt = inch * 72;
  for (const mark of annotations.marks) {
    if (!inPicture(mark, annotations)) continue;
    const name = `Annotation ${mark.index + 1} ${mark.kind}`;
    const color = hex(mark.colour);
    switch (mark.kind) {
      case 'text': {
        const { box } = mark;
        // Wider and taller than the picture's text, about the same centre: another font must not wrap it.
        const w = box.width * ANNOTATION_TEXT.widen + 2 * ANNOTATION_TEXT.pad * mark.fontPx;
        const h = box.height + 2 * ANNOTATION_TEXT.pad * mark.fontPx;
        // The tour's text, not the deck model's: made plain here (a control character would make the XML unreadable),
        // one paragraph a line, none empty (PptxGenJS #913).
        const lines = paragraphs(
          mark.lines.flatMap((line) => plainText(line).split(/\r\n|\r|\n/)).map((line) => ({ text: line, options: {} })),
        );
        if (lines.length === 0) break;
        slide.addText(lines, {
          ...text,
          x: (box.x + box.width / 2 - w / 2) * inch,
          y: (box.y + box.height / 2 - h / 2) * inch,
          w: w * inch,
          h: h * inch,
          fontSize: round(mark.fontPx * pt),
          lineSpacing: round(mark.lineHeight * pt),
          bold: true,
          color,
          align: 'center',
          valign: 'middle',
          margin: 0,
          wrap: false,
          fit: 'none',
          fill: { ...ANNOTATION_TEXT.backdrop },
          objectName: name,
        });
        break;
      }
      case 'ring':
        slide.addText('', {
          ...text,
          shape: 'ellipse',
          x: (mark.centre[0] - mark.radius) * inch,
          y: (mark.centre[1] - mark.radius) * inch,
          w: 2 * mark.radius * inch,
          h: 2 * mark.radius * inch,
          line: { color, width: round(mark.width * pt) },
          objectName: name,
        });
        break;
      case 'arrow': {
        // The shape's box holds the tail, the control point and the tip, so the path's points are never negative.
        const points = [mark.from, mark.control, mark.head[0]];
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        const [left, top] = [Math.min(...xs), Math.min(...ys)];
        const at = ([x, y]: readonly [number, number]) => ({ x: (x - left) * inch, y: (y - top) * inch });
        const options: PptxGenJS.TextPropsOptions & Pick<PptxGenJS.ShapeProps, 'points'> = {
          ...text,
          // pptxgenjs 4 draws custom geometry (its SHAPE_TYPE.CUSTOM_GEOMETRY) but its types leave the name out.
          shape: 'custGeom' as PptxGenJS.SHAPE_NAME,
          x: left * inch,
          y: top * inch,
          // A pixel at least: a path of no width or height has nothing to scale to.
          w: Math.max(Math.max(...xs) - left, 1) * inch,
          h: Math.max(Math.max(...ys) - top, 1) * inch,
          points: [at(mark.from), { ...at(mark.head[0]), curve: { type: 'quadratic', x1: at(mark.control).x, y1: at(mark.control).y } }],
          line: { color, width: round(mark.width * pt), endArrowType: 'triangle' },
          objectName: name,
        };
        slide.addText('', options);
        break;
      }
      default:
        assertNever(mark);
    }
  }
}

/** Whether any of a mark lies on the picture (one wholly outside it is left out; one partly outside is kept whole). */
function inPicture(mark: AnnotationMark, picture: { readonly width: number; readonly height: number }): boolean {
  const [left, top, right, bottom] = bounds(mark);
  return right >= 0 && bottom >= 0 && left <= picture.width && top <= picture.height;
}

/** A mark's extent in the picture's pixels: left, top, right, bottom. */
function bounds(mark: AnnotationMark): [number, number, number, number] {
  switch (mark.kind) {
    case 'text':
      return [mark.box.x, mark.box.y, mark.box.x + mark.box.width, mark.box.y + mark.box.height];
    case 'ring':
      return [mark.centre[0] - mark.radius, mark.centre[1] - mark.radius, mark.centre[0] + mark.radius, mark.centre[1] + mark.radius];
    case 'arrow': {
      const points = [mark.from, mark.control, ...mark.head];
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    }
    default:
      return assertNever(mark);
  }
}

/** Points to a hundredth: what PowerPoint's font and line boxes show. */
function round(points: number): number {
  return Math.round(points * 100) / 100;
}

const COLOUR = /^#[0-9a-f]{6}$/i;

/** Marks in the picture's own shape, few enough, with finite numbers and '#rrggbb' colours (a colour goes into the XML as it is). */
export function checkAnnotations(
  annotations: SlideAnnotations,
  picture: { readonly width: number; readonly height: number },
  index: number,
): void {
  const { width, height, marks } = annotations;
  const step = `Step ${index + 1}`;
  if (!(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0))
    throw new Error(`${step}: the annotations are laid out on a ${width}×${height} picture; its width and height must be positive.`);
  // Scaled by width alone: another shape would put the marks off their places on the picture.
  if (Math.abs(width / height - picture.width / picture.height) > 0.01 * (picture.width / picture.height))
    throw new Error(
      `${step}: the annotations are laid out on a ${width}×${height} picture, not the ${picture.width}×${picture.height} picture's shape.`,
    );
  if (marks.length > MAX_MARKS) throw new Error(`${step}: ${marks.length} annotation marks, more than ${MAX_MARKS}.`);
  marks.forEach((mark, k) => {
    const what = `${step}: annotation mark ${k + 1} (${mark.kind})`;
    if (!COLOUR.test(mark.colour)) throw new Error(`${what} has the colour "${mark.colour}", not one like "#1f2937".`);
    const numbers = [...bounds(mark), mark.kind === 'text' ? mark.fontPx : mark.width];
    if (!numbers.every(Number.isFinite)) throw new Error(`${what} has a position or size that is not a finite number.`);
  });
}
