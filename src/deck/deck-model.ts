/**
 * The slides of a tour's deck as plain data: a title slide, one slide per step (its map,
 * caption, legend counts and speaker notes with the sources), and a closing slide with the
 * citation and the basemap's attribution. Pure: no PowerPoint library here, so the words,
 * the order and the notes are tested without one; `write-pptx.ts` lays this out.
 *
 * Every string from the dataset or a tour file passes through `plainText`, so what reaches
 * the writer is text a slide can hold as text (no characters XML cannot carry).
 */
import type { DatasetMetadata, Initiative } from '../data/initiative.ts';
import { partnerName, PILLAR_SHORT, SCOPE_LABELS, SOURCE_LABELS, TOOL_LABELS } from '../data/labels.ts';
import { countryName } from '../data/countries.ts';
import { PILLARS, type Pillar } from '../data/vocabulary.ts';
import type { Lang } from '../lib/lang.ts';
import { pillarColor } from '../picture/palette.ts';
import type { StepInfo } from './step-info.ts';

/**
 * The font named on Japanese text. 游ゴシック (Yu Gothic) ships with Windows 8.1 and later and
 * with Office for Mac, and it is the Japanese font of Office's own default theme (the theme
 * pptxgenjs writes names it too), so PowerPoint on both systems has it. Meiryo is Windows-only,
 * Hiragino macOS-only.
 */
export const JAPANESE_FONT = '游ゴシック';

/** Notes list at most this many initiatives per step; the rest are counted (a synthetic 100k set would make notes no one can read). */
export const NOTES_LIMIT = 200;

export interface LegendRow {
  readonly pillar: Pillar;
  /** "#0072B2" */
  readonly color: string;
  readonly label: string;
  readonly count: number;
  /** The row as the slide shows it: "3. Security: 8" */
  readonly text: string;
}

export type DeckSlide =
  | { readonly kind: 'title'; readonly title: string; readonly subtitle: string; readonly lines: readonly string[] }
  | {
      readonly kind: 'step';
      /** From 0: which step's picture (and video) this slide shows. */
      readonly step: number;
      /** "Security assistance (OSA) · Step 2 of 5" */
      readonly heading: string;
      readonly caption: string;
      /** "7 initiatives" */
      readonly total: string;
      readonly legend: readonly LegendRow[];
      /** Speaker notes: the step's initiatives with source, section and verbatim quote. */
      readonly notes: string;
      /** The picture's description for screen readers. */
      readonly alt: string;
    }
  | { readonly kind: 'closing'; readonly heading: string; readonly lines: readonly string[] };

export interface Deck {
  readonly lang: Lang;
  /** BCP 47 tag written on every text run. */
  readonly langTag: 'en-US' | 'ja-JP';
  /** The font for every run, or null for the theme's own (English). */
  readonly fontFace: string | null;
  readonly title: string;
  readonly fileName: string;
  readonly slides: readonly DeckSlide[];
}

export interface DeckInput {
  readonly lang: Lang;
  /** The tour's steps, in order, as the page or `stepInfo` reports them. */
  readonly steps: readonly StepInfo[];
  /** Looks an initiative up by id (the dataset the steps were computed from). */
  readonly initiative: (id: string) => Initiative | undefined;
  readonly metadata: DatasetMetadata | undefined;
  /**
   * The user's own layers drawn on the pictures, each with the source the user gave: named on the
   * title and closing slides beside ours ("Overlay: …; source as given by the user: …").
   */
  readonly overlays?: readonly { readonly name: string; readonly source: string }[];
}

