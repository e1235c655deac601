import { describe, expect, it } from 'vitest';
import { palauAirport } from '../../tests/fixtures/initiatives.ts';
import { BOM, csvField, initiativesCsv, toCsv } from './csv.ts';

describe('csvField', () => {
  it.each<[string | number | null | undefined, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['日本語、カンマ', '日本語、カンマ'],
    [42, '42'],
    [-8.5, '-8.5'],
    [null, ''],
    [undefined, ''],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });
});

describe('initiativesCsv', () => {
  const csv = initiativesCsv([palauAirport()], 'FOIP Atlas initiatives (2026-11-23).');
  const [header, row] = csv.slice(1).split('\r\n');

  it('has a header and one row per initiative, with the same number of fields', () => {
    expect(header?.split(',').length).toBe(25);
    expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('keeps Japanese text, the source quote, coordinates and the citation', () => {
    expect(row).toContain('パラオ国際空港のターミナル拡張・運営支援を実施');
    expect(row).toContain('134.5442,7.3672');
    expect(row).toContain('FOIP Atlas initiatives (2026-11-23).');
  });

  it('neutralises a title that looks like a formula', () => {
    const hostile = palauAirport();
    hostile.properties.title.en = '=cmd|" /C calc"!A0';
    expect(initiativesCsv([hostile], '')).toContain(`"'=cmd|"" /C calc""!A0"`);
  });
});
