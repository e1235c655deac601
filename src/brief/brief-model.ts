/**
 * An A4 brief of a view as plain data: its title in words, the date it was made, the data release,
 * counts by focus area and by means, a row per initiative (title, hosts, means, status) and each
 * initiative's source (document, section, verbatim quote). Pure: no page here, so the words and the
 * order are tested without one; `brief-document.ts` lays it out for printing.
 */
import { citationOf } from '../data/citation.ts';
import type { DatasetMetadata, Initiative } from '../data/initiative.ts';
import { partnerName, PILLAR_SHORT, SCOPE_LABELS, SOURCE_LABELS, STATUS_VALUE_LABELS, TOOL_LABELS } from '../data/labels.ts';
import { PILLARS, STATUS_VALUES, TOOLS, UNSTATED, type Pillar } from '../data/vocabulary.ts';
import type { Lang } from '../lib/lang.ts';
import { pillarColor } from '../picture/palette.ts';
import { briefWords } from './brief-words.ts';

/**
 * A brief lists at most this many initiatives (table and sources); the rest are counted. The real
 * dataset's 108 make 16 pages; a synthetic 100k set would make a document no one prints.
 */
export const BRIEF_LIMIT = 300;

export interface BriefInput {
  readonly lang: Lang;
  /** The view in words ("Philippines · OSA"), or '' for every initiative. */
  readonly title: string;
  /** The initiatives of the view, in the order the brief lists them. */
  readonly initiatives: readonly Initiative[];
  readonly metadata: DatasetMetadata | undefined;
  /** The day the brief is made, YYYY-MM-DD. */
  readonly made: string;
}

export interface CountRow {
  readonly label: string;
  readonly count: number;
  /** The focus area's colour on the map (focus-area rows only). */
  readonly color?: string;
  /** `count` split by focus area, drawn as a stacked bar in the focus areas' colours (the Summary charts' way). */
  readonly byPillar?: Readonly<Record<Pillar, number>>;
}

export interface BriefRow {
  readonly id: string;
  /** 1-based, as printed. */
  readonly number: number;
  readonly title: string;
  readonly pillar: Pillar;
  readonly color: string;
  readonly hosts: string;
  readonly means: string;
  readonly status: string;
}

export interface BriefSource {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly document: string;
  readonly section: string;
  readonly quote: string;
}

export interface Brief {
  readonly lang: Lang;
  readonly kicker: string;
  readonly title: string;
  /** "12 initiatives · Made 2026-12-05 · Data release 1.1.0 (2026-11-27)" */
  readonly facts: readonly string[];
  readonly byFocusArea: readonly CountRow[];
  /** Statuses of at least one initiative, in the order of progress, then none stated. */
  readonly byStatus: readonly CountRow[];
  /** Means used by at least one initiative, most used first. */
  readonly byMeans: readonly CountRow[];
  readonly rows: readonly BriefRow[];
  readonly sources: readonly BriefSource[];
  /** "… and 1,200 more initiatives, …" when the view has more than BRIEF_LIMIT; '' otherwise. */
  readonly more: string;
  /** The dataset's one citation (data/citation.ts) and the basemap's attribution. */
  readonly citation: string;
  /**
   * The citation's short form for every page's footer, in Latin letters only: Chromium draws the
   * command line's footer in a document of its own that cannot load the brief's Japanese font (tried:
   * its Japanese came out in the system's fallback font), so the full citation closes the document.
   */
  readonly footer: string;
  readonly fileName: string;
}