const WORDS = {
  en: {
    kicker: 'FOIP Atlas',
    subtitle: (steps: number) => `A tour of Japan’s FOIP initiatives in ${steps} step${steps === 1 ? '' : 's'}`,
    dataDate: (date: string) => `Data as of ${date}`,
    sources: 'Sources',
    overlay: (name: string, source: string) => `Overlay: ${name}; source as given by the user: ${source || 'not given'}`,
    stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
    count: (n: number) => `${n} initiative${n === 1 ? '' : 's'}`,
    legendRow: (label: string, n: number) => `${label}: ${n}`,
    list: ', ',
    shown: (n: number) => `Initiatives on this slide (${n}):`,
    none: 'No initiative matches this step.',
    more: (n: number) => `… and ${n} more (the dataset lists them all).`,
    hosts: 'Host countries',
    partners: 'Partners',
    means: 'Means',
    source: 'Source',
    quote: 'Quote (Japanese, verbatim)',
    mapLabel: 'World-map label',
    closing: 'Sources and credits',
    citation: (name: string, date: string, sources: string) => `${name} (${date}). Sources: ${sources}.`,
    datasetName: (name: string) => name,
    basemap: 'Basemap: Natural Earth via world-atlas (public domain).',
    madeWith: 'Made with FOIP Atlas from the documents above; speaker notes give each initiative’s source, section and verbatim quote.',
    noMetadata: 'FOIP Atlas initiatives.',
  },
  ja: {
    kicker: 'FOIP Atlas',
    subtitle: (steps: number) => `日本のFOIPの取組をたどる${steps}ステップのツアー`,
    dataDate: (date: string) => `データ時点：${date}`,
    sources: '出典',
    overlay: (name: string, source: string) => `重ねたデータ：${name}（出典は利用者による：${source || '記載なし'}）`,
    stepOf: (i: number, n: number) => `ステップ ${i} / ${n}`,
    count: (n: number) => `${n}件の取組`,
    legendRow: (label: string, n: number) => `${label}：${n}件`,
    list: '、',
    shown: (n: number) => `このスライドの取組（${n}件）：`,
    none: 'このステップに該当する取組はありません。',
    more: (n: number) => `…ほか${n}件（データセットにすべて収録）。`,
    hosts: '実施国',
    partners: '連携先',
    means: '手段',
    source: '出典',
    quote: '引用（原文）',
    mapLabel: '世界地図の表記',
    closing: '出典とクレジット',
    citation: (name: string, date: string, sources: string) => `${name}（${date}）。出典：${sources}。`,
    datasetName: (name: string) => (name === 'FOIP Atlas initiatives' ? 'FOIP Atlas 取組データ' : name),
    basemap: '基図：Natural Earth（world-atlas経由、パブリックドメイン）。',
    madeWith: '上記の文書からFOIP Atlasで作成。発表者ノートに各取組の出典・項目・原文の引用を記載。',
    noMetadata: 'FOIP Atlas 取組データ。',
  },
} as const;

/**
 * Text as a slide can hold it: characters XML 1.0 cannot carry (C0 controls other than tab and
 * line breaks, lone surrogates, U+FFFE/U+FFFF) are dropped; everything else, markup-like text
 * included, stays exactly as it was and is escaped by the writer.
 */
export function plainText(value: string): string {
  return value.replace(NOT_XML, '');
}

