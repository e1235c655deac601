/**
 * Deck model → pptxgenjs → the file read back by other readers: the OOXML parts (fflate) and
 * LibreOffice (converted to PDF, read with poppler). Needs Debian's libreoffice-impress,
 * poppler-utils and ffmpeg; fails saying so when one is missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../scripts/png.ts';
import { HOSTILE, hostileDataset, VICTIM } from '../../tests/fixtures/hostile-text.ts';
import { solidPng } from '../../tests/fixtures/png.ts';
import { tinyMp4 } from '../../tests/fixtures/video.ts';
import {
  notesPart,
  paragraphs,
  pictureParts,
  readPptx,
  readWithLibreOffice,
  relationships,
  slideParts,
  textRuns,
  type PptxParts,
} from '../../tests/pptx-reader.ts';
import type { Annotation } from '../data/annotation.ts';
import { parseDataset, validateDataset, type ValidDataset } from '../data/validate.ts';
import type { Lang } from '../lib/lang.ts';
import type { Tour } from '../state/tour.ts';
import { validateTour } from '../state/tour-file.ts';
import { BUILT_IN_TOURS } from '../state/tours.ts';
import { layoutAnnotations, projectionOfBox, type AnnotationMark, type Measure } from '../picture/annotations.ts';
import { buildDeck, JAPANESE_FONT, type Deck } from './deck-model.ts';
import { stepInfo } from './step-info.ts';
import { writePptx, type StepMedia } from './write-pptx.ts';

const shipped = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!shipped.ok) throw new Error('the shipped dataset does not validate');
const osa = BUILT_IN_TOURS.find((t) => t.id === 'osa')!;
const SLIDE_PNG = solidPng(1920, 1080, [214, 228, 236]);

function deckOf(tour: Tour, lang: Lang, dataset: ValidDataset = shipped.ok ? shipped.value : (undefined as never)): Deck {
  const byId = new Map(dataset.initiatives.map((i) => [i.id, i]));
  const steps = tour.steps.map((_, i) => stepInfo(tour, i, lang, dataset.initiatives));
  return buildDeck({ lang, steps, initiative: (id) => byId.get(id), metadata: dataset.metadata });
}

const stills = (tour: Tour): StepMedia[] => tour.steps.map(() => ({ png: SLIDE_PNG }));
/** Whitespace-free text: pdftotext wraps lines and spaces scripts apart; the words are what count. */
const squash = (text: string) => text.replace(/\s+/g, '');

function cNvPrIds(parts: PptxParts, slide: string): string[] {
  return [...parts.xml(slide).matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]!);
}

