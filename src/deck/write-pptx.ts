/**
 * Lays a deck out as a 16:9 PowerPoint file with pptxgenjs: each step's map picture
 * full-bleed, its caption and legend counts as editable text boxes over it, the step's
 * initiatives and sources in the speaker notes. Runs in Node (the command line) and in the
 * browser (loaded with `import()` only when someone asks for a deck).
 *
 * Text goes in as text runs only: pptxgenjs escapes it, and nothing here makes fields or
 * hyperlinks (the dataset holds no URLs, so there is nothing a link could point to).
 */
import PptxGenJS from 'pptxgenjs';
import { assertNever } from '../lib/result.ts';
import type { Deck, DeckSlide, LegendRow } from './deck-model.ts';

import { addAnnotations, checkAnnotations, type SlideAnnotations } from './annotation-shapes.ts';
import { H, hex, paragraphs, W, type TextBase } from './slide-units.ts';

/** The picture of one step, and the clip of its camera flight when there is one. */
export interface StepMedia {
  /** A 16:9 PNG of the step's map (drawn with the app's image export, without caption or legend: those are text on the slide). */
  readonly png: Uint8Array;
  /** An H.264 MP4 of the step; the PNG becomes its poster frame. */
  readonly video?: Uint8Array;
  /**
   * The step's annotations as laid out on the picture (src/picture/annotations.ts), in the picture's own pixels
   * (`width` × `height`): drawn over it as native shapes. A highlighted country is in the picture itself.
   */
  readonly annotations?: SlideAnnotations;
}

/** Room kept at the bottom of each picture for the source line the image export draws. */
const FOOTER = 0.5;

const INK = '111827';
const MUTED = '4B5563';

export async function writePptx(deck: Deck, media: readonly StepMedia[]): Promise<Uint8Array> {
  const stepSlides = deck.slides.filter((s) => s.kind === 'step').length;
  if (media.length !== stepSlides) throw new Error(`The deck has ${stepSlides} step slides but ${media.length} pictures were given.`);
  media.forEach(checkMedia);

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = 'FOIP Atlas';
  pptx.company = 'FOIP Atlas';
  // Notes and any new text follow the theme: in a Japanese deck its body font is the Japanese one.
  if (deck.fontFace) pptx.theme = { headFontFace: deck.fontFace, bodyFontFace: deck.fontFace };
  const text = { lang: deck.langTag, ...(deck.fontFace ? { fontFace: deck.fontFace } : {}) };

  for (const slide of deck.slides) addSlide(pptx, slide, text, media);

  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not return the file as bytes.');
  return out;
}

/** The part of pptxgenjs's slide (3.12) that lists the slide's media relationships, each written to its `Target` in the file. */
interface MediaRel {
  readonly type: string;
  readonly data: string;
  Target: string;
}

/**
 * pptxgenjs stores a clip's poster as a second copy of the picture it lies on: 1.6 MB more in a five-step deck at 1920×1080.
 * Both relationships may name one file (OOXML allows it; PowerPoint and LibreOffice read it), so the poster is pointed at
 * the picture's file, which pptxgenjs then writes once. Where its internals are not as expected, the copy stays.
 */
function sharePoster(slide: PptxGenJS.Slide, png: string): void {
  const rels = (slide as unknown as { _relsMedia?: MediaRel[] })._relsMedia;
  if (!Array.isArray(rels)) return;
  const images = rels.filter((rel) => rel.type === 'image/png' && rel.data === png && typeof rel.Target === 'string');
  const [picture, poster] = [images[0], images.at(-1)];
  if (picture && poster && picture !== poster) poster.Target = picture.Target;
}

