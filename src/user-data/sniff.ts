/**
 * Decides what a file holds from its name and its first bytes, so a ".csv" that is really a
 * workbook, a PDF or a web page gets a message naming what it looks like instead of a parse error,
 * and a lone part of a shapefile gets one asking for the zipped set.
 */
import { errorMessage } from '../lib/error-message.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { readError } from './read-error.ts';
import type { Bilingual, ReadError, UserFileKind } from './types.ts';
import { isZip, zipNames } from './zip-entries.ts';

/** What the bytes look like, whatever the name says. */
type Looks =
  | 'xlsx'
  | 'kmz'
  | 'shapefile'
  | 'shapefile-parts'
  | 'docx'
  | 'pptx'
  | 'zip'
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'xls'
  | 'gzip'
  | 'html'
  | 'json'
  | 'kml'
  | 'xml'
  | 'text'
  | 'binary';

const LOOKS_LIKE: Record<Looks, Bilingual> = {
  xlsx: { en: 'an Excel workbook (.xlsx)', ja: 'Excel ブック（.xlsx）' },
  kmz: { en: 'a KMZ (zipped KML)', ja: 'KMZ（圧縮された KML）' },
  shapefile: { en: 'a zipped shapefile', ja: '圧縮されたシェープファイル' },
  'shapefile-parts': { en: 'parts of a shapefile without its .shp', ja: '.shp のないシェープファイルの一部' },
  docx: { en: 'a Word document', ja: 'Word 文書' },
  pptx: { en: 'a PowerPoint file', ja: 'PowerPoint ファイル' },
  zip: { en: 'a zip archive', ja: 'ZIP 圧縮ファイル' },
  pdf: { en: 'a PDF document', ja: 'PDF 文書' },
  png: { en: 'a PNG image', ja: 'PNG 画像' },
  jpeg: { en: 'a JPEG image', ja: 'JPEG 画像' },
  gif: { en: 'a GIF image', ja: 'GIF 画像' },
  xls: { en: 'an older Excel workbook (.xls)', ja: '古い形式の Excel ブック（.xls）' },
  gzip: { en: 'a gzip-compressed file', ja: 'gzip 圧縮ファイル' },
  html: { en: 'a web page (HTML)', ja: 'ウェブページ（HTML）' },
  json: { en: 'JSON', ja: 'JSON' },
  kml: { en: 'KML', ja: 'KML' },
  xml: { en: 'an XML document', ja: 'XML 文書' },
  text: { en: 'plain text (CSV or similar)', ja: 'テキスト（CSV など）' },
  binary: { en: 'binary data', ja: 'バイナリデータ' },
};

/** The kinds named in messages, as a person knows them. */
export const KIND_NAMES: Record<UserFileKind, Bilingual> = {
  geojson: { en: 'GeoJSON', ja: 'GeoJSON' },
  csv: { en: 'CSV', ja: 'CSV' },
  tsv: { en: 'TSV', ja: 'TSV' },
  xlsx: { en: 'Excel (.xlsx)', ja: 'Excel（.xlsx）' },
  kml: { en: 'KML', ja: 'KML' },
  kmz: { en: 'KMZ', ja: 'KMZ' },
  shapefile: { en: 'zipped shapefile', ja: '圧縮シェープファイル' },
};

/** What a person can do when a file's kind is not one we read. */
const KINDS_WE_READ: Bilingual = {
  en: 'Open a GeoJSON (.geojson, .json), CSV (.csv, .txt), TSV (.tsv), Excel (.xlsx), KML (.kml), KMZ (.kmz) or zipped shapefile (.zip) file.',
  ja: 'GeoJSON（.geojson、.json）、CSV（.csv、.txt）、TSV（.tsv）、Excel（.xlsx）、KML（.kml）、KMZ（.kmz）、圧縮シェープファイル（.zip）のいずれかを開いてください。',
};

/** Our kinds a look can be read as, and the extension to rename a misnamed file to. */
const READABLE_LOOKS: Partial<Record<Looks, { kind: UserFileKind; extension: string }>> = {
  xlsx: { kind: 'xlsx', extension: '.xlsx' },
  kmz: { kind: 'kmz', extension: '.kmz' },
  shapefile: { kind: 'shapefile', extension: '.zip' },
  json: { kind: 'geojson', extension: '.geojson' },
  kml: { kind: 'kml', extension: '.kml' },
  text: { kind: 'csv', extension: '.csv' },
};

const SHAPEFILE_PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg', 'sbn', 'sbx', 'qix']);