/* eslint-disable no-control-regex -- these are exactly the characters being removed */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** The deck of one tour in one language. Throws, naming the id, when a step lists an initiative the lookup does not know. */
export function buildDeck({ lang, steps, initiative, metadata, overlays = [] }: DeckInput): Deck {
  const first = steps[0];
  if (!first) throw new Error('A deck needs at least one step.');
  const words = WORDS[lang];
  const tourTitle = plainText(first.tourTitle);
  const sources = metadata ? metadata.sources.map((s) => plainText(s.title[lang])) : [];
  const overlayLines = overlays.map((o) => words.overlay(plainText(o.name), plainText(o.source)));

  const title: DeckSlide = {
    kind: 'title',
    title: tourTitle,
    subtitle: words.subtitle(steps.length),
    lines: [
      ...(metadata ? [words.dataDate(plainText(metadata.updated))] : []),
      ...(sources.length ? [`${words.sources}: ${sources.join(lang === 'ja' ? '；' : '; ')}`] : []),
      ...overlayLines,
    ],
  };

  const stepSlides = steps.map((info, position): DeckSlide => {
    const found = info.ids.map((id) => {
      const item = initiative(id);
      if (!item)
        throw new Error(
          `Step ${position + 1} lists initiative "${id}", which the dataset does not hold (is the built app older than data/initiatives.geojson? Run npm run build).`,
        );
      return item;
    });
    const stepOf = words.stepOf(position + 1, steps.length);
    const caption = plainText(info.caption);
    return {
      kind: 'step',
      step: position,
      heading: `${tourTitle} · ${stepOf}`,
      caption,
      total: words.count(info.total),
      legend: PILLARS.map((pillar) => {
        const label = `${pillar}. ${PILLAR_SHORT[pillar][lang]}`;
        const count = info.counts[pillar];
        return { pillar, color: pillarColor(pillar), label, count, text: words.legendRow(label, count) };
      }),
      notes: stepNotes(lang, `${stepOf}: ${caption}`, found),
      alt: `${stepOf}: ${caption}`,
    };
  });

  const closing: DeckSlide = {
    kind: 'closing',
    heading: words.closing,
    lines: [citation(lang, metadata), ...overlayLines, words.basemap, words.madeWith],
  };

  return {
    lang,
    langTag: lang === 'ja' ? 'ja-JP' : 'en-US',
    fontFace: lang === 'ja' ? JAPANESE_FONT : null,
    title: tourTitle,
    fileName: `foip-atlas-${first.tourId}-${lang}.pptx`,
    slides: [title, ...stepSlides, closing],
  };
}

/** The citation in the deck's language: dataset, date and source documents. */
export function citation(lang: Lang, metadata: DatasetMetadata | undefined): string {
  const words = WORDS[lang];
  if (!metadata) return words.noMetadata;
  const sources = metadata.sources
    .map((s) => (lang === 'ja' ? plainText(s.title.ja) : `${plainText(s.title.en)} (${plainText(s.title.ja)})`))
    .join(lang === 'ja' ? '；' : '; ');
  return words.citation(words.datasetName(plainText(metadata.name)), plainText(metadata.updated), sources);
}

/** Speaker notes: what the step shows, then each initiative with hosts, means, source, section and quote. */
export function stepNotes(lang: Lang, heading: string, initiatives: readonly Initiative[]): string {
  const words = WORDS[lang];
  const lines = [heading, ''];
  if (initiatives.length === 0) lines.push(words.none);
  else lines.push(words.shown(initiatives.length));
  initiatives.slice(0, NOTES_LIMIT).forEach((item, k) => {
    const p = item.properties;
    const hosts = p.countries.map((code) => countryName(code, lang)).join(words.list);
    const scope = p.scope ? `${SCOPE_LABELS[p.scope][lang]}: ` : '';
    lines.push(
      '',
      `${k + 1}. ${plainText(p.title[lang])}`,
      `   ${words.hosts}: ${scope}${hosts}`,
      `   ${words.means}: ${p.tools.map((tool) => TOOL_LABELS[tool][lang]).join(words.list)}`,
      `   ${words.source}: ${SOURCE_LABELS[p.source.doc][lang]} — ${plainText(p.source.section)}`,
      `   ${words.quote}: 「${plainText(p.source.quote)}」`,
    );
    if (p.source.mapLabel) lines.push(`   ${words.mapLabel}: 「${plainText(p.source.mapLabel)}」`);
    if (p.partners.length > 0) lines.push(`   ${words.partners}: ${p.partners.map((code) => partnerName(code, lang)).join(words.list)}`);
  });
  if (initiatives.length > NOTES_LIMIT) lines.push('', words.more(initiatives.length - NOTES_LIMIT));
  return lines.join('\n');
}
