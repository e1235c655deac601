import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { Initiative } from '../data/initiative.ts';
import { parseDataset } from '../data/validate.ts';
import type { Tour } from '../state/tour.ts';
import { BUILT_IN_TOURS } from '../state/tours.ts';
import { buildDeck, citation, JAPANESE_FONT, NOTES_LIMIT, plainText, type DeckSlide } from './deck-model.ts';
import { stepInfo, type StepInfo } from './step-info.ts';

const parsed = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!parsed.ok) throw new Error('the shipped dataset does not validate');
const dataset = parsed.value;
const byId = new Map(dataset.initiatives.map((i) => [i.id, i]));
const osa = BUILT_IN_TOURS.find((t) => t.id === 'osa')!;
/** The raw file, read plainly: expectations do not come from the code under test. */
const raw = JSON.parse(readFileSync('data/initiatives.geojson', 'utf8')) as {
  features: { id: string; properties: { tools: string[]; pillar: number } }[];
};

function deckOf(tour: Tour, lang: 'en' | 'ja') {
  const steps = tour.steps.map((_, i) => stepInfo(tour, i, lang, dataset.initiatives));
  return { steps, deck: buildDeck({ lang, steps, initiative: (id) => byId.get(id), metadata: dataset.metadata }) };
}

function stepSlides(slides: readonly DeckSlide[]) {
  return slides.flatMap((s) => (s.kind === 'step' ? [s] : []));
}

describe('stepInfo', () => {
  it("reports the initiatives the step's query matches, in dataset order, with counts per focus area", () => {
    const info = stepInfo(osa, 0, 'en', dataset.initiatives);
    const expected = raw.features.filter((f) => f.properties.tools.includes('OSA'));
    expect(info.ids).toEqual(expected.map((f) => f.id));
    expect(info.total).toBe(expected.length);
    expect(info.counts[3]).toBe(expected.filter((f) => f.properties.pillar === 3).length);
    expect(info.counts[1] + info.counts[2] + info.counts[3]).toBe(info.total);
    expect(info).toMatchObject({
      tourId: 'osa',
      tourTitle: osa.title.en,
      caption: osa.steps[0]!.caption.en,
      index: 0,
      steps: osa.steps.length,
      lang: 'en',
    });
  });

  it('gives the caption and title in the language asked for', () => {
    const info = stepInfo(osa, 1, 'ja', dataset.initiatives);
    expect(info.caption).toBe(osa.steps[1]!.caption.ja);
    expect(info.tourTitle).toBe(osa.title.ja);
  });

  it('is plain JSON (it crosses from the page to Node)', () => {
    const info = stepInfo(osa, 2, 'en', dataset.initiatives);
    expect(JSON.parse(JSON.stringify(info))).toEqual(info);
  });

  it.each([-1, 99, 1.5])('names the valid range for step %s', (index) => {
    expect(() => stepInfo(osa, index, 'en', dataset.initiatives)).toThrow(
      `Tour "osa" has steps 0–${osa.steps.length - 1}; step ${index} was asked for.`,
    );
  });
});

