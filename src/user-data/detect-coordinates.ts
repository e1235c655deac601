// TEMP stub (branch ud-features): the real file comes from branch ud-table; drop this at merge.
import type { Detection, UserTable } from './types.ts';

export function detectCoordinates(table: UserTable): Detection {
  throw new Error(`TEMP stub: detectCoordinates(${table.columns.length} columns) is on branch ud-table`);
}
