import { describe, expect, it } from 'vitest';
import { readXlsx } from './read-xlsx';
import { makeXlsx, type XlsxSheet } from './testing/xlsx';
import type { UserTable } from './types';

async function table(sheets: readonly XlsxSheet[]): Promise<UserTable> {
  const result = await readXlsx(makeXlsx(sheets));
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe('readXlsx', () => {
  it('reads the first sheet: text as text, numbers as numbers, booleans as booleans', async () => {
    const t = await table([
      {
        name: 'Projects',
        rows: [
          ['名称', '緯度', '経度', 'ok'],
          ['東京', 35.68, 139.76, true],
        ],
      },
    ]);
    expect(t.columns).toEqual(['名称', '緯度', '経度', 'ok']);
    expect(t.rows).toEqual([['東京', 35.68, 139.76, true]]);
    expect(t.rowNumbers).toEqual([2]);
    expect(t.notes).toEqual(['Sheet: "Projects"']);
    expect(t.delimiter).toBeUndefined();
  });

  it('writes dates as ISO text, with a time only when there is one', async () => {
    const t = await table([{ name: 'S', rows: [['when'], [{ date: 45292 }], [{ date: 45292.5 }]] }]);
    expect(t.rows).toEqual([['2024-01-01'], ['2024-01-01T12:00:00']]);
  });

  it('names the sheet it read and the ones it did not', async () => {
    const t = await table([
      { name: 'Data', rows: [['lat'], [1]] },
      { name: 'Notes', rows: [['x']] },
      { name: 'Sources', rows: [['y']] },
    ]);
    expect(t.bilingualNotes?.[0]).toEqual({
      en: 'Sheet: "Data", the first of 3; not read: "Notes", "Sources"',
      ja: 'シート: 「Data」(3枚の1枚目)。読んでいないシート: 「Notes」、「Sources」',
    });
  });

  it("keeps the sheet's row numbers when the table starts lower down, and skips blank rows", async () => {
    const t = await table([{ name: 'S', rows: [[], ['lat', 'lon'], [1, 2], [], [3, 4]] }]);
    expect(t.rowNumbers).toEqual([3, 5]);
    expect(t.notes).toContain('Blank row 4 skipped');
  });

  it('pads gaps with null and names blank headers', async () => {
    const t = await table([{ name: 'S', rows: [['a', null, 'c'], ['1', null, '3'], ['x']] }]);
    expect(t.columns).toEqual(['a', 'column 2', 'c']);
    expect(t.rows).toEqual([
      ['1', null, '3'],
      ['x', null, null],
    ]);
  });

  it('reads a header with no rows as 0 rows', async () => {
    expect((await table([{ name: 'S', rows: [['lat', 'lon']] }])).rows).toEqual([]);
  });

  it('refuses an empty first sheet as empty', async () => {
    const result = await readXlsx(makeXlsx([{ name: 'S', rows: [] }]));
    expect(result.ok ? null : result.error.code).toBe('empty');
  });

  it.each([
    ['a CSV renamed .xlsx', new TextEncoder().encode('lat,lon\n1,2\n')],
    ['a broken ZIP', new TextEncoder().encode('PK\u0003\u0004garbage')],
    ['a ZIP cut short', makeXlsx([{ name: 'S', rows: [['a']] }]).slice(0, 200)],
    ['no bytes', new Uint8Array()],
  ])('refuses %s as not-what-it-says, in both languages', async (_name, bytes) => {
    const result = await readXlsx(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-what-it-says');
    expect(result.error.message.en).toMatch(/^This file is not a readable Excel \(\.xlsx\) workbook/);
    expect(result.error.message.ja).toContain('Excelブック');
  });

  it('says an old .xls must be saved as .xlsx', async () => {
    const result = await readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    expect(result.ok ? null : result.error.message.en).toMatch(/^This is an old Excel \(\.xls\) workbook/);
  });

  it('reads bytes that are a view into a larger buffer', async () => {
    const bytes = makeXlsx([{ name: 'S', rows: [['lat'], [1]] }]);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 5);
    const result = await readXlsx(padded.subarray(5, 5 + bytes.length));
    expect(result.ok && result.value.rows).toEqual([[1]]);
  });
});
