/**
 * CSV export (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled), as UTF-8 with a byte-order mark so Excel reads Japanese
 * correctly. Text that a spreadsheet would run as a formula (= + - @, tab, CR) is
 * neutralised with a leading apostrophe.
 */
import { positionsOf, type Initiative } from './initiative.ts';
import { PRECISION_LABELS, SOURCE_LABELS } from './labels.ts';

export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = [
  'id',
  'title_en',
  'title_ja',
  'summary_en',
  'summary_ja',
  'pillar',
  'countries',
  'scope',
  'partners',
  'tools',
  'precision',
  'precision_label',
  'status',
  'date',
  'amount',
  'currency',
  'place_en',
  'source_document',
  'source_section',
  'source_section_en',
  'source_quote',
  'map_label',
  'map_label_en',
  'longitude',
  'latitude',
  'geometry',
  'citation',
] as const;

/** One row per initiative. Lists are joined with ";"; the first position gives longitude/latitude. */
export function initiativesCsv(initiatives: readonly Initiative[], citation: string): string {
  const rows: Cell[][] = initiatives.map(({ id, geometry, properties: p }) => {
    const [first] = positionsOf(geometry);
    return [
      id,
      p.title.en,
      p.title.ja,
      p.summary.en,
      p.summary.ja,
      p.pillar,
      p.countries.join(';'),
      p.scope,
      p.partners.join(';'),
      p.tools.join(';'),
      p.precision,
      PRECISION_LABELS[p.precision].en,
      p.status,
      p.date,
      p.amount?.value,
      p.amount?.currency,
      p.place?.en,
      SOURCE_LABELS[p.source.doc].en,
      p.source.section,
      p.source.sectionEn,
      p.source.quote,
      p.source.mapLabel,
      p.source.mapLabelEn,
      first?.[0],
      first?.[1],
      JSON.stringify(geometry),
      citation,
    ];
  });
  return toCsv([[...CSV_COLUMNS], ...rows]);
}
