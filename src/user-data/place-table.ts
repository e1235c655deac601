// TEMP stub (branch ud-features): the real file comes from branch ud-table; drop this at merge.
import type { Placement, UserFeatures, UserTable } from './types.ts';

export function placeTable(table: UserTable, placement: Placement): UserFeatures {
  throw new Error(`TEMP stub: placeTable(${table.columns.length} columns, ${placement.columns.kind}) is on branch ud-table`);
}