describe('a tour as a PowerPoint deck', () => {
  const deck = deckOf(osa, 'en');
  let file: Uint8Array;

  it('writes a 16:9 file with a title slide, one slide per step and a closing slide', async () => {
    file = await writePptx(deck, stills(osa));
    const parts = readPptx(file);
    expect(slideParts(parts)).toHaveLength(osa.steps.length + 2);
    expect(parts.xml('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
  });

  it("holds each step's caption, count and legend as editable text, and its map as a full-bleed 1920×1080 picture", () => {
    const parts = readPptx(file);
    const slides = slideParts(parts);
    osa.steps.forEach((step, i) => {
      const slide = slides[i + 1]!;
      const text = paragraphs(parts.xml(slide));
      expect(text).toContain(step.caption.en);
      expect(text).toContain(`Security assistance (OSA) · Step ${i + 1} of ${osa.steps.length}`);
      expect(text.some((line) => /^\d+ initiatives?$/.test(line))).toBe(true);
      expect(text.filter((line) => /^[123]\. .+: \d+$/.test(line))).toHaveLength(3);
      const [picture] = pictureParts(parts, slide);
      expect(pngSize(parts.bytes(picture!))).toEqual({ width: 1920, height: 1080 });
      expect(parts.xml(slide)).toMatch(/<p:pic>.*?<a:off x="0" y="0"\/>\s*<a:ext cx="12192000" cy="6858000"\/>/s);
    });
  });

  it('avoids what makes PowerPoint repair a file: shared shape ids, paragraph properties after a run, shapes without text', () => {
    const parts = readPptx(file);
    for (const slide of slideParts(parts)) {
      const xml = parts.xml(slide);
      expect(new Set(cNvPrIds(parts, slide)).size, slide).toBe(cNvPrIds(parts, slide).length);
      for (const [paragraph] of xml.matchAll(/<a:p>.*?<\/a:p>/gs))
        expect(paragraph, slide).toMatch(/^<a:p>(<a:pPr\b[^>]*(\/>|>.*?<\/a:pPr>))?(?:(?!<a:pPr).)*<\/a:p>$/s);
      for (const [shape] of xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)) expect(shape, slide).toContain('<p:txBody>');
      expect(xml, slide).not.toContain('<p:bg>');
    }
  });

  it("puts each step's initiatives in its speaker notes with source, section and verbatim quote", () => {
    const parts = readPptx(file);
    const byId = new Map(shipped.ok ? shipped.value.initiatives.map((i) => [i.id, i]) : []);
    slideParts(parts)
      .slice(1, -1)
      .forEach((slide, i) => {
        const notes = notesPart(parts, slide);
        expect(notes, `${slide} has notes`).not.toBeNull();
        const text = textRuns(parts.xml(notes!))
          .map((r) => r.text)
          .join('\n');
        const ids = stepInfo(osa, i, 'en', [...byId.values()]).ids;
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) {
          const { title, source } = byId.get(id)!.properties;
          expect(text).toContain(title.en);
          expect(text).toContain(`「${source.quote}」`);
          expect(text).toContain(source.section);
        }
      });
  });

  it('reads back in LibreOffice: one 16:9 page per slide, with each caption, the sources and the attribution', () => {
    const pdf = readWithLibreOffice(file);
    expect(pdf.pages).toBe(osa.steps.length + 2);
    const [w, h] = pdf.pageSize.split(' x ').map((n) => Number.parseFloat(n));
    expect(w! / h!).toBeCloseTo(16 / 9, 2);
    expect(squash(pdf.text[0]!)).toContain(squash(osa.title.en));
    expect(squash(pdf.text[0]!)).toContain(squash(`Data as of ${shipped.ok ? shipped.value.metadata!.updated : ''}`));
    osa.steps.forEach((step, i) => expect(squash(pdf.text[i + 1]!)).toContain(squash(step.caption.en)));
    expect(squash(pdf.text.at(-1)!)).toContain(squash('Basemap: Natural Earth via world-atlas'));
  }, 240_000);
});

describe('a Japanese deck', () => {
  it('marks every run of slide text as Japanese in 游ゴシック, and LibreOffice reads the Japanese captions', async () => {
    const file = await writePptx(deckOf(osa, 'ja'), stills(osa));
    const parts = readPptx(file);
    for (const slide of slideParts(parts)) {
      const runs = textRuns(parts.xml(slide));
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) expect(run, `${slide}: ${run.text}`).toMatchObject({ lang: 'ja-JP', ea: JAPANESE_FONT });
    }
    // Notes follow the theme, whose body and Japanese fonts are the same one.
    const theme = parts.xml('ppt/theme/theme1.xml');
    expect(theme).toContain(`<a:minorFont><a:latin typeface="${JAPANESE_FONT}"/>`);
    expect(theme).toContain(`<a:font script="Jpan" typeface="${JAPANESE_FONT}"/>`);
    const pdf = readWithLibreOffice(file);
    expect(pdf.pages).toBe(osa.steps.length + 2);
    osa.steps.forEach((step, i) => expect(squash(pdf.text[i + 1]!)).toContain(squash(step.caption.ja)));
    expect(squash(pdf.text.at(-1)!)).toContain('基図：NaturalEarth');
  }, 240_000);
});

