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
import { parseDataset, validateDataset, type ValidDataset } from '../data/validate.ts';
import type { Lang } from '../lib/lang.ts';
import { validateTour, type Tour } from '../state/tour.ts';
import { BUILT_IN_TOURS } from '../state/tours.ts';
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
