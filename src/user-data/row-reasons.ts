/**
 * Why a row could not be placed, in both languages, naming the row, the column and the value:
 * "Row 14, column 緯度: "abc" is not a number" / "14行目の列「緯度」: 「abc」は数値ではありません".
 * Values are quoted as text (the interface renders them as text, never HTML) and shortened.
 */
import type { NumberProblem } from './parse-number';
import type { Bilingual, CellValue } from './types';
import type { WktProblem } from './wkt-geometry';

const LONGEST = 60;

function shown(value: CellValue): string {
  const text = value === null ? '' : String(value);
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}

function at(row: number, column: string, en: string, ja: string): Bilingual {
  return { en: `Row ${row}, column ${column}: ${en}`, ja: `${row}行目の列「${column}」: ${ja}` };
}

export type AxisName = 'latitude' | 'longitude';
const AXIS_JA: Record<AxisName, string> = { latitude: '緯度', longitude: '経度' };

export function numberReason(row: number, column: string, value: CellValue, problem: NumberProblem, axis: AxisName): Bilingual {
  const v = shown(value);
  switch (problem) {
    case 'blank':
      return at(row, column, `the ${axis} is blank`, `${AXIS_JA[axis]}が空欄です`);
    case 'not-a-number':
      return at(row, column, `"${v}" is not a number`, `「${v}」は数値ではありません`);
    case 'decimal-comma':
      return at(
        row,
        column,
        `"${v}" has a comma, which cannot be a decimal comma in a comma-separated file (write a point, or save with semicolons)`,
        `「${v}」のカンマは、カンマ区切りのファイルでは小数点として読めません(小数点は「.」にするか、セミコロン区切りで保存してください)`,
      );
    case 'hemisphere':
      return at(
        row,
        column,
        `"${v}" has a hemisphere letter that is not a ${axis}'s`,
        `「${v}」の方位の文字は${AXIS_JA[axis]}のものではありません`,
      );
    case 'minutes-seconds':
      return at(row, column, `"${v}" has minutes or seconds of 60 or more`, `「${v}」の分または秒が60以上です`);
  }
}

export function rangeReason(
  row: number,
  column: string,
  value: CellValue,
  degrees: number,
  axis: AxisName,
  fromMercator: boolean,
): Bilingual {
  const v = shown(value);
  const limit = axis === 'latitude' ? 90 : 180;
  const d = Number(degrees.toFixed(4));
  if (fromMercator) {
    return at(
      row,
      column,
      `${v} m converts to ${d}°, out of range for a ${axis} (−${limit} to ${limit})`,
      `${v} mは${d}°となり、${AXIS_JA[axis]}の範囲(−${limit}〜${limit})外です`,
    );
  }
  return at(
    row,
    column,
    `${v} is out of range for a ${axis} (−${limit} to ${limit})`,
    `${v}は${AXIS_JA[axis]}の範囲(−${limit}〜${limit})外です`,
  );
}

export function pairReason(row: number, column: string, value: CellValue): Bilingual {
  const v = shown(value);
  if (value === null) return at(row, column, 'the coordinates are blank', '座標が空欄です');
  return at(row, column, `"${v}" is not two numbers ("lat, lon")`, `「${v}」は2つの数値(「緯度, 経度」)ではありません`);
}

export function wktReason(row: number, column: string, value: CellValue, problem: WktProblem | 'blank', detail: string): Bilingual {
  const v = shown(value);
  const d = shown(detail);
  switch (problem) {
    case 'blank':
      return at(row, column, 'the geometry is blank', 'ジオメトリが空欄です');
    case 'unreadable':
      return at(row, column, `"${v}" is not readable WKT (${d})`, `「${v}」はWKTとして読めません(${d})`);
    case 'empty':
      return at(row, column, `"${v}" is an empty geometry`, `「${v}」は空のジオメトリです`);
    case 'srid':
      return at(
        row,
        column,
        `"${v}" is in SRID ${d}, which is not read here (only 4326 and 3857)`,
        `「${v}」はSRID ${d}で、ここでは読めません(4326と3857のみ)`,
      );
    case 'not-a-number':
      return at(row, column, `"${v}" has a coordinate that is not a number`, `「${v}」に数値でない座標があります`);
    case 'out-of-range':
      return at(
        row,
        column,
        `"${v}" has a position out of range (${d}; longitude −180 to 180, latitude −90 to 90)`,
        `「${v}」に範囲外の位置があります(${d}。経度は−180〜180、緯度は−90〜90)`,
      );
  }
}