describe('hostile text from the dataset and from an imported tour', () => {
  // Markup a slide's XML would obey if it went in raw: a field, a hyperlink, a closing tag.
  const OOXML =
    '</a:t></a:r><a:fld type="slidenum"><a:t>1</a:t></a:fld><a:hlinkClick r:id="rId1" action="ppaction://program"/>{slideNumber}';
  const CONTROL = 'bell\u0007here';

  it('goes into every part as escaped text, with no field or hyperlink of its own', async () => {
    const data = validateDataset(hostileDataset());
    if (!data.ok) throw new Error('the hostile dataset does not validate');
    const imported = validateTour(
      {
        id: 'hostile',
        title: { en: `${HOSTILE}${OOXML}`, ja: HOSTILE },
        steps: [
          { query: `country=PLW`, caption: { en: `${OOXML} ${CONTROL}`, ja: OOXML } },
          { query: 'tool=OSA', caption: { en: HOSTILE, ja: HOSTILE } },
        ],
      },
      { isKnownId: () => true },
    );
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const deck = deckOf(imported.value, 'en', data.value);
    expect(deck.slides[1]!.kind === 'step' && deck.slides[1]!.notes).toContain(HOSTILE); // the victim is on step 1
    const file = await writePptx(deck, stills(imported.value));
    const parts = readPptx(file);
    const xmlParts = parts.names.filter((n) => /\.(xml|rels)$/.test(n));
    for (const name of xmlParts) {
      const xml = parts.xml(name);
      expect(xml, name).not.toContain('<img');
      expect(xml, name).not.toContain('<script');
      expect(xml, name).not.toContain('\u0007');
      expect(xml, name).not.toMatch(/<a:hlinkClick|TargetMode="External"|relationships\/hyperlink/);
      // The only fields are the notes pages' own slide numbers.
      const fields = [...xml.matchAll(/<a:fld\b[^>]*>/g)].map((m) => m[0]);
      if (name.startsWith('ppt/slides/')) expect(fields, name).toEqual([]);
      if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        expect(fields.length === 1 && fields[0]!.includes('type="slidenum"'), name).toBe(true);
    }
    const slides = slideParts(parts);
    const first = paragraphs(parts.xml(slides[1]!));
    expect(first).toContain(`${OOXML} bellhere`);
    expect(first[0]).toBe(`${HOSTILE}${OOXML} · Step 1 of 2`);
    expect(paragraphs(parts.xml(slides[0]!))).toContain(`${HOSTILE}${OOXML}`);
    expect(parts.xml(slides[1]!)).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&lt;script&gt;');
    const notes = textRuns(parts.xml(notesPart(parts, slides[1]!)!))
      .map((r) => r.text)
      .join('');
    expect(notes).toContain(`「${HOSTILE}」`);
    expect(notes).toMatch(/\d\. <img src=x onerror=/); // the victim's title, as its notes entry
    expect(data.value.initiatives.some((i) => i.id === VICTIM)).toBe(true);
    // LibreOffice opens it and shows the markup as the words it is.
    const pdf = readWithLibreOffice(file);
    expect(pdf.pages).toBe(4);
    expect(pdf.text[1]).toContain('<img src=x onerror="window.__pwned=1"><script>');
    expect(squash(pdf.text[1]!)).toContain(squash(`${OOXML} bellhere`));
  }, 240_000);
});

