import { describe, expect, it } from 'vitest';
import { readDelimited } from './read-delimited';
import { shiftJis } from './testing/shift-jis';
import type { UserTable } from './types';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function table(bytes: Uint8Array, kind: 'csv' | 'tsv' = 'csv'): UserTable {
  const result = readDelimited(bytes, kind);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe('readDelimited: delimiters', () => {
  it.each([
    ['comma', 'name,lat,lon\nA,35.6,139.7\n', ','],
    ['semicolon (European Excel)', 'name;lat;lon\nA;35,6;139,7\n', ';'],
    ['tab', 'name\tlat\tlon\nA\t35.6\t139.7\n', '\t'],
    ['vertical bar', 'name|lat|lon\nA|35.6|139.7\n', '|'],
  ])('detects a %s', (_name, text, delimiter) => {
    const t = table(utf8(text));
    expect(t.delimiter).toBe(delimiter);
    expect(t.columns).toEqual(['name', 'lat', 'lon']);
    expect(t.rows).toHaveLength(1);
    expect(t.notes).toContain(`Delimiter: ${{ ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' }[delimiter]}`);
  });

  it('follows Excel\'s "sep=" line, which is not a row', () => {
    const t = table(utf8('sep=;\r\nname;note\r\nA;1,2\r\n'));
    expect(t.columns).toEqual(['name', 'note']);
    expect(t.rows[0]).toEqual(['A', '1,2']);
    expect(t.rowNumbers).toEqual([2]);
    expect(t.notes).toContain('Delimiter: semicolon (from the file\'s "sep=" line)');
  });

  it('reads a .tsv as tab-separated even when its cells hold commas', () => {
    const t = table(utf8('name\tnote\nA\t1,2,3\n'), 'tsv');
    expect(t.columns).toEqual(['name', 'note']);
    expect(t.rows[0]).toEqual(['A', '1,2,3']);
  });
});

describe('readDelimited: encodings', () => {
  it('reads a Shift_JIS CSV saved by Excel (CRLF) with 緯度/経度 columns', () => {
    const t = table(shiftJis('名称,緯度,経度\r\n東京,35.68,139.76\r\n'));
    expect(t.columns).toEqual(['名称', '緯度', '経度']);
    expect(t.rows[0]).toEqual(['東京', '35.68', '139.76']);
    expect(t.bilingualNotes?.[0]?.en).toMatch(/Shift_JIS/);
  });

  it('strips a UTF-8 BOM from the first column name', () => {
    expect(table(utf8('\uFEFFlat,lon\n1,2\n')).columns[0]).toBe('lat');
  });
});

describe('readDelimited: row numbers as a person counts them', () => {
  it('counts a quoted cell with line breaks as one row', () => {
    const t = table(utf8('name,x,y\n"Port of\nColombo",1,2\n"B",3,4\n'));
    expect(t.rows[0]?.[0]).toBe('Port of\nColombo');
    expect(t.rowNumbers).toEqual([2, 3]);
  });

  it('counts skipped blank lines, so later rows keep their spreadsheet numbers', () => {
    const t = table(utf8('a,b\n1,2\n\n\n3,4\n'));
    expect(t.rowNumbers).toEqual([2, 5]);
    expect(t.notes).toContain('Blank rows 3, 4 skipped');
  });

  it('numbers rows after a CRLF file the same as LF', () => {
    expect(table(utf8('a,b\r\n1,2\r\n3,4\r\n')).rowNumbers).toEqual([2, 3]);
  });
});

describe('readDelimited: messy rows and headers', () => {
  it('pads a short row, keeps a long one and names blank and repeated headers', () => {
    const t = table(utf8('name,,name\nA\nB,1,2,extra\n'));
    expect(t.columns).toEqual(['name', 'column 2', 'name (2)', 'column 4']);
    expect(t.rows).toEqual([
      ['A', null, null, null],
      ['B', '1', '2', 'extra'],
    ]);
  });

  it('notes a quote that is never closed, naming its row', () => {
    const t = table(utf8('a,b\n1,2\n3,"oops\n4,5\n'));
    expect(t.notes.some((n) => n.startsWith('Row 3: a quoted cell is never closed'))).toBe(true);
  });

  it('keeps hostile text as text', () => {
    const t = table(utf8('name,lat\n"<img src=x onerror=alert(1)>",1\n=cmd|\' /C calc\'!A0,2\n'));
    expect(t.rows.map((r) => r[0])).toEqual(['<img src=x onerror=alert(1)>', "=cmd|' /C calc'!A0"]);
  });
});

describe('readDelimited: empty and header-only files', () => {
  it.each([
    ['no bytes', new Uint8Array()],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['only blank lines', utf8('\n\r\n  \n')],
    ['only delimiters', utf8(',,,\n,,\n')],
  ])('refuses %s as empty', (_name, bytes) => {
    const result = readDelimited(bytes, 'csv');
    expect(result.ok ? null : result.error.code).toBe('empty');
  });

  it('reads a header with no rows as a table of 0 rows', () => {
    expect(table(utf8('lat,lon\n'))).toMatchObject({ columns: ['lat', 'lon'], rows: [], rowNumbers: [] });
  });

  it('refuses a binary file named .csv', () => {
    const result = readDelimited(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'csv');
    expect(result.ok ? null : result.error.code).toBe('not-what-it-says');
  });
});
