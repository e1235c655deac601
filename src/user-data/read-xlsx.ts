// TEMP stub (branch ud-features): the real file comes from branch ud-table; drop this at merge.
import type { Result } from '../lib/result.ts';
import type { ReadError, UserTable } from './types.ts';

export function readXlsx(bytes: Uint8Array): Promise<Result<UserTable, ReadError>> {
  return Promise.reject(new Error(`TEMP stub: readXlsx(${bytes.length} bytes) is on branch ud-table`));
}
