/**
 * The reading worker's messages and what it does with them, apart from the worker's own global
 * scope so the protocol is tested in Node: `{ type: 'read', id, name, bytes }` reads a file
 * (readUserFile), `{ type: 'place', id, table, placement }` places a table's rows (placeTable);
 * each is answered `{ id, ok: true, value }` or `{ id, ok: false, error }`, never by a throw.
 */
import { errorMessage } from '../lib/error-message.ts';
import { assertNever, type Result } from '../lib/result.ts';
import { readError } from './read-error.ts';
import { readUserFile, tableSteps, type TableSteps } from './read-user-file.ts';
import type { Placement, ReadError, ReadOutcome, UserFeatures, UserTable } from './types.ts';

export type ReadRequest =
  | { readonly type: 'read'; readonly id: number; readonly name: string; readonly bytes: Uint8Array }
  | { readonly type: 'place'; readonly id: number; readonly table: UserTable; readonly placement: Placement };

/** The value a request's reply carries when it succeeds. */
export interface ReplyValue {
  read: ReadOutcome;
  place: UserFeatures;
}

export type ReadReply<T = ReadOutcome | UserFeatures> = { readonly id: number } & Result<T, ReadError>;

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

export async function handleReadRequest(request: ReadRequest, steps: RequestSteps = requestSteps): Promise<ReadReply> {
  const { id } = request;
  switch (request.type) {
    case 'read':
      return { id, ...(await readUserFile(request.bytes, request.name, steps.table)) };
    case 'place':
      try {
        return { id, ok: true, value: await steps.place(request.table, request.placement) };
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
