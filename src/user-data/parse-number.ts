/**
 * Numbers as people write them in coordinate columns: "1,234.5", "1 234,5", "−35.2" (a Unicode
 * minus), full-width "１３９．７", "35.68N", "139.76°E", "S 12.5", 北緯35度40分52秒, and degrees,
 * minutes and seconds ("35°40'52\"N", "35:40:52"). A comma is a decimal comma only when the file
 * is not comma-separated (`decimalComma`); with a comma delimiter it can only be a thousands separator.
 * A hemisphere letter must fit the axis (N/S for a latitude, E/W for a longitude); S and W are negative.
 */
import type { CellValue } from './types';

export type Axis = 'lat' | 'lon';

export type NumberProblem =
  /** Nothing in the cell. */
  | 'blank'
  /** Not a number in any way we read. */
  | 'not-a-number'
  /** "139,7" in a comma-separated file: a decimal comma cannot be told from a thousands separator there. */
  | 'decimal-comma'
  /** A hemisphere letter of the other axis: "35.6E" as a latitude. */
  | 'hemisphere'
  /** Minutes or seconds of 60 or more. */
  | 'minutes-seconds';

export type ParsedNumber = { readonly value: number; readonly problem: null } | { readonly value: null; readonly problem: NumberProblem };

export interface NumberOptions {
  /** A lone comma may be a decimal comma (true unless the file is comma-separated). */
  readonly decimalComma: boolean;
  /** The axis the number is for, to check a hemisphere letter; without it any letter is accepted. */
  readonly axis?: Axis;
}

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DASHES = /[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g;
const JA_HEMISPHERE = /^(北緯|南緯|東経|西経)\s*/;
const LEADING_HEMISPHERE = /^([NSEWnsew])\s*/;
const TRAILING_HEMISPHERE = /\s*([NSEWnsew])$/;
const DMS_MARK = /[°º˚度'′’"″”分秒:]/;
const DMS_SPLIT = /[\s°º˚度'′’"″”分秒:]+/;
const DMS_PART = /^\d+(?:[.,]\d+)?$/;
const SPACED_GROUPS = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const COMMA_THOUSANDS_POINT = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const POINT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const POINT_THOUSANDS_COMMA = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const DECIMAL_COMMA = /^\d*,\d+$/;
const UNSIGNED = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const JA_LETTERS: Record<string, string> = { 北緯: 'N', 南緯: 'S', 東経: 'E', 西経: 'W' };

const fail = (problem: NumberProblem): ParsedNumber => ({ value: null, problem });
const found = (value: number): ParsedNumber => ({ value, problem: null });

/** A cell as a number, or why it is not one. */
export function parseNumber(cell: CellValue, options: NumberOptions): ParsedNumber {
  if (cell === null) return fail('blank');
  if (typeof cell === 'number') return Number.isFinite(cell) ? found(cell) : fail('not-a-number');
  if (typeof cell === 'boolean') return fail('not-a-number');
  const trimmed = cell.trim();
  if (trimmed === '') return fail('blank');
  if (PLAIN.test(trimmed)) return finite(Number(trimmed));
  return parseWritten(trimmed, options);
}

function finite(value: number): ParsedNumber {
  return Number.isFinite(value) ? found(value) : fail('not-a-number');
}

function parseWritten(text: string, options: NumberOptions): ParsedNumber {
  let s = text.replace(/º/g, '°').normalize('NFKC').replace(DASHES, '-').trim();

  let hemisphere: string | null = null;
  const ja = JA_HEMISPHERE.exec(s);
  if (ja) {
    hemisphere = JA_LETTERS[ja[1]!]!;
    s = s.slice(ja[0].length);
  } else {
    const lead = LEADING_HEMISPHERE.exec(s);
    if (lead) {
      hemisphere = lead[1]!.toUpperCase();
      s = s.slice(lead[0].length);
    } else {
      const trail = TRAILING_HEMISPHERE.exec(s);
      if (trail) {
        hemisphere = trail[1]!.toUpperCase();
        s = s.slice(0, s.length - trail[0].length);
      }
    }
  }
  if (hemisphere !== null && options.axis !== undefined) {
    const fits = options.axis === 'lat' ? hemisphere === 'N' || hemisphere === 'S' : hemisphere === 'E' || hemisphere === 'W';
    if (!fits) return fail('hemisphere');
  }

  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s.startsWith('-');
    s = s.slice(1).trim();
  }
  if (hemisphere === 'S' || hemisphere === 'W') negative = true;

  const magnitude =
    DMS_MARK.test(s) || (hemisphere !== null && /\d\s+\d/.test(s) && !SPACED_GROUPS.test(s))
      ? parseDms(s, options)
      : parseDecimal(s, options);
  if (magnitude.problem !== null) return magnitude;
  return found(negative ? -magnitude.value : magnitude.value);
}

/** An unsigned decimal with thousands separators or a decimal comma. */
function parseDecimal(text: string, options: NumberOptions): ParsedNumber {
  let s = SPACED_GROUPS.test(text) ? text.replace(GROUP_SPACES, '') : text;
  const hasComma = s.includes(',');
  const hasPoint = s.includes('.');
  if (hasComma && hasPoint) {
    if (COMMA_THOUSANDS_POINT.test(s)) s = s.replace(/,/g, '');
    else if (POINT_THOUSANDS_COMMA.test(s)) s = s.replace(/\./g, '').replace(',', '.');
    else return fail('not-a-number');
  } else if (hasComma) {
    if (options.decimalComma && DECIMAL_COMMA.test(s)) s = s.replace(',', '.');
    else if (COMMA_THOUSANDS.test(s)) s = s.replace(/,/g, '');
    else if (DECIMAL_COMMA.test(s)) return fail('decimal-comma');
    else return fail('not-a-number');
  } else if (options.decimalComma && POINT_THOUSANDS.test(s) && s.indexOf('.') !== s.lastIndexOf('.')) {
    s = s.replace(/\./g, '');
  }
  return UNSIGNED.test(s) ? finite(Number(s)) : fail('not-a-number');
}

/** Degrees, optional minutes and optional seconds; only the last part may have a fraction. */
function parseDms(text: string, options: NumberOptions): ParsedNumber {
  const parts = text.split(DMS_SPLIT).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 3 || !parts.every((p) => DMS_PART.test(p))) return fail('not-a-number');
  const numbers: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i]!;
    if (part.includes(',')) {
      if (!options.decimalComma) return fail('decimal-comma');
      part = part.replace(',', '.');
    }
    if (part.includes('.') && i < parts.length - 1) return fail('not-a-number');
    numbers.push(Number(part));
  }
  const [degrees = 0, minutes = 0, seconds = 0] = numbers;
  if (minutes >= 60 || seconds >= 60) return fail('minutes-seconds');
  return finite(degrees + minutes / 60 + seconds / 3600);
}