describe('buildDeck', () => {
  it('has a title slide, one slide per step and a closing slide, in that order', () => {
    const { deck } = deckOf(osa, 'en');
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', ...osa.steps.map(() => 'step'), 'closing']);
    expect(stepSlides(deck.slides).map((s) => s.step)).toEqual(osa.steps.map((_, i) => i));
    expect(deck.fileName).toBe('foip-atlas-osa-en.pptx');
  });

  it('puts the tour title, data date and sources on the title slide', () => {
    const { deck } = deckOf(osa, 'en');
    const title = deck.slides[0]!;
    expect(title.kind).toBe('title');
    if (title.kind !== 'title') return;
    expect(title.title).toBe(osa.title.en);
    expect(title.lines.join('\n')).toContain(`Data as of ${dataset.metadata!.updated}`);
    for (const source of dataset.metadata!.sources) expect(title.lines.join('\n')).toContain(source.title.en);
  });

  it('gives each step slide its caption, its count and legend counts that add up', () => {
    const { deck, steps } = deckOf(osa, 'en');
    stepSlides(deck.slides).forEach((slide, i) => {
      const info = steps[i]!;
      expect(slide.caption).toBe(osa.steps[i]!.caption.en);
      expect(slide.heading).toBe(`${osa.title.en} · Step ${i + 1} of ${osa.steps.length}`);
      expect(slide.total).toBe(`${info.total} initiative${info.total === 1 ? '' : 's'}`);
      expect(slide.legend.map((r) => r.count)).toEqual([info.counts[1], info.counts[2], info.counts[3]]);
      expect(slide.legend.map((r) => r.color)).toEqual(['#0072B2', '#009E73', '#D55E00']);
      expect(slide.legend[2]!.text).toBe(`3. Security: ${info.counts[3]}`);
    });
  });

  it('lists every initiative of a step in its notes with hosts, means, source, section and the verbatim quote', () => {
    const { deck, steps } = deckOf(osa, 'en');
    stepSlides(deck.slides).forEach((slide, i) => {
      for (const id of steps[i]!.ids) {
        const p = byId.get(id)!.properties;
        expect(slide.notes).toContain(p.title.en);
        expect(slide.notes).toContain(`Quote (Japanese, verbatim): 「${p.source.quote}」`);
        expect(slide.notes).toContain(p.source.section);
        expect(slide.notes).toContain('Means: OSA (security assistance)');
      }
    });
    // Step 2: coastal radar for the Philippines and Djibouti, host names from CLDR.
    expect(stepSlides(deck.slides)[1]!.notes).toMatch(/Host countries: Philippines\b/);
    expect(stepSlides(deck.slides)[1]!.notes).toMatch(/Host countries: Djibouti\b/);
  });

  it('writes everything in Japanese, with the Japanese font and language tag, for lang=ja', () => {
    const { deck, steps } = deckOf(osa, 'ja');
    expect(deck).toMatchObject({
      lang: 'ja',
      langTag: 'ja-JP',
      fontFace: JAPANESE_FONT,
      title: osa.title.ja,
      fileName: 'foip-atlas-osa-ja.pptx',
    });
    const first = stepSlides(deck.slides)[0]!;
    expect(first.heading).toBe(`${osa.title.ja} · ステップ 1 / ${osa.steps.length}`);
    expect(first.total).toBe(`${steps[0]!.total}件の取組`);
    expect(first.legend[2]!.text).toBe(`3. 安全保障：${steps[0]!.counts[3]}件`);
    expect(first.notes).toContain('手段: OSA（政府安全保障能力強化支援）');
    expect(first.notes).toContain(`引用（原文）: 「${byId.get(steps[0]!.ids[0]!)!.properties.source.quote}」`);
    const closing = deck.slides.at(-1)!;
    expect(closing.kind === 'closing' && closing.lines.join('\n')).toContain('基図：Natural Earth（world-atlas経由');
  });

  it("ends with the citation and the basemap's attribution", () => {
    const { deck } = deckOf(osa, 'en');
    const closing = deck.slides.at(-1)!;
    expect(closing.kind).toBe('closing');
    if (closing.kind !== 'closing') return;
    expect(closing.lines).toContain(citation('en', dataset.metadata));
    expect(closing.lines).toContain('Basemap: Natural Earth via world-atlas (public domain).');
    expect(citation('en', dataset.metadata)).toBe(
      `FOIP Atlas initiatives (${dataset.metadata!.updated}). Sources: ${dataset.metadata!.sources.map((s) => `${s.title.en} (${s.title.ja})`).join('; ')}.`,
    );
    expect(citation('ja', dataset.metadata)).toBe(
      `FOIP Atlas 取組データ（${dataset.metadata!.updated}）。出典：${dataset.metadata!.sources.map((s) => s.title.ja).join('；')}。`,
    );
  });

  it('says when a step matches nothing, and counts what it leaves out of very long notes', () => {
    const tour: Tour = {
      id: 'edge',
      kind: 'own',
      title: { en: 'Edge', ja: '境界' },
      steps: [{ query: 'q=nothing-matches-this', caption: { en: 'None', ja: 'なし' } }],
    };
    const { deck } = deckOf(tour, 'en');
    expect(stepSlides(deck.slides)[0]!.notes).toContain('No initiative matches this step.');

    const many: Initiative[] = Array.from({ length: NOTES_LIMIT + 5 }, (_, k) => ({ ...palauAirport(), id: `palau-${k}` }));
    const lookup = new Map(many.map((i) => [i.id, i]));
    const info: StepInfo = {
      tourId: 'big',
      tourTitle: 'Big',
      lang: 'en',
      index: 0,
      steps: 1,
      caption: 'All',
      counts: { 1: 0, 2: 0, 3: many.length },
      total: many.length,
      ids: many.map((i) => i.id),
    };
    const notes = stepSlides(buildDeck({ lang: 'en', steps: [info], initiative: (id) => lookup.get(id), metadata: undefined }).slides)[0]!
      .notes;
    expect(notes).toContain(`${NOTES_LIMIT}. ${many[0]!.properties.title.en}`);
    expect(notes).not.toContain(`${NOTES_LIMIT + 1}. `);
    expect(notes).toContain('… and 5 more (the dataset lists them all).');
  });

  it('names an initiative the dataset does not hold', () => {
    const info: StepInfo = {
      tourId: 't',
      tourTitle: 'T',
      lang: 'en',
      index: 0,
      steps: 1,
      caption: 'c',
      counts: { 1: 1, 2: 0, 3: 0 },
      total: 1,
      ids: ['gone-missing'],
    };
    expect(() => buildDeck({ lang: 'en', steps: [info], initiative: () => undefined, metadata: undefined })).toThrow(
      'Step 1 lists initiative "gone-missing", which the dataset does not hold',
    );
  });

  it('refuses a deck with no step', () => {
    expect(() => buildDeck({ lang: 'en', steps: [], initiative: () => undefined, metadata: undefined })).toThrow(
      'A deck needs at least one step.',
    );
  });
});

