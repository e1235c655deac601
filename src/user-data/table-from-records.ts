/**
 * Records (a file's rows as read, each with its number as a person counts it) to a UserTable: the
 * first non-blank record is the header; blank records are skipped (their numbers still count);
 * blank and repeated header names are made unique; short rows are padded with blanks; cells beyond
 * the header are kept in added columns, with a note. Shared by the CSV/TSV and the .xlsx readers.
 */
import type { Bilingual, CellValue } from './types';

export interface SourceRecord {
  readonly cells: readonly CellValue[];
  /** The record's number in the file (1 for the first). */
  readonly number: number;
}

export interface TableParts {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly rowNumbers: readonly number[];
  readonly notes: readonly Bilingual[];
}

/** Blank: null, or text of spaces only. */
export function isBlankCell(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function isBlankRecord(cells: readonly CellValue[]): boolean {
  return cells.every(isBlankCell);
}

/** "rows 3, 7 and 12" / "3、7、12行目", the first few of a list and how many more. */
export function rowList(numbers: readonly number[], shown = 5): Bilingual {
  const head = numbers.slice(0, shown);
  const more = numbers.length - head.length;
  const en = `${numbers.length === 1 ? 'row' : 'rows'} ${head.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  const ja = `${head.join('、')}行目${more > 0 ? `ほか${more}行` : ''}`;
  return { en, ja };
}

function headerName(cell: CellValue): string {
  if (cell === null) return '';
  return String(cell).trim();
}

/** Unique, non-empty names: a blank header is "column N"; a repeated one gets " (2)", " (3)"… */
export function uniqueColumnNames(header: readonly string[]): { readonly names: string[]; readonly renamed: Bilingual | null } {
  const taken = new Set(header.filter((h) => h !== ''));
  const seen = new Set<string>();
  const names: string[] = [];
  let blank = 0;
  let repeated = 0;
  header.forEach((raw, i) => {
    let name = raw;
    if (name === '') {
      blank++;
      name = `column ${i + 1}`;
      for (let k = 2; taken.has(name) || seen.has(name); k++) name = `column ${i + 1} (${k})`;
    } else if (seen.has(name)) {
      repeated++;
      for (let k = 2; ; k++) {
        const candidate = `${raw} (${k})`;
        if (!taken.has(candidate) && !seen.has(candidate)) {
          name = candidate;
          break;
        }
      }
    }
    seen.add(name);
    names.push(name);
  });
  if (blank === 0 && repeated === 0) return { names, renamed: null };
  const en: string[] = [];
  const ja: string[] = [];
  if (blank > 0) {
    en.push(`${blank} blank column ${blank === 1 ? 'name was' : 'names were'} named "column N"`);
    ja.push(`空の列名${blank}件を「column N」としました`);
  }
  if (repeated > 0) {
    en.push(`${repeated} repeated column ${repeated === 1 ? 'name was' : 'names were'} numbered "(2)", "(3)"…`);
    ja.push(`重複する列名${repeated}件に「(2)」「(3)」…と番号を付けました`);
  }
  return { names, renamed: { en: `Header: ${en.join('; ')}`, ja: `見出し: ${ja.join('。')}` } };
}

/** Null when every record is blank (an empty file). */
export function tableFromRecords(records: readonly SourceRecord[]): TableParts | null {
  const headerIndex = records.findIndex((r) => !isBlankRecord(r.cells));
  if (headerIndex < 0) return null;
  const header = records[headerIndex]!;
  const { names, renamed } = uniqueColumnNames(header.cells.map(headerName));
  const width = names.length;

  let lastData = records.length - 1;
  while (lastData > headerIndex && isBlankRecord(records[lastData]!.cells)) lastData--;

  const rows: CellValue[][] = [];
  const rowNumbers: number[] = [];
  const blankRows: number[] = [];
  const shortRows: number[] = [];
  const longRows: number[] = [];
  let widest = width;
  for (let i = headerIndex + 1; i <= lastData; i++) {
    const record = records[i]!;
    if (isBlankRecord(record.cells)) {
      blankRows.push(record.number);
      continue;
    }
    const cells = record.cells.map((c) => (isBlankCell(c) ? null : c));
    // A row ending in blank cells beyond the header (a trailing delimiter) is not a long row.
    while (cells.length > width && cells[cells.length - 1] === null) cells.pop();
    if (cells.length < width) {
      shortRows.push(record.number);
      while (cells.length < width) cells.push(null);
    } else if (cells.length > width) {
      longRows.push(record.number);
      widest = Math.max(widest, cells.length);
    }
    rows.push(cells);
    rowNumbers.push(record.number);
  }

  const notes: Bilingual[] = [];
  if (renamed) notes.push(renamed);
  const columns = [...names];
  if (widest > width) {
    const taken = new Set(columns);
    for (let i = width; i < widest; i++) {
      let name = `column ${i + 1}`;
      for (let k = 2; taken.has(name); k++) name = `column ${i + 1} (${k})`;
      taken.add(name);
      columns.push(name);
    }
    for (const row of rows) while (row.length < widest) row.push(null);
    const where = rowList(longRows);
    const added = columns.slice(width);
    notes.push({
      en: `${capitalise(where.en)} ${longRows.length === 1 ? 'has' : 'have'} more cells than the header: the extra cells are kept in ${added.map((c) => `"${c}"`).join(', ')}`,
      ja: `${where.ja}は見出しより多くのセルがあります。余分なセルは${added.map((c) => `「${c}」`).join('、')}に残しました`,
    });
  }
  if (shortRows.length > 0) {
    const where = rowList(shortRows);
    notes.push({
      en: `${capitalise(where.en)} ${shortRows.length === 1 ? 'has' : 'have'} fewer cells than the header: the missing cells are blank`,
      ja: `${where.ja}は見出しよりセルが少ないため、足りないセルは空欄としました`,
    });
  }
  if (blankRows.length > 0) {
    const where = rowList(blankRows);
    notes.push({ en: `Blank ${where.en} skipped`, ja: `空の${where.ja}は読み飛ばしました` });
  }
  return { columns, rows, rowNumbers, notes };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