describe('a step with its camera flight as video', () => {
  it('embeds the MP4 with the still as its poster, keeps shape ids unique, and LibreOffice still opens the file', async () => {
    const clip = tinyMp4();
    const media = stills(osa).map((still, i) => (i === 1 ? { ...still, video: clip } : still));
    const file = await writePptx(deckOf(osa, 'en'), media);
    const parts = readPptx(file);
    const slides = slideParts(parts);
    const withVideo = slides[2]!;
    const xml = parts.xml(withVideo);
    const rels = relationships(parts, withVideo);
    const video = [...rels.values()].find((r) => r.type === 'video');
    expect(video?.target).toMatch(/^ppt\/media\/.+\.mp4$/);
    expect(parts.bytes(video!.target)).toEqual(clip);
    expect(xml).toContain('<a:videoFile r:link=');
    expect(parts.xml('[Content_Types].xml')).toContain('<Default Extension="mp4" ContentType="video/mp4"/>');
    // The poster is the step's still.
    const poster = /<a:videoFile.*?<p:blipFill><a:blip r:embed="(rId\d+)"/s.exec(xml)?.[1];
    expect(pngSize(parts.bytes(rels.get(poster!)!.target))).toEqual({ width: 1920, height: 1080 });
    // …stored once: the poster and the picture under it are one file, and the file holds one PNG per step slide.
    const picture = /<p:pic>.*?<a:blip r:embed="(rId\d+)"/s.exec(xml)?.[1];
    expect(rels.get(poster!)!.target).toBe(rels.get(picture!)!.target);
    expect(parts.names.filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(osa.steps.length);
    // The clip's play action is PowerPoint's media action, the only "link" in the file.
    expect([...xml.matchAll(/<a:hlinkClick\b[^>]*>/g)].map((m) => m[0])).toEqual(['<a:hlinkClick r:id="" action="ppaction://media"/>']);
    for (const slide of slides) expect(new Set(cNvPrIds(parts, slide)).size, slide).toBe(cNvPrIds(parts, slide).length);
    // Only that slide has a clip; the others keep their still alone.
    expect(slides.filter((s) => parts.xml(s).includes('<a:videoFile'))).toEqual([withVideo]);
    expect(readWithLibreOffice(file).pages).toBe(osa.steps.length + 2);
  }, 240_000);
});

describe('bad input', () => {
  const deck = deckOf(osa, 'en');
  it.each<[string, StepMedia[], string]>([
    ['too few pictures', [{ png: SLIDE_PNG }], `The deck has ${osa.steps.length} step slides but 1 pictures were given.`],
    [
      'a picture that is not a PNG',
      osa.steps.map(() => ({ png: new TextEncoder().encode('GIF89a, not a PNG at all') })),
      'Step 1: the picture is not a PNG.',
    ],
    [
      'a square picture',
      osa.steps.map(() => ({ png: solidPng(64, 64, [0, 0, 0]) })),
      'Step 1: the picture is 64×64, not 16:9 (e.g. 1920×1080).',
    ],
    [
      'a clip that is not an MP4',
      osa.steps.map(() => ({ png: SLIDE_PNG, video: new Uint8Array(64) })),
      'Step 1: the video is not an MP4 (no ftyp box at its start).',
    ],
  ])('is refused with a clear message: %s', async (_, media, message) => {
    await expect(writePptx(deck, media)).rejects.toThrow(message);
  });
});

/** Text half as wide as its font size per character, as a monospace would be (no canvas in Node). */
const measure: Measure = {
  font: '',
  measureText(text: string) {
    const size = Number(/(\d+(\.\d+)?)px/.exec(this.font)?.[1] ?? 10);
    return { width: text.length * size * 0.5 } as TextMetrics;
  },
};
/** A 1080p picture of the Mozambique Channel, with a label on Nacala, an arrow towards it and a ring round it. */
const PICTURE = { width: 1920, height: 1080 };
const NACALA: Annotation[] = [
  { kind: 'label', at: [40.68, -14.54], text: { en: 'Port of Nacala', ja: 'ナカラ港' }, colour: 'crimson' },
  { kind: 'arrow', from: [35, -20], to: [40.3, -14.9], colour: 'ink' },
  { kind: 'ring', at: [40.68, -14.54], radiusKm: 80, colour: 'teal' },
];
const project = projectionOfBox({ west: 25, east: 55, south: -28, north: -5 }, PICTURE);
const marksOf = (annotations: readonly Annotation[], lang: Lang) => layoutAnnotations(annotations, lang, project, 1, measure);
const annotated = (tour: Tour, marks: readonly AnnotationMark[], step = 0): StepMedia[] =>
  stills(tour).map((still, i) => (i === step ? { ...still, annotations: { marks, ...PICTURE } } : still));

/** 12,192,000 EMU across the slide over 1,920 pixels across the picture. */
const EMU_PER_PX = 12_192_000 / 1920;
const EMU_PER_INCH = 914_400;

/** The shape named `name` on a slide (exactly one). */
function shapeNamed(xml: string, name: string): string {
  const found = [...xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)].map((m) => m[0]).filter((sp) => sp.includes(`name="${name}"`));
  expect(found, name).toHaveLength(1);
  return found[0]!;
}
function frame(shape: string): { x: number; y: number; cx: number; cy: number } {
  const m = /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape);
  if (!m) throw new Error(`no frame in ${shape}`);
  const [x, y, cx, cy] = m.slice(1).map(Number) as [number, number, number, number];
  return { x, y, cx, cy };
}
/** Within a hundredth of an inch of a point of the picture. */
function expectAt(actual: readonly [number, number], px: readonly [number, number], what: string): void {
  expect(Math.abs(actual[0] - px[0] * EMU_PER_PX), `${what} x`).toBeLessThan(EMU_PER_INCH / 100);
  expect(Math.abs(actual[1] - px[1] * EMU_PER_PX), `${what} y`).toBeLessThan(EMU_PER_INCH / 100);
}
const shapeNames = (xml: string) => [...xml.matchAll(/<p:cNvPr id="\d+" name="([^"]*)"/g)].map((m) => m[1]!);