function addSlide(pptx: PptxGenJS, model: DeckSlide, text: TextBase, media: readonly StepMedia[]): void {
  const slide = pptx.addSlide();
  switch (model.kind) {
    case 'title': {
      slide.addText('FOIP Atlas', {
        ...text,
        x: 0.8,
        y: 1.2,
        w: W - 1.6,
        h: 0.5,
        fontSize: 18,
        bold: true,
        color: '0072B2',
        objectName: 'Kicker',
      });
      slide.addText(model.title, {
        ...text,
        x: 0.8,
        y: 1.8,
        w: W - 1.6,
        h: 1.6,
        fontSize: 40,
        bold: true,
        color: INK,
        valign: 'top',
        fit: 'shrink',
        objectName: 'Title',
      });
      slide.addText(model.subtitle, { ...text, x: 0.8, y: 3.5, w: W - 1.6, h: 0.6, fontSize: 22, color: MUTED, objectName: 'Subtitle' });
      slide.addText(model.lines.join('\n'), {
        ...text,
        x: 0.8,
        y: 4.5,
        w: W - 1.6,
        h: 2.2,
        fontSize: 16,
        color: MUTED,
        valign: 'top',
        fit: 'shrink',
        objectName: 'Data and sources',
      });
      return;
    }
    case 'step': {
      const step = media[model.step];
      if (!step) throw new Error(`No picture for step ${model.step + 1}.`);
      const png = `image/png;base64,${base64(step.png)}`;
      // Order matters: pptxgenjs numbers a shape by its place in this list but a clip by its relationship
      // id, so picture, clip, notes come first and the text boxes after them; any other order can give two
      // shapes one id, and PowerPoint then asks to repair the slide (the tests check every id is unique).
      slide.addImage({ data: png, x: 0, y: 0, w: W, h: H, altText: model.alt, objectName: 'Map' });
      // The clip lies on the picture with the picture as its poster: where video does not play, the still shows.
      if (step.video) {
        slide.addMedia({
          type: 'video',
          data: `video/mp4;base64,${base64(step.video)}`,
          extn: 'mp4',
          cover: png,
          x: 0,
          y: 0,
          w: W,
          h: H,
          objectName: 'Camera flight',
        });
        sharePoster(slide, png);
      }
      slide.addNotes(model.notes);
      // Over the picture and the clip, under the caption and legend, which no annotation may cover.
      if (step.annotations) addAnnotations(slide, step.annotations, text);
      // One run per paragraph throughout: pptxgenjs writes paragraph properties before every run, which is
      // valid only for a paragraph's first (PowerPoint 2016 asks to repair otherwise: PptxGenJS #1081).
      slide.addText(
        paragraphs([
          { text: model.heading, options: { fontSize: 14, color: MUTED } },
          { text: model.caption, options: { fontSize: 24, color: INK } },
        ]),
        {
          ...text,
          x: 0.25,
          y: 0.25,
          w: 7.6,
          h: 1.5,
          valign: 'top',
          fit: 'shrink',
          margin: 8,
          fill: { color: 'FFFFFF', transparency: 8 },
          objectName: 'Caption',
        },
      );
      addLegend(slide, model.total, model.legend, text);
      return;
    }
    case 'closing': {
      slide.addText(model.heading, {
        ...text,
        x: 0.8,
        y: 0.9,
        w: W - 1.6,
        h: 0.9,
        fontSize: 32,
        bold: true,
        color: INK,
        objectName: 'Heading',
      });
      slide.addText(model.lines.join('\n'), {
        ...text,
        x: 0.8,
        y: 2.0,
        w: W - 1.6,
        h: 4.6,
        fontSize: 18,
        color: MUTED,
        valign: 'top',
        paraSpaceAfter: 14,
        fit: 'shrink',
        objectName: 'Citation',
      });
      return;
    }
    default:
      assertNever(model);
  }
}

/** Legend panel (inches): a bold total, then one row per focus area with a disc of its colour beside it. */
const LEGEND = { x: 0.25, w: 4.8, margin: 0.11, row: 0.3, disc: 0.16, font: 15 } as const;

function addLegend(slide: PptxGenJS.Slide, total: string, rows: readonly LegendRow[], text: TextBase): void {
  const height = 2 * LEGEND.margin + (rows.length + 1) * LEGEND.row;
  const top = H - FOOTER - height - 0.1;
  const indent = LEGEND.margin + LEGEND.disc + 0.12;
  const row = { ...text, h: LEGEND.row, fontSize: LEGEND.font, color: INK, margin: 0, valign: 'middle' as const };
  // The total's box is the panel: every shape here holds text (a shape without any makes PowerPoint repair the file: PptxGenJS #1441).
  slide.addText(total, {
    ...row,
    x: LEGEND.x,
    y: top,
    w: LEGEND.w,
    h: height,
    valign: 'top',
    bold: true,
    margin: [LEGEND.margin * 72, LEGEND.margin * 72, LEGEND.margin * 72, LEGEND.margin * 72],
    fill: { color: 'FFFFFF', transparency: 8 },
    objectName: 'Legend',
  });
  rows.forEach((entry, k) => {
    const y = top + LEGEND.margin + (k + 1) * LEGEND.row;
    slide.addText('', {
      ...text,
      shape: 'ellipse',
      x: LEGEND.x + LEGEND.margin,
      y: y + (LEGEND.row - LEGEND.disc) / 2,
      w: LEGEND.disc,
      h: LEGEND.disc,
      fill: { color: hex(entry.color) },
      line: { color: 'FFFFFF', width: 1 },
      objectName: `Legend ${entry.pillar} colour`,
    });
    slide.addText(entry.text, {
      ...row,
      x: LEGEND.x + indent,
      w: LEGEND.w - indent - LEGEND.margin,
      y,
      objectName: `Legend ${entry.pillar}`,
    });
  });
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function checkMedia(item: StepMedia, index: number): void {
  const { png, video } = item;
  if (png.length < 24 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error(`Step ${index + 1}: the picture is not a PNG.`);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  // Full-bleed on a 16:9 slide: any other shape would be stretched.
  if (Math.abs(width * 9 - height * 16) > 16)
    throw new Error(`Step ${index + 1}: the picture is ${width}×${height}, not 16:9 (e.g. 1920×1080).`);
  if (item.annotations) checkAnnotations(item.annotations, { width, height }, index);
  if (video && (video.length < 12 || String.fromCharCode(...video.slice(4, 8)) !== 'ftyp'))
    throw new Error(`Step ${index + 1}: the video is not an MP4 (no ftyp box at its start).`);
}

/** Base64 of bytes, in Node and in the browser alike (btoa exists in both), in slices so large pictures do not overflow the call stack. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
