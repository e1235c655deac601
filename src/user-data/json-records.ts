/**
 * A JSON list of records (`[{"name": …, "lat": …, "lon": …}, …]`, what many web services give)
 * read as a table, so its coordinates are found and placed as a CSV's are.
 */
import { cellValue } from './cell-value.ts';
import type { CellValue, UserTable } from './types.ts';

/** The table a list of records makes (columns in first-seen order), or null when `input` is not one. */
export function recordsTable(input: unknown): UserTable | null {
  if (!Array.isArray(input) || input.length === 0) return null;
  if (!input.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) return null;
  const records = input as Record<string, unknown>[];
  const index = new Map<string, number>();
  for (const record of records) for (const key of Object.keys(record)) if (!index.has(key)) index.set(key, index.size);
  const rows = records.map((record) => {
    const row = new Array<CellValue>(index.size).fill(null);
    for (const [key, value] of Object.entries(record)) row[index.get(key) as number] = cellValue(value);
    return row;
  });
  return {
    columns: [...index.keys()].map((name, i) => (name.trim() === '' ? `column ${i + 1}` : name)),
    rows,
    // A record's number is its place in the list, as a feature's is.
    rowNumbers: records.map((_, i) => i + 1),
    notes: ['A JSON list of records: read as a table.'],
  };
}