describe('plainText', () => {
  it.each([
    ['<img src=x onerror="alert(1)">', '<img src=x onerror="alert(1)">'],
    ['\u202Egnp.exe', '\u202Egnp.exe'],
    ['bell\u0007 and null\u0000 and form feed\u000C', 'bell and null and form feed'],
    ['tab\tand\nlines\r\n', 'tab\tand\nlines\r\n'],
    ['lone \uD800 surrogate \uDC00 halves', 'lone  surrogate  halves'],
    ['emoji 🗾 stays', 'emoji 🗾 stays'],
    ['\uFFFE\uFFFF', ''],
  ])('keeps %j as text XML can carry', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe('buildDeck with the user’s own layers', () => {
  it('names each overlay with the source the user gave on the title and closing slides, in the deck’s language', () => {
    const steps = osa.steps.map((_, i) => stepInfo(osa, i, 'en', dataset.initiatives));
    const overlays = [
      { name: 'Ports <b>2024</b>', source: 'My own list' },
      { name: 'Cables', source: '' },
    ];
    const deck = buildDeck({ lang: 'en', steps, initiative: (id) => byId.get(id), metadata: dataset.metadata, overlays });
    const title = deck.slides[0]!;
    const closing = deck.slides.at(-1)!;
    const lines = (slide: DeckSlide) => (slide.kind === 'step' ? [] : slide.lines);
    for (const slide of [title, closing]) {
      expect(lines(slide)).toContain('Overlay: Ports <b>2024</b>; source as given by the user: My own list');
      expect(lines(slide)).toContain('Overlay: Cables; source as given by the user: not given');
    }
    const ja = buildDeck({ lang: 'ja', steps, initiative: (id) => byId.get(id), metadata: dataset.metadata, overlays });
    expect(lines(ja.slides.at(-1)!)).toContain('重ねたデータ：Cables（出典は利用者による：記載なし）');
  });

  it('says nothing of overlays when there are none', () => {
    const { deck } = deckOf(osa, 'en');
    expect(deck.slides.flatMap((s) => (s.kind === 'step' ? [] : s.lines)).join('\n')).not.toMatch(/Overlay/);
  });
});
