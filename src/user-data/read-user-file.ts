/**
 * A user's file, bytes and name, into a table to place or features to draw. The size limit is
 * checked first, then the kind (sniff.ts); each kind's reader, and its library, is loaded only
 * when a file of that kind is opened (a .json list of records is a table, as a CSV is). Whatever a reader throws becomes a ReadError naming the
 * file and the library's message, never a crash.
 */
import { errorMessage } from '../lib/error-message.ts';
import { assertNever, err, ok, type Result } from '../lib/result.ts';
import { LIMITS } from './limits.ts';
import { readError, tooLarge, unreadable } from './read-error.ts';
import { sniffKind } from './sniff.ts';
import type { Detection, ReadError, ReadOutcome, UserFeatures, UserFileKind, UserTable } from './types.ts';

/** How tables are read and their coordinates found: passed in, so this module is tested without them. */
export interface TableSteps {
  readTable(bytes: Uint8Array, kind: 'csv' | 'tsv' | 'xlsx'): Promise<Result<UserTable, ReadError>>;
  detect(table: UserTable): Promise<Detection>;
}

export const tableSteps: TableSteps = {
  async readTable(bytes, kind) {
    if (kind === 'xlsx') return (await import('./read-xlsx.ts')).readXlsx(bytes);
    return (await import('./read-delimited.ts')).readDelimited(bytes, kind);
  },
  async detect(table) {
    return (await import('./detect-coordinates.ts')).detectCoordinates(table);
  },
};

export async function readUserFile(
  bytes: Uint8Array,
  name: string,
  steps: TableSteps = tableSteps,
): Promise<Result<ReadOutcome, ReadError>> {
  if (bytes.length > LIMITS.bytes) return err(tooLarge(name, bytes.length));
  if (bytes.length === 0) return err(readError('empty', `“${name}” is empty (0 bytes).`, `「${name}」は空です（0 バイト）。`));
  try {
    const kind = sniffKind(name, bytes);
    if (!kind.ok) return kind;
    return await readKind(kind.value, bytes, name, steps);
  } catch (error) {
    return err(unreadable(name, errorMessage(error)));
  }
}

async function readKind(kind: UserFileKind, bytes: Uint8Array, name: string, steps: TableSteps): Promise<Result<ReadOutcome, ReadError>> {
  switch (kind) {
    case 'geojson': {
      const read = (await import('./read-geojson.ts')).readGeoJson(bytes, name);
      if (!read.ok) return read;
      if (read.value.kind === 'features') return features(kind, ok(read.value.result));
      return ok({ kind: 'table', fileKind: kind, table: read.value.table, detection: await steps.detect(read.value.table) });
    }
    case 'kml':
      return features(kind, (await import('./read-kml.ts')).readKml(bytes, name));
    case 'kmz':
      return features(kind, (await import('./read-kml.ts')).readKmz(bytes, name));
    case 'shapefile':
      return features(kind, await (await import('./read-shapefile.ts')).readShapefile(bytes, name));
    case 'csv':
    case 'tsv':
    case 'xlsx': {
      const table = await steps.readTable(bytes, kind);
      if (!table.ok) return table;
      return ok({ kind: 'table', fileKind: kind, table: table.value, detection: await steps.detect(table.value) });
    }
    default:
      return assertNever(kind);
  }
}

function features(fileKind: UserFileKind, result: Result<UserFeatures, ReadError>): Result<ReadOutcome, ReadError> {
  return result.ok ? ok({ kind: 'features', fileKind, result: result.value }) : result;
}
