/**
 * The rows that could not be placed, as a CSV to download and fix: row, column, reason_en, reason_ja,
 * then the row's cells under the file's own headers. Written by papaparse (quotes, line breaks and
 * delimiters escaped), CRLF line ends and a UTF-8 byte-order mark so Excel opens the Japanese
 * correctly. A cell that a spreadsheet would run as a formula (starting = + - @, a tab or a carriage
 * return, or their full-width forms) gets a leading ' — except a plain number such as -35.2.
 */
import Papa from 'papaparse';
import type { CellValue, RejectedRow } from './types';

export const REJECTED_HEADERS = ['row', 'column', 'reason_en', 'reason_ja'] as const;

/** Starts like a formula and is not a plain signed number. */
export const FORMULA_START = /^(?![+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$)[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

const BOM = '\uFEFF';

function text(cell: CellValue): string | number | boolean {
  return cell ?? '';
}

export function rejectedRowsCsv(rejected: readonly RejectedRow[], columns: readonly string[]): string {
  const width = rejected.reduce((w, r) => Math.max(w, r.cells.length), columns.length);
  const header = [...REJECTED_HEADERS, ...Array.from({ length: width }, (_, i) => columns[i] ?? `column ${i + 1}`)];
  const rows = rejected.map((r) => [
    r.row,
    r.column ?? '',
    r.reason.en,
    r.reason.ja,
    ...Array.from({ length: width }, (_, i) => text(r.cells[i] ?? null)),
  ]);
  return BOM + Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: FORMULA_START });
}
