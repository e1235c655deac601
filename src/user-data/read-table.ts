/**
 * A CSV, TSV or .xlsx file to a table and where its coordinates are: what the worker sends back for
 * the user to confirm (or change) before placeTable draws the rows. Each reader (papaparse,
 * read-excel-file) is loaded only when a file of its kind is opened.
 */
import { ok, type Result } from '../lib/result';
import { detectCoordinates } from './detect-coordinates';
import type { ReadError, ReadOutcome, UserTable } from './types';

export type TableFileKind = 'csv' | 'tsv' | 'xlsx';

async function read(bytes: Uint8Array, kind: TableFileKind): Promise<Result<UserTable, ReadError>> {
  if (kind === 'xlsx') {
    const { readXlsx } = await import('./read-xlsx');
    return readXlsx(bytes);
  }
  const { readDelimited } = await import('./read-delimited');
  return readDelimited(bytes, kind);
}

export async function readTable(bytes: Uint8Array, kind: TableFileKind): Promise<Result<ReadOutcome, ReadError>> {
  const table = await read(bytes, kind);
  if (!table.ok) return table;
  return ok({ kind: 'table', fileKind: kind, table: table.value, detection: detectCoordinates(table.value) });
}
