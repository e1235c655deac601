/**
 * The reading worker's messages and what it does with them, apart from the worker's own global
 * scope so the protocol is tested in Node: `{ type: 'read', id, name, bytes }` reads a file
 * (readUserFile), `{ type: 'place', id, table | tableOf, placement }` places a table's rows (placeTable);
 * each is answered `{ id, ok: true, value }` or `{ id, ok: false, error }`, never by a throw.
 * The worker keeps the table it read last (`kept`) and sends the page its summary, not its rows:
 * placing it names the read (`tableOf`). Sending 100,000 rows back was a ~150 ms task on the page's
 * main thread, and holding them there made its garbage collections longer while the placed rows came.
 */
import { errorMessage } from '../lib/error-message.ts';
import { assertNever, type Result } from '../lib/result.ts';
import { readError, tableNoLongerHeld } from './read-error.ts';
import { readUserFile, tableSteps, type TableSteps } from './read-user-file.ts';
import type { Placement, ReadError, ReadOutcome, ReadSummary, TableSummary, UserFeatures, UserTable } from './types.ts';

export type ReadRequest =
  | { readonly type: 'read'; readonly id: number; readonly name: string; readonly bytes: Uint8Array }
  | {
      readonly type: 'place';
      readonly id: number;
      readonly placement: Placement;
      /** The table itself, or the id of the read whose table the worker kept. */
      readonly table?: UserTable;
      readonly tableOf?: number;
    };

/** The table the worker read last, by the id of its read. */
export type KeptTables = Map<number, UserTable>;

/** The value a request's reply carries when it succeeds. */
export interface ReplyValue {
  read: ReadSummary;
  place: UserFeatures;
}

export type ReadReply<T = ReadSummary | UserFeatures> = { readonly id: number } & Result<T, ReadError>;

/** A table as the page is sent it: its rows stay in the worker (`kept`). */
export function tableSummary({ rows, rowNumbers: _rowNumbers, ...rest }: UserTable): TableSummary {
  return { ...rest, rowCount: rows.length };
}

function summary(read: ReadOutcome): ReadSummary {
  return read.kind === 'table' ? { ...read, table: tableSummary(read.table) } : read;
}

/** How the worker reads and places: the real readers unless a test passes others. */
export interface RequestSteps {
  readonly table: TableSteps;
  place(table: UserTable, placement: Placement): Promise<UserFeatures>;
}

export const requestSteps: RequestSteps = {
  table: tableSteps,
  async place(table, placement) {
    return (await import('./place-table.ts')).placeTable(table, placement);
  },
};

export async function handleReadRequest(
  request: ReadRequest,
  steps: RequestSteps = requestSteps,
  kept: KeptTables = new Map(),
): Promise<ReadReply> {
  const { id } = request;
  switch (request.type) {
    case 'read': {
      const read = await readUserFile(request.bytes, request.name, steps.table);
      kept.clear();
      if (!read.ok) return { id, ...read };
      if (read.value.kind === 'table') kept.set(id, read.value.table);
      return { id, ok: true, value: summary(read.value) };
    }
    case 'place':
      try {
        const table = request.table ?? (request.tableOf === undefined ? undefined : kept.get(request.tableOf));
        if (!table) return { id, ok: false, error: tableNoLongerHeld() };
        return { id, ok: true, value: await steps.place(table, request.placement) };
      } catch (error) {
        const message = errorMessage(error);
        return {
          id,
          ok: false,
          error: readError('unreadable', `The rows could not be placed: ${message}`, `行を地図に配置できませんでした: ${message}`),
        };
      }
    default:
      return assertNever(request);
  }
}