/** The kind of a file, from its name's extension and its first bytes; an error says why not. */
export function sniffKind(name: string, bytes: Uint8Array): Result<UserFileKind, ReadError> {
  let looks: Looks;
  try {
    looks = looksLike(bytes);
  } catch (error) {
    return err(
      readError(
        'unreadable',
        `“${name}” looks like a zip archive but could not be opened (${errorMessage(error)}). It may be damaged or incomplete: download or save it again.`,
        `「${name}」は ZIP 圧縮ファイルのようですが、開けませんでした（${errorMessage(error)}）。壊れているか途中までしかない可能性があります。もう一度ダウンロードまたは保存してください。`,
      ),
    );
  }
  const extension = extensionOf(name);
  switch (extension) {
    case 'geojson':
    case 'json':
      return expect(name, 'geojson', looks, ['json', 'text']);
    case 'csv':
      return expect(name, 'csv', looks, ['text']);
    case 'tsv':
      return expect(name, 'tsv', looks, ['text']);
    case 'txt':
      return expect(name, firstLineHasTab(bytes) ? 'tsv' : 'csv', looks, ['text']);
    case 'xlsx':
      return expect(name, 'xlsx', looks, ['xlsx']);
    case 'kml':
      return expect(name, 'kml', looks, ['kml']);
    case 'kmz':
      return expect(name, 'kmz', looks, ['kmz']);
    case 'zip':
      return fromContents(name, looks);
    case 'xls':
      return err(
        readError(
          'unknown-kind',
          `“${name}” is an older Excel workbook (.xls), which is not read here. In Excel, save it as .xlsx or CSV and open that.`,
          `「${name}」は古い形式の Excel ブック（.xls）で、ここでは読めません。Excel で .xlsx または CSV として保存し、それを開いてください。`,
        ),
      );
    default:
      if (extension !== null && SHAPEFILE_PARTS.has(extension)) {
        return looks === 'shapefile' ? ok('shapefile') : err(loneShapefilePart(name));
      }
      // No extension: trust what the bytes look like; an extension we do not know: say what we read.
      if (extension === null) return fromContents(name, looks);
      return err(
        readError(
          'unknown-kind',
          `“${name}” is not a kind of file read here${looks === 'binary' || looks === 'text' ? '' : ` (it looks like ${LOOKS_LIKE[looks].en})`}. ${KINDS_WE_READ.en}`,
          `「${name}」はここで読める種類のファイルではありません${looks === 'binary' || looks === 'text' ? '' : `（${LOOKS_LIKE[looks].ja}のようです）`}。${KINDS_WE_READ.ja}`,
        ),
      );
  }
}

/** The kind the name says, if the bytes agree; otherwise a message naming what they look like. */
function expect(name: string, kind: UserFileKind, looks: Looks, agreeing: readonly Looks[]): Result<UserFileKind, ReadError> {
  if (agreeing.includes(looks)) return ok(kind);
  const readable = READABLE_LOOKS[looks];
  const advice: Bilingual = readable
    ? {
        en: `Rename it to end in ${readable.extension} and open it again.`,
        ja: `名前の末尾を ${readable.extension} に変えて、もう一度開いてください。`,
      }
    : looks === 'xls'
      ? { en: 'In Excel, save it as .xlsx or CSV and open that.', ja: 'Excel で .xlsx または CSV として保存し、それを開いてください。' }
      : KINDS_WE_READ;
  return err(
    readError(
      'not-what-it-says',
      `“${name}” is named as a ${KIND_NAMES[kind].en} file but looks like ${LOOKS_LIKE[looks].en}. ${advice.en}`,
      `「${name}」は ${KIND_NAMES[kind].ja} ファイルの名前ですが、中身は${LOOKS_LIKE[looks].ja}のようです。${advice.ja}`,
    ),
  );
}

/** A .zip or a name without extension: the kind its contents show. */
function fromContents(name: string, looks: Looks): Result<UserFileKind, ReadError> {
  const readable = READABLE_LOOKS[looks];
  if (readable) return ok(readable.kind);
  if (looks === 'shapefile-parts')
    return err(
      readError(
        'unknown-kind',
        `“${name}” holds parts of a shapefile (.dbf, .shx or .prj) but not its .shp, which has the shapes: add the .shp with the same name to the zip.`,
        `「${name}」にはシェープファイルの一部（.dbf、.shx、.prj）がありますが、図形を持つ .shp がありません。同じ名前の .shp を zip に加えてください。`,
      ),
    );
  return err(
    readError(
      'unknown-kind',
      `“${name}” holds ${LOOKS_LIKE[looks].en}, with no shapefile (.shp), KML or spreadsheet that is read here. ${KINDS_WE_READ.en}`,
      `「${name}」の中身は${LOOKS_LIKE[looks].ja}で、ここで読めるシェープファイル（.shp）、KML、表計算ファイルが入っていません。${KINDS_WE_READ.ja}`,
    ),
  );
}

function loneShapefilePart(name: string): ReadError {
  return readError(
    'unknown-kind',
    `“${name}” is one part of a shapefile. A shapefile is several files with the same name (.shp, .shx, .dbf, and .prj for its coordinate system): put them together in one .zip and open that.`,
    `「${name}」はシェープファイルの一部です。シェープファイルは同じ名前の複数のファイル（.shp、.shx、.dbf、座標系を示す .prj）からなります。それらを一つの .zip にまとめて開いてください。`,
  );
}

/** The extension, lower case, without the dot; null when the name has none. */
function extensionOf(name: string): string | null {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** What the bytes look like: a zip by what it holds, a few binary signatures, else text by its first characters. */
function looksLike(bytes: Uint8Array): Looks {
  if (isZip(bytes)) return zipHolds(zipNames(bytes));
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  // UTF-16 text (Excel's "Unicode text") has NUL bytes but is text; the table reader decodes it.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return 'binary';
  const text = new TextDecoder('utf-8')
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (/^<!doctype html|^<html/i.test(text)) return 'html';
  if (text.startsWith('<')) return /<(\w+:)?kml[\s>]/.test(text) ? 'kml' : 'xml';
  return 'text';
}

function zipHolds(names: readonly string[]): Looks {
  const lower = names.map((n) => n.toLowerCase());
  if (lower.includes('xl/workbook.xml')) return 'xlsx';
  if (lower.includes('word/document.xml')) return 'docx';
  if (lower.includes('ppt/presentation.xml')) return 'pptx';
  if (lower.some((n) => n.endsWith('.shp'))) return 'shapefile';
  if (lower.some((n) => n.endsWith('.kml'))) return 'kmz';
  if (lower.some((n) => /\.(dbf|shx|prj)$/.test(n))) return 'shapefile-parts';
  return 'zip';
}

function firstLineHasTab(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  const end = head.indexOf(0x0a);
  return (end === -1 ? head : head.subarray(0, end)).includes(0x09);
}