describe("a step's annotations as native shapes", () => {
  const marks = marksOf(NACALA, 'en');
  const mark = <K extends AnnotationMark['kind']>(kind: K) => marks.find((m) => m.kind === kind) as AnnotationMark & { kind: K };

  it('lays out a label, an arrow and a ring (the fixture the tests below rely on)', () => {
    expect(marks.map((m) => [m.kind, m.index])).toEqual([
      ['arrow', 1],
      ['ring', 2],
      ['text', 0],
    ]);
    for (const m of marks) {
      const [x, y] = m.kind === 'text' ? [m.box.x, m.box.y] : m.kind === 'ring' ? m.centre : m.from;
      expect(x > 0 && x < PICTURE.width && y > 0 && y < PICTURE.height, m.kind).toBe(true);
    }
  });

  it('puts the label in a bold text box of its colour, centred where the picture has it, in points from its pixels', async () => {
    const parts = readPptx(await writePptx(deckOf(osa, 'en'), annotated(osa, marks)));
    const text = mark('text');
    const shape = shapeNamed(parts.xml(slideParts(parts)[1]!), 'Annotation 1 text');
    const { x, y, cx, cy } = frame(shape);
    expectAt([x + cx / 2, y + cy / 2], [text.box.x + text.box.width / 2, text.box.y + text.box.height / 2], 'centre');
    // Room to spare: a wider font does not wrap it, and it never wraps anyway.
    expect(cx).toBeGreaterThan(1.15 * text.box.width * EMU_PER_PX - 1);
    expect(cy).toBeGreaterThanOrEqual(text.box.height * EMU_PER_PX);
    expect(shape).toContain('wrap="none"');
    expect(textRuns(shape)).toEqual([{ text: 'Port of Nacala', lang: 'en-US', ea: null }]);
    // 22 px of 1,080 is 11 pt on a 7.5-inch-high slide.
    expect(shape).toMatch(/<a:rPr lang="en-US"[^>]* sz="1100" b="1"[^>]*><a:solidFill><a:srgbClr val="B4123A"\/><\/a:solidFill>/);
    expect(shape).toMatch(
      /<p:spPr>.*<a:solidFill><a:srgbClr val="FFFFFF"><a:alpha val="75000"\/><\/a:srgbClr><\/a:solidFill>.*<\/p:spPr>/s,
    );
  });

  it('draws the arrow as a quadratic curve from its tail through its control point to its tip, ending in a triangle', async () => {
    const parts = readPptx(await writePptx(deckOf(osa, 'en'), annotated(osa, marks)));
    const arrow = mark('arrow');
    const shape = shapeNamed(parts.xml(slideParts(parts)[1]!), 'Annotation 2 arrow');
    const { x, y, cx, cy } = frame(shape);
    expect(shape).toContain(`<a:path w="${cx}" h="${cy}">`);
    const pts = (s: string) =>
      [...s.matchAll(/<a:pt x="(-?\d+)" y="(-?\d+)" \/>/g)].map((m): [number, number] => [x + Number(m[1]), y + Number(m[2])]);
    const [tail] = pts(/<a:moveTo>(.*?)<\/a:moveTo>/s.exec(shape)?.[1] ?? '');
    const [control, tip] = pts(/<a:quadBezTo>(.*?)<\/a:quadBezTo>/s.exec(shape)?.[1] ?? '');
    expectAt(tail!, arrow.from, 'tail');
    expectAt(control!, arrow.control, 'control point');
    expectAt(tip!, arrow.head[0], 'tip');
    expect(shape).toMatch(/<a:ln w="\d+"><a:solidFill><a:srgbClr val="1F2937"\/><\/a:solidFill><a:tailEnd type="triangle"\/><\/a:ln>/);
    expect(shape).toMatch(/<\/a:custGeom><a:noFill\/>/);
  });

  it('draws the ring as an unfilled ellipse of its diameter round its centre', async () => {
    const parts = readPptx(await writePptx(deckOf(osa, 'en'), annotated(osa, marks)));
    const ring = mark('ring');
    const shape = shapeNamed(parts.xml(slideParts(parts)[1]!), 'Annotation 3 ring');
    const { x, y, cx, cy } = frame(shape);
    expect(shape).toContain('<a:prstGeom prst="ellipse">');
    expect(Math.abs(cx - 2 * ring.radius * EMU_PER_PX)).toBeLessThanOrEqual(2);
    expect(Math.abs(cy - 2 * ring.radius * EMU_PER_PX)).toBeLessThanOrEqual(2);
    expectAt([x + cx / 2, y + cy / 2], ring.centre, 'centre');
    expect(shape).toMatch(/<\/a:prstGeom><a:noFill\/><a:ln w="\d+"><a:solidFill><a:srgbClr val="0B6E69"\/>/);
  });

  it('lays them over the picture and the clip, under the caption and legend, with unique shape ids', async () => {
    // Step 1 has a still, step 2 a clip; both are annotated.
    const media = annotated(osa, marks).map((m, i) => (i === 1 ? { ...m, video: tinyMp4(), annotations: { marks, ...PICTURE } } : m));
    const parts = readPptx(await writePptx(deckOf(osa, 'en'), media));
    for (const slide of slideParts(parts).slice(1, 3)) {
      const xml = parts.xml(slide);
      const names = shapeNames(xml);
      const at = (name: string) => names.indexOf(name);
      expect(
        names.filter((n) => n.startsWith('Annotation ')),
        slide,
      ).toEqual(['Annotation 2 arrow', 'Annotation 3 ring', 'Annotation 1 text']);
      const last = at('Annotation 1 text');
      expect(at('Map'), slide).toBeLessThan(at('Annotation 2 arrow'));
      expect(last, slide).toBeLessThan(at('Caption'));
      expect(last, slide).toBeLessThan(at('Legend'));
      expect(new Set(cNvPrIds(parts, slide)).size, slide).toBe(cNvPrIds(parts, slide).length);
      for (const [shape] of xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)) expect(shape, slide).toContain('<p:txBody>');
    }
    const withClip = parts.xml(slideParts(parts)[2]!);
    expect(withClip.indexOf('<a:videoFile')).toBeLessThan(withClip.indexOf('name="Annotation 2 arrow"'));
    // Steps without annotations have none.
    expect(parts.xml(slideParts(parts)[3]!)).not.toContain('Annotation ');
  });

  it('adds nothing for a step without marks or with marks wholly off its picture', async () => {
    const offPicture = marksOf(
      NACALA.map((a) => ({ ...a, ...('at' in a ? { at: [70, -14] } : { from: [70, -20], to: [75, -15] }) }) as Annotation),
      'en',
    );
    expect(
      offPicture.every((m) => (m.kind === 'text' ? m.box.x : m.kind === 'ring' ? m.centre[0] - m.radius : m.from[0]) > PICTURE.width),
    ).toBe(true);
    const slide = async (media: StepMedia[]) => {
      const parts = readPptx(await writePptx(deckOf(osa, 'en'), media));
      return parts.xml(slideParts(parts)[1]!);
    };
    const plain = await slide(stills(osa));
    expect(await slide(annotated(osa, []))).toBe(plain);
    expect(await slide(annotated(osa, offPicture))).toBe(plain);
  });

  it('writes a Japanese label as Japanese text in the deck font', async () => {
    const parts = readPptx(await writePptx(deckOf(osa, 'ja'), annotated(osa, marksOf(NACALA, 'ja'))));
    const shape = shapeNamed(parts.xml(slideParts(parts)[1]!), 'Annotation 1 text');
    expect(textRuns(shape)).toEqual([{ text: 'ナカラ港', lang: 'ja-JP', ea: JAPANESE_FONT }]);
  });

  it('keeps hostile label text as escaped text, with no field or hyperlink of its own', async () => {
    const OOXML = '</a:t></a:r><a:fld type="slidenum"><a:t>1</a:t></a:fld><a:hlinkClick r:id="rId1" action="ppaction://program"/>';
    const hostile = marksOf([{ ...NACALA[0]!, text: { en: `${HOSTILE}${OOXML}`, ja: '' } } as Annotation], 'en');
    const parts = readPptx(await writePptx(deckOf(osa, 'en'), annotated(osa, hostile)));
    const xml = parts.xml(slideParts(parts)[1]!);
    const shape = shapeNamed(xml, 'Annotation 1 text');
    expect(textRuns(shape).map((r) => r.text)).toEqual(hostile[0]!.kind === 'text' ? hostile[0]!.lines : []);
    expect(paragraphs(shape).join(' ')).toBe(`${HOSTILE}${OOXML}`);
    expect(shape).toContain('<a:t>&lt;img src=x</a:t>');
    expect(shape).toContain('&quot;window.__pwned=1&quot;&gt;&lt;script&gt;');
    expect(xml).not.toMatch(/<a:fld\b|<a:hlinkClick|<img|<script/);
  });

  it('drops characters XML cannot hold and line breaks that would leave an empty paragraph', async () => {
    const text: AnnotationMark = { ...marks.find((m) => m.kind === 'text')!, lines: ['bell\u0007here', 'two\n\nlines'] } as AnnotationMark;
    const parts = readPptx(await writePptx(deckOf(osa, 'en'), annotated(osa, [text])));
    const shape = shapeNamed(parts.xml(slideParts(parts)[1]!), 'Annotation 1 text');
    expect(paragraphs(shape)).toEqual(['bellhere', 'two', 'lines']);
    expect(shape).not.toContain('\u0007');
  });

  it.each<[Lang, string]>([
    ['en', 'Port of Nacala'],
    ['ja', 'ナカラ港'],
  ])(
    'reads back in LibreOffice with the label on its step’s page (%s)',
    async (lang, label) => {
      const file = await writePptx(deckOf(osa, lang), annotated(osa, marksOf(NACALA, lang)));
      const pdf = readWithLibreOffice(file);
      expect(pdf.pages).toBe(osa.steps.length + 2);
      expect(squash(pdf.text[1]!)).toContain(squash(label));
      expect(squash(pdf.text[2]!)).not.toContain(squash(label));
    },
    240_000,
  );
});

