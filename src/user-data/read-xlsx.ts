/**
 * An Excel workbook (.xlsx) to a UserTable, with read-excel-file's `universal` entry (no DOM; it runs
 * in the worker). The first sheet is read, named in a note with the sheets left unread. Numbers stay
 * numbers; dates become ISO text (a date alone "2024-01-01", with a time "2024-01-01T12:00:00", no
 * time zone: Excel keeps none); row numbers are the sheet's own. A file that is not a workbook (an old
 * .xls, a renamed CSV, a broken ZIP) is a ReadError 'not-what-it-says', never a crash.
 */
import readXlsxFile from 'read-excel-file/universal';
import { err, ok, type Result } from '../lib/result';
import { checkFeatureCount, checkFileSize } from './limits';
import { tableFromRecords } from './table-from-records';
import type { Bilingual, CellValue, ReadError, UserTable } from './types';

type SheetCell = string | number | boolean | Date | null;

function cellValue(cell: SheetCell): CellValue {
  if (cell instanceof Date) return isoDate(cell);
  return cell;
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function notAWorkbook(error: Error): ReadError {
  const oldXls = 'code' in error && error.code === 'XLS_FILE_NOT_SUPPORTED';
  if (oldXls) {
    return {
      code: 'not-what-it-says',
      message: {
        en: 'This is an old Excel (.xls) workbook, which is not read here: save it as .xlsx or CSV and open that.',
        ja: 'これは旧形式のExcelブック(.xls)で、ここでは読めません。.xlsxかCSVで保存し直して開いてください。',
      },
    };
  }
  return {
    code: 'not-what-it-says',
    message: {
      en: `This file is not a readable Excel (.xlsx) workbook (${error.message}).`,
      ja: `このファイルは読み取れるExcelブック(.xlsx)ではありません(${error.message})。`,
    },
  };
}

const EMPTY: ReadError = {
  code: 'empty',
  message: {
    en: "The workbook's first sheet is empty: it has no header and no rows.",
    ja: 'ブックの最初のシートは空です。見出しも行もありません。',
  },
};

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer;
}

export async function readXlsx(bytes: Uint8Array): Promise<Result<UserTable, ReadError>> {
  const tooLarge = checkFileSize(bytes.byteLength);
  if (tooLarge) return err(tooLarge);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(arrayBuffer(bytes));
  } catch (error) {
    if (error instanceof Error) return err(notAWorkbook(error));
    throw error;
  }
  const first = sheets[0];
  if (!first) return err(EMPTY);
  const records = first.data.map((row, i) => ({ cells: (row as readonly SheetCell[]).map(cellValue), number: i + 1 }));
  const parts = tableFromRecords(records);
  if (parts === null) return err(EMPTY);
  const tooMany = checkFeatureCount(parts.rows.length);
  if (tooMany) return err(tooMany);

  const others = sheets.slice(1).map((s) => s.sheet);
  const sheetNote: Bilingual =
    others.length === 0
      ? { en: `Sheet: "${first.sheet}"`, ja: `シート: 「${first.sheet}」` }
      : {
          en: `Sheet: "${first.sheet}", the first of ${sheets.length}; not read: ${others.map((s) => `"${s}"`).join(', ')}`,
          ja: `シート: 「${first.sheet}」(${sheets.length}枚の1枚目)。読んでいないシート: ${others.map((s) => `「${s}」`).join('、')}`,
        };
  const notes = [sheetNote, ...parts.notes];
  return ok({
    columns: parts.columns,
    rows: parts.rows,
    rowNumbers: parts.rowNumbers,
    notes: notes.map((n) => n.en),
    bilingualNotes: notes,
  });
}
