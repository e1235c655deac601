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
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });
});

describe('initiativesCsv', () => {
  const csv = initiativesCsv([palauAirport()], 'FOIP Atlas initiatives (2026-11-23).');
  const [header, row] = csv.slice(1).split('\r\n');

  it('has a header and one row per initiative, with the same number of fields', () => {
    expect(header?.split(',').length).toBe(27);
    expect(row && parseRow(row).length).toBe(27);
    expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('keeps Japanese text, the source quote, coordinates and the citation', () => {
    expect(row).toContain('パラオ国際空港のターミナル拡張・運営支援を実施');
    expect(row).toContain('134.5442,7.3672');
    expect(row).toContain('FOIP Atlas initiatives (2026-11-23).');
  });

  it('carries the heading and the map label in both languages', () => {
    const labelled = palauAirport();
    labelled.properties.source = {
      ...labelled.properties.source,
      sectionEn: 'Using ODA and OSA',
      mapLabel: 'パラオ（ODA）',
      mapLabelEn: 'Palau (ODA)',
    };
    const [head, line] = initiativesCsv([labelled], '').slice(1).split('\r\n');
    const fields = parseRow(line ?? '');
    const columns = head?.split(',') ?? [];
    expect(fields[columns.indexOf('source_section_en')]).toBe('Using ODA and OSA');
    expect(fields[columns.indexOf('map_label')]).toBe('パラオ（ODA）');
    expect(fields[columns.indexOf('map_label_en')]).toBe('Palau (ODA)');
  });

  it('neutralises a title that looks like a formula', () => {
    const hostile = palauAirport();
    hostile.properties.title.en = '=cmd|" /C calc"!A0';
    expect(initiativesCsv([hostile], '')).toContain(`"'=cmd|"" /C calc""!A0"`);
  });
});

/** An independent RFC 4180 reader for one record (quoted fields, doubled quotes). */
function parseRow(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}
