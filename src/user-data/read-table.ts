/**
 * A CSV, TSV or .xlsx file to a table and where its coordinates are: what the worker sends back for
 * the user to confirm (or change) before placeTable draws the rows.
 */
import { ok, type Result } from '../lib/result';
import { detectCoordinates } from './detect-coordinates';
import { readDelimited } from './read-delimited';
import { readXlsx } from './read-xlsx';
import type { ReadError, ReadOutcome } from './types';

export type TableFileKind = 'csv' | 'tsv' | 'xlsx';

export async function readTable(bytes: Uint8Array, kind: TableFileKind): Promise<Result<ReadOutcome, ReadError>> {
  const read = kind === 'xlsx' ? await readXlsx(bytes) : readDelimited(bytes, kind);
  if (!read.ok) return read;
  return ok({ kind: 'table', fileKind: kind, table: read.value, detection: detectCoordinates(read.value) });
}
