/**
 * Bytes to text for CSV and TSV files, saying which encoding was read. Order: a byte-order mark
 * (UTF-8, UTF-16 LE/BE), else strict UTF-8, else Shift_JIS (what Excel on Japanese Windows writes
 * for "CSV (comma delimited)"), else Windows-1252 (Western European Excel), which decodes any bytes.
 * Binary files (a ZIP, a PDF, an old .xls, an image) are refused before any decoding is tried.
 */
import { err, ok, type Result } from '../lib/result';
import type { Bilingual, ReadError } from './types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

export interface DecodedText {
  /** The text, without its byte-order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Whether the file began with a byte-order mark (then removed). */
  readonly bom: boolean;
  /** Said to the user: which encoding was read, and why when it was a guess. */
  readonly note: Bilingual;
}

/** How many leading bytes are looked at to tell text from binary. */
const SNIFF_BYTES = 64 * 1024;

/** Signatures of binary files people rename or pick by mistake, named in the message. */
const BINARY_SIGNATURES: readonly { readonly bytes: readonly number[]; readonly en: string; readonly ja: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    en: 'a ZIP archive (an .xlsx, .kmz or zipped shapefile?)',
    ja: 'ZIPアーカイブ(.xlsx、.kmz、ZIP圧縮したシェープファイル?)',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    en: 'an old Excel (.xls) workbook: save it as .xlsx or CSV',
    ja: '旧形式のExcelブック(.xls)。.xlsxかCSVで保存し直してください',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], en: 'a PDF document', ja: 'PDF文書' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], en: 'a PNG image', ja: 'PNG画像' },
  { bytes: [0xff, 0xd8, 0xff], en: 'a JPEG image', ja: 'JPEG画像' },
  { bytes: [0x1f, 0x8b], en: 'a gzip archive', ja: 'gzipアーカイブ' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function notText(what: Bilingual): ReadError {
  return {
    code: 'not-what-it-says',
    message: {
      en: `This file is not text as a CSV or TSV file is: it looks like ${what.en}.`,
      ja: `このファイルはCSVやTSVのようなテキストではありません。${what.ja}のようです。`,
    },
  };
}

/** Control bytes other than tab, line feed, form feed, carriage return and DOS end-of-file (0x1A) mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) control++;
  }
  return control > end / 100;
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return null; // the bytes are not valid in this encoding
    throw error;
  }
}

const NOTES: Record<TextEncodingName, Bilingual> = {
  'utf-8': { en: 'Encoding: UTF-8', ja: '文字コード: UTF-8' },
  'utf-16le': { en: 'Encoding: UTF-16 (little-endian, from its byte-order mark)', ja: '文字コード: UTF-16(リトルエンディアン、BOMによる)' },
  'utf-16be': { en: 'Encoding: UTF-16 (big-endian, from its byte-order mark)', ja: '文字コード: UTF-16(ビッグエンディアン、BOMによる)' },
  shift_jis: {
    en: 'Encoding: Shift_JIS (not valid UTF-8; Excel on Japanese Windows saves CSV this way)',
    ja: '文字コード: Shift_JIS(UTF-8として読めないため。日本語版WindowsのExcelはCSVをこの形式で保存します)',
  },
  'windows-1252': {
    en: 'Encoding: Windows-1252 (neither UTF-8 nor Shift_JIS; check accented letters)',
    ja: '文字コード: Windows-1252(UTF-8でもShift_JISでもないため。アクセント付きの文字を確認してください)',
  },
};

function decoded(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
  const note =
    bom && encoding === 'utf-8' ? { en: 'Encoding: UTF-8 (with a byte-order mark)', ja: '文字コード: UTF-8(BOM付き)' } : NOTES[encoding];
  return { text, encoding, bom, note };
}

/** Reads a text file's bytes; a binary file is a ReadError 'not-what-it-says'. */
export function decodeText(bytes: Uint8Array): Result<DecodedText, ReadError> {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    if (text !== null) return ok(decoded(text, 'utf-8', true));
  }
  if (startsWith(bytes, [0xff, 0xfe])) return ok(decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', true));
  if (startsWith(bytes, [0xfe, 0xff])) return ok(decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', true));

  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return err(notText(signature));
  if (looksBinary(bytes)) return err(notText({ en: 'binary data', ja: 'バイナリデータ' }));

  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return ok(decoded(utf8, 'utf-8', false));
  const sjis = decodeStrict('shift_jis', bytes);
  if (sjis !== null) return ok(decoded(sjis, 'shift_jis', false));
  return ok(decoded(new TextDecoder('windows-1252').decode(bytes), 'windows-1252', false));
}
