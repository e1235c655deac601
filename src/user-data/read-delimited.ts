// TEMP stub (branch ud-features): the real file comes from branch ud-table; drop this at merge.
import type { Result } from '../lib/result.ts';
import type { ReadError, UserTable } from './types.ts';

export function readDelimited(bytes: Uint8Array, kind: 'csv' | 'tsv'): Result<UserTable, ReadError> {
  throw new Error(`TEMP stub: readDelimited(${bytes.length} bytes, ${kind}) is on branch ud-table`);
}