describe('bad annotations', () => {
  const deck = deckOf(osa, 'en');
  const marks = marksOf(NACALA, 'en');
  const withAnnotations = (annotations: NonNullable<StepMedia['annotations']>) => stills(osa).map((s) => ({ ...s, annotations }));
  const ring = marks.find((m) => m.kind === 'ring')!;
  it.each<[string, NonNullable<StepMedia['annotations']>, string]>([
    [
      'laid out on no picture',
      { marks, width: 0, height: 1080 },
      'Step 1: the annotations are laid out on a 0×1080 picture; its width and height must be positive.',
    ],
    [
      'laid out on a square',
      { marks, width: 1080, height: 1080 },
      "Step 1: the annotations are laid out on a 1080×1080 picture, not the 1920×1080 picture's shape.",
    ],
    ['too many marks', { marks: Array.from({ length: 41 }, () => ring), ...PICTURE }, 'Step 1: 41 annotation marks, more than 40.'],
    [
      'a colour that is not #rrggbb',
      { marks: [{ ...ring, colour: '"/><a:fld/>' }], ...PICTURE },
      'Step 1: annotation mark 1 (ring) has the colour',
    ],
    [
      'a position that is not a number',
      { marks: [{ ...ring, centre: [Number.NaN, 5] }], ...PICTURE },
      'Step 1: annotation mark 1 (ring) has a position or size that is not a finite number.',
    ],
  ])('is refused with a clear message: %s', async (_, annotations, message) => {
    await expect(writePptx(deck, withAnnotations(annotations))).rejects.toThrow(message);
  });

  it('accepts marks laid out at another size of the same shape (scaled to the slide)', async () => {
    const half = marksOf(NACALA, 'en').map((m) =>
      m.kind === 'ring' ? { ...m, centre: [m.centre[0] / 2, m.centre[1] / 2] as const, radius: m.radius / 2 } : m,
    );
    const parts = readPptx(
      await writePptx(deck, withAnnotations({ marks: half.filter((m) => m.kind === 'ring'), width: 960, height: 540 })),
    );
    const { cx } = frame(shapeNamed(parts.xml(slideParts(parts)[1]!), 'Annotation 3 ring'));
    expect(Math.abs(cx - 2 * ring.radius * EMU_PER_PX)).toBeLessThanOrEqual(2);
  });
});
