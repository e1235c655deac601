import { describe, expect, it } from 'vitest';
import { rowList, tableFromRecords, uniqueColumnNames, type SourceRecord } from './table-from-records';
import type { CellValue } from './types';

const records = (...rows: CellValue[][]): SourceRecord[] => rows.map((cells, i) => ({ cells, number: i + 1 }));

describe('uniqueColumnNames', () => {
  it.each([
    [
      ['a', 'b'],
      ['a', 'b'],
    ],
    [
      ['a', '', 'b'],
      ['a', 'column 2', 'b'],
    ],
    [
      ['a', 'a', 'a'],
      ['a', 'a (2)', 'a (3)'],
    ],
    [
      ['a', 'a', 'a (2)'],
      ['a', 'a (3)', 'a (2)'],
    ],
    [
      ['', 'column 1'],
      ['column 1 (2)', 'column 1'],
    ],
  ])('%j → %j', (header, names) => {
    expect(uniqueColumnNames(header).names).toEqual(names);
  });

  it('says what it renamed, and nothing when nothing was', () => {
    expect(uniqueColumnNames(['a', 'b']).renamed).toBeNull();
    expect(uniqueColumnNames(['a', 'a', '']).renamed?.en).toBe(
      'Header: 1 blank column name was named "column N"; 1 repeated column name was numbered "(2)", "(3)"…',
    );
  });
});

describe('rowList', () => {
  it.each([
    [[4], 'row 4', '4行目'],
    [[4, 9], 'rows 4, 9', '4、9行目'],
    [[1, 2, 3, 4, 5, 6, 7], 'rows 1, 2, 3, 4, 5 and 2 more', '1、2、3、4、5行目ほか2行'],
  ])('%j', (numbers, en, ja) => {
    expect(rowList(numbers)).toEqual({ en, ja });
  });
});

describe('tableFromRecords', () => {
  it('is null when every record is blank', () => {
    expect(tableFromRecords(records([''], ['  ', null]))).toBeNull();
    expect(tableFromRecords([])).toBeNull();
  });

  it("takes the first non-blank record as the header and keeps the file's numbers", () => {
    const table = tableFromRecords(records([''], ['a', 'b'], ['1', '2'], [''], ['3', '4'], ['']));
    expect(table?.columns).toEqual(['a', 'b']);
    expect(table?.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table?.rowNumbers).toEqual([3, 5]);
    expect(table?.notes.map((n) => n.en)).toEqual(['Blank row 4 skipped']);
  });

  it('pads short rows with null and says which', () => {
    const table = tableFromRecords(records(['a', 'b', 'c'], ['1'], ['1', '2', '3']));
    expect(table?.rows[0]).toEqual(['1', null, null]);
    expect(table?.notes.map((n) => n.en)).toEqual(['Row 2 has fewer cells than the header: the missing cells are blank']);
  });

  it('keeps extra cells in added columns, padding the other rows', () => {
    const table = tableFromRecords(records(['a', 'b'], ['1', '2', 'x', 'y'], ['3', '4']));
    expect(table?.columns).toEqual(['a', 'b', 'column 3', 'column 4']);
    expect(table?.rows).toEqual([
      ['1', '2', 'x', 'y'],
      ['3', '4', null, null],
    ]);
    expect(table?.notes[0]?.en).toBe('Row 2 has more cells than the header: the extra cells are kept in "column 3", "column 4"');
    expect(table?.notes[0]?.ja).toContain('「column 3」');
  });

  it('does not count trailing blank cells (a trailing delimiter) as extra', () => {
    const table = tableFromRecords(records(['a', 'b'], ['1', '2', '', '']));
    expect(table?.columns).toEqual(['a', 'b']);
    expect(table?.notes).toEqual([]);
  });

  it('reads blank and whitespace cells as null, keeping other text as written', () => {
    const table = tableFromRecords(records(['a', 'b', 'c'], ['  ', ' x ', 3]));
    expect(table?.rows[0]).toEqual([null, ' x ', 3]);
  });

  it('gives a header with no rows 0 rows, not null', () => {
    expect(tableFromRecords(records(['a', 'b']))).toMatchObject({ columns: ['a', 'b'], rows: [], rowNumbers: [] });
  });
});
