/** A UserTable written inline for tests: a header and rows of cells, numbered from row 2. */
import type { CellValue, Delimiter, UserTable } from '../types';

export function makeTable(
  columns: readonly string[],
  rows: readonly (readonly CellValue[])[],
  delimiter: Delimiter | undefined = ',',
): UserTable {
  return {
    columns,
    rows,
    rowNumbers: rows.map((_, i) => i + 2),
    notes: [],
    ...(delimiter === undefined ? {} : { delimiter }),
  };
}