export function buildBrief({ lang, title, initiatives, metadata, made }: BriefInput): Brief {
  const w = briefWords(lang);
  const listed = initiatives.slice(0, BRIEF_LIMIT);
  const rows = listed.map((initiative, index) => rowOf(initiative, index + 1, lang));
  const release = metadata?.version ? w.release(metadata.version, metadata.updated) : metadata ? w.updated(metadata.updated) : null;
  const shownTitle = title.trim() || w.allInitiatives;
  return {
    lang,
    kicker: w.kicker,
    title: shownTitle,
    facts: [w.count(initiatives.length), w.made(dateText(made, lang)), ...(release ? [release] : [])],
    byFocusArea: PILLARS.map((pillar) => ({
      label: `${pillar}. ${PILLAR_SHORT[pillar][lang]}`,
      count: initiatives.filter((i) => i.properties.pillar === pillar).length,
      color: pillarColor(pillar),
    })),
    byStatus: statusCounts(initiatives, lang),
    byMeans: meansCounts(initiatives, lang),
    rows,
    more: initiatives.length > listed.length ? w.more(initiatives.length - listed.length) : '',
    sources: listed.map((initiative, index) => ({
      id: initiative.id,
      number: index + 1,
      title: initiative.properties.title[lang],
      document: SOURCE_LABELS[initiative.properties.source.doc][lang],
      section:
        lang === 'en' && initiative.properties.source.sectionEn
          ? `${initiative.properties.source.sectionEn} (${initiative.properties.source.section})`
          : initiative.properties.source.section,
      quote: initiative.properties.source.quote,
    })),
    citation: `${citationOf(metadata)} ${w.basemap}.`,
    footer: footerOf(metadata),
    fileName: `foip-atlas-brief-${slug(shownTitle)}-${lang}.pdf`,
  };
}

function rowOf(initiative: Initiative, number: number, lang: Lang): BriefRow {
  const p = initiative.properties;
  const separator = lang === 'ja' ? '、' : ', ';
  const hosts = [...(p.scope ? [SCOPE_LABELS[p.scope][lang]] : []), ...p.countries.map((code) => partnerName(code, lang))];
  return {
    id: initiative.id,
    number,
    title: p.title[lang],
    pillar: p.pillar,
    color: pillarColor(p.pillar),
    hosts: hosts.join(separator),
    means: p.tools.map((tool) => TOOL_LABELS[tool][lang]).join(separator),
    // In the words of the summary's status counts above it ("Not stated").
    status: STATUS_VALUE_LABELS[p.status ?? UNSTATED][lang],
  };
}

/** Each means with how many of the initiatives use it, by focus area, most used first, then in the vocabulary's order. */
function meansCounts(initiatives: readonly Initiative[], lang: Lang): CountRow[] {
  return TOOLS.map((tool) => countRow(TOOL_LABELS[tool][lang], initiatives, (i) => i.properties.tools.includes(tool)))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Each status with how many of the initiatives have it, by focus area, in the order of progress, then none stated. */
function statusCounts(initiatives: readonly Initiative[], lang: Lang): CountRow[] {
  return STATUS_VALUES.map((status) =>
    countRow(STATUS_VALUE_LABELS[status][lang], initiatives, (i) => (i.properties.status ?? UNSTATED) === status),
  ).filter((row) => row.count > 0);
}

function countRow(label: string, initiatives: readonly Initiative[], has: (initiative: Initiative) => boolean): CountRow {
  const byPillar: Record<Pillar, number> = { 1: 0, 2: 0, 3: 0 };
  for (const initiative of initiatives) if (has(initiative)) byPillar[initiative.properties.pillar] += 1;
  return { label, count: byPillar[1] + byPillar[2] + byPillar[3], byPillar };
}

/** "FOIP Atlas initiatives, version 1.2.0 (2026-12-04), CC-BY-4.0"; any character outside Latin-1 left out. */
function footerOf(metadata: DatasetMetadata | undefined): string {
  if (!metadata) return 'FOIP Atlas initiatives';
  const release = metadata.version ? `version ${metadata.version} (${metadata.updated})` : metadata.updated;
  const parts = [metadata.name, release, ...(metadata.licence ? [metadata.licence.id] : [])];
  return parts
    .join(', ')
    .replace(/[^\u0020-\u00ff]/g, '')
    .trim();
}

/** "2026-12-05" in English, "2026年12月5日" in Japanese; anything else as it is. */
export function dateText(isoDate: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match || lang === 'en') return isoDate;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** A file name's part from a title: letters and digits of any script, the rest as single hyphens. */
function slug(title: string): string {
  const words = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return (words || 'brief').slice(0, 60);
}
