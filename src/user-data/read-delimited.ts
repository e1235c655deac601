/**
 * CSV and TSV files to a UserTable, with papaparse (the whole decoded text at once: a 100 MB file is
 * the limit, and the parse runs in a worker). Row numbers are record numbers as a spreadsheet shows
 * them: the header is row 1 (when it is the first line), the first data record row 2, blank lines
 * count as rows but are skipped, and a quoted cell spanning several lines is one row, so the row after
 * it is numbered as a spreadsheet numbers it, not by lines of text.
 */
import Papa from 'papaparse';
import { err, ok, type Result } from '../lib/result';
import { decodeText } from './decode-text';
import { checkFeatureCount, checkFileSize } from './limits';
import { tableFromRecords, type SourceRecord } from './table-from-records';
import type { Bilingual, Delimiter, ReadError, UserTable } from './types';

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
const SEP_LINE = /^sep=(.)\r?\n/i;

const DELIMITER_NAMES: Record<Delimiter, Bilingual> = {
  ',': { en: 'comma', ja: 'カンマ' },
  ';': { en: 'semicolon', ja: 'セミコロン' },
  '\t': { en: 'tab', ja: 'タブ' },
  '|': { en: 'vertical bar', ja: '縦棒' },
};

function isDelimiter(value: string): value is Delimiter {
  return (DELIMITERS as readonly string[]).includes(value);
}

const EMPTY: ReadError = {
  code: 'empty',
  message: { en: 'This file is empty: it has no header and no rows.', ja: 'このファイルは空です。見出しも行もありません。' },
};

/** What papaparse said about a malformed quote, as a note naming the row. */
function quoteNote(error: Papa.ParseError): Bilingual | null {
  const row = typeof error.row === 'number' ? error.row + 1 : null;
  const where: Bilingual = row === null ? { en: 'A row', ja: 'ある行' } : { en: `Row ${row}`, ja: `${row}行目` };
  if (error.code === 'MissingQuotes') {
    return {
      en: `${where.en}: a quoted cell is never closed, so the rest of the file was read into that cell`,
      ja: `${where.ja}: 引用符で始まるセルが閉じられていないため、ファイルの残りをそのセルとして読みました`,
    };
  }
  if (error.code === 'InvalidQuotes') {
    return {
      en: `${where.en}: a quoted cell has text after its closing quote; it was read as written`,
      ja: `${where.ja}: 引用符で囲んだセルの閉じ引用符の後に文字があります。そのまま読みました`,
    };
  }
  return null;
}

export function readDelimited(bytes: Uint8Array, kind: 'csv' | 'tsv'): Result<UserTable, ReadError> {
  const tooLarge = checkFileSize(bytes.byteLength);
  if (tooLarge) return err(tooLarge);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded.value;
  if (text.trim() === '') return err(EMPTY);

  // Excel's own hint on the first line ("sep=;"): it names the delimiter and is not a row Excel shows.
  const hint = SEP_LINE.exec(text);
  const hinted = hint && isDelimiter(hint[1]!) ? hint[1] : null;
  const body = hint ? text.slice(hint[0].length) : text;

  const parsed = Papa.parse<string[]>(body, {
    delimiter: hinted ?? (kind === 'tsv' ? '\t' : ''),
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  const found = parsed.meta.delimiter;
  const delimiter: Delimiter = isDelimiter(found) ? found : kind === 'tsv' ? '\t' : ',';

  const records: SourceRecord[] = parsed.data.map((cells, i) => ({ cells, number: i + 1 }));
  const parts = tableFromRecords(records);
  if (parts === null) return err(EMPTY);
  const tooMany = checkFeatureCount(parts.rows.length);
  if (tooMany) return err(tooMany);

  const name = DELIMITER_NAMES[delimiter];
  const notes: Bilingual[] = [decoded.value.note];
  if (hinted)
    notes.push({ en: `Delimiter: ${name.en} (from the file's "sep=" line)`, ja: `区切り文字: ${name.ja}(ファイルの「sep=」行による)` });
  else if (parts.columns.length > 1 || kind === 'tsv') notes.push({ en: `Delimiter: ${name.en}`, ja: `区切り文字: ${name.ja}` });
  else notes.push({ en: 'One column: no delimiter found in the header', ja: '列は1つです(見出しに区切り文字がありません)' });
  for (const error of parsed.errors) {
    const note = quoteNote(error);
    if (note) notes.push(note);
  }
  notes.push(...parts.notes);

  return ok({
    columns: parts.columns,
    rows: parts.rows,
    rowNumbers: parts.rowNumbers,
    notes: notes.map((n) => n.en),
    bilingualNotes: notes,
    delimiter,
  });
}
