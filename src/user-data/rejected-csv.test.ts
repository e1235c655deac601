import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, rejectedRowsCsv } from './rejected-csv';
import type { RejectedRow } from './types';

const reason = { en: 'Row 14, column 緯度: "abc" is not a number', ja: '14行目の列「緯度」: 「abc」は数値ではありません' };

function readBack(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('rejectedRowsCsv', () => {
  const rejected: RejectedRow[] = [
    { row: 14, column: '緯度', reason, cells: ['Port of\nColombo, "main"', 'abc', 139.7] },
    { row: 20, column: null, reason, cells: [null, true, '1'] },
  ];
  const csv = rejectedRowsCsv(rejected, ['名称', '緯度', '経度']);

  it('starts with a UTF-8 byte-order mark and uses CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFrow,column,reason_en,reason_ja,名称,緯度,経度');
  });

  it('reads back to the same rows, line breaks, quotes and commas included', () => {
    expect(readBack(csv)).toEqual([
      ['row', 'column', 'reason_en', 'reason_ja', '名称', '緯度', '経度'],
      ['14', '緯度', reason.en, reason.ja, 'Port of\nColombo, "main"', 'abc', '139.7'],
      ['20', '', reason.en, reason.ja, '', 'true', '1'],
    ]);
  });

  it('adds headers for cells beyond the columns', () => {
    const wide = rejectedRowsCsv([{ row: 2, column: 'a', reason, cells: ['1', '2', '3'] }], ['a']);
    expect(readBack(wide)[0]).toEqual(['row', 'column', 'reason_en', 'reason_ja', 'a', 'column 2', 'column 3']);
  });

  it('is a header alone when nothing was rejected', () => {
    expect(readBack(rejectedRowsCsv([], ['lat', 'lon']))).toEqual([['row', 'column', 'reason_en', 'reason_ja', 'lat', 'lon']]);
  });
});

describe('rejectedRowsCsv: formula injection', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['＝1+1', "'＝1+1"],
    ['-35.2', '-35.2'],
    ['+7', '+7'],
    ['a=b', 'a=b'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('%j is written as %j', (cell, written) => {
    const csv = rejectedRowsCsv([{ row: 2, column: 'x', reason, cells: [cell] }], ['x']);
    expect(readBack(csv)[1]?.[4]).toBe(written);
  });

  it('guards a hostile column name in the header too', () => {
    expect(readBack(rejectedRowsCsv([], ['=HYPERLINK("http://x")']))[0]?.[4]).toBe('\'=HYPERLINK("http://x")');
  });

  it('leaves numbers as numbers', () => {
    expect(FORMULA_START.test('-1e5')).toBe(false);
    expect(FORMULA_START.test('-')).toBe(true);
  });
});
