import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ok } from '../lib/result.ts';
import { handleReadRequest, type RequestSteps } from './read-requests.ts';
import type { Placement, UserFeatures, UserTable } from './types.ts';

const TABLE: UserTable = { columns: ['name', 'lat', 'lon'], rows: [['<b>x</b>', 35.7, 139.7]], rowNumbers: [2], notes: [] };
const PLACEMENT: Placement = { columns: { kind: 'pair', lat: 1, lon: 2 }, units: 'degrees', swap: false };
const PLACED: UserFeatures = {
  features: [{ type: 'Feature', id: 0, geometry: { type: 'Point', coordinates: [139.7, 35.7] }, properties: { name: '<b>x</b>' } }],
  fields: ['name'],
  rejected: [],
  notes: [],
};

function steps(place: RequestSteps['place']): RequestSteps {
  return {
    table: {
      readTable: () => Promise.resolve(ok(TABLE)),
      detect: () => Promise.resolve({ placement: PLACEMENT, notes: [], swapSuspected: false }),
    },
    place,
  };
}

describe('handleReadRequest', () => {
  it('answers a read with the outcome, under the request’s id, in a form postMessage can carry', async () => {
    const bytes = strToU8('{"type":"Point","coordinates":[1,2]}');
    const reply = await handleReadRequest(
      { type: 'read', id: 7, name: 'p.geojson', bytes },
      steps(() => Promise.resolve(PLACED)),
    );
    expect(reply).toMatchObject({ id: 7, ok: true, value: { kind: 'features', fileKind: 'geojson' } });
    expect(structuredClone(reply)).toEqual(reply);
  });

  it('answers a read that fails with its error, not a throw', async () => {
    const reply = await handleReadRequest(
      { type: 'read', id: 3, name: 'p.csv', bytes: strToU8('%PDF-1.4') },
      steps(() => Promise.resolve(PLACED)),
    );
    expect(reply).toMatchObject({ id: 3, ok: false, error: { code: 'not-what-it-says' } });
  });

  it('answers a table read with the table’s summary (its rows stay in the worker) and its detection', async () => {
    const kept = new Map();
    const reply = await handleReadRequest(
      { type: 'read', id: 4, name: 'p.csv', bytes: strToU8('a') },
      steps(() => Promise.resolve(PLACED)),
      kept,
    );
    expect(reply).toEqual({
      id: 4,
      ok: true,
      value: {
        kind: 'table',
        fileKind: 'csv',
        table: { columns: TABLE.columns, notes: [], rowCount: 1 },
        detection: { placement: PLACEMENT, notes: [], swapSuspected: false },
      },
    });
    expect(kept.get(4)).toBe(TABLE);
  });

  it('answers a place with the placed features', async () => {
    const asked: unknown[] = [];
    const reply = await handleReadRequest(
      { type: 'place', id: 9, table: TABLE, placement: PLACEMENT },
      steps((table, placement) => {
        asked.push(table, placement);
        return Promise.resolve(PLACED);
      }),
    );
    expect(reply).toEqual({ id: 9, ok: true, value: PLACED });
    expect(asked).toEqual([TABLE, PLACEMENT]);
  });

  it('places the table it read last when a place names that read, and refuses one it no longer holds', async () => {
    const kept = new Map();
    const asked: unknown[] = [];
    const placing = steps((table) => {
      asked.push(table);
      return Promise.resolve(PLACED);
    });
    await handleReadRequest({ type: 'read', id: 4, name: 'p.csv', bytes: strToU8('a') }, placing, kept);
    expect(await handleReadRequest({ type: 'place', id: 5, tableOf: 4, placement: PLACEMENT }, placing, kept)).toEqual({
      id: 5,
      ok: true,
      value: PLACED,
    });
    expect(asked).toEqual([TABLE]);
    // Another file read since: the first table is gone, and the place says so.
    await handleReadRequest(
      { type: 'read', id: 6, name: 'p.geojson', bytes: strToU8('{"type":"Point","coordinates":[1,2]}') },
      placing,
      kept,
    );
    const stale = await handleReadRequest({ type: 'place', id: 7, tableOf: 4, placement: PLACEMENT }, placing, kept);
    expect(stale).toMatchObject({ id: 7, ok: false, error: { code: 'unreadable' } });
    expect(!stale.ok && stale.error.message.en).toMatch(/Open the file again/);
    expect(asked).toHaveLength(1);
  });

  it('answers a place that throws with an unreadable error', async () => {
    const reply = await handleReadRequest(
      { type: 'place', id: 2, table: TABLE, placement: PLACEMENT },
      steps(() => Promise.reject(new RangeError('column 5 does not exist'))),
    );
    expect(reply).toEqual({
      id: 2,
      ok: false,
      error: {
        code: 'unreadable',
        message: {
          en: 'The rows could not be placed: column 5 does not exist',
          ja: '行を地図に配置できませんでした: column 5 does not exist',
        },
      },
    });
  });
});
