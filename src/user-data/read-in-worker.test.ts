/**
 * The page's side of the reading worker, with a stand-in worker that answers through the real
 * handler (read-requests.ts) in the same thread, and fails on request: what is sent, what a crash
 * and a cancel do. The real worker is started by the browser test of the "open a file" UI.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from './limits.ts';
import { placeInWorker, readInWorker } from './read-in-worker.ts';
import { handleReadRequest, type ReadRequest } from './read-requests.ts';
import { splitReply } from './reply-parts.ts';

const log = vi.hoisted(() => ({
  started: 0,
  terminated: 0,
  transfers: [] as unknown[][],
  requests: [] as unknown[],
  mode: 'answer' as 'answer' | 'crash' | 'hang',
}));

vi.mock('./read.worker.ts?worker&inline', () => ({
  default: class {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
    onmessageerror = null;
    /** The table read last, as the real worker keeps it. */
    kept = new Map();
    constructor() {
      log.started++;
    }
    postMessage(request: ReadRequest, transfer: unknown[]) {
      log.transfers.push(transfer);
      log.requests.push(request);
      if (log.mode === 'hang') return;
      if (log.mode === 'crash') {
        setTimeout(() => this.onerror?.({ message: 'Out of memory', preventDefault() {} }), 1);
        return;
      }
      // Parts of 2, as the real worker sends parts of thousands.
      void handleReadRequest(request, undefined, this.kept).then((reply) => {
        for (const data of splitReply(reply, 2)) this.onmessage?.({ data });
      });
    }
    terminate() {
      log.terminated++;
    }
  },
}));

// place-table.ts is another part's; here it answers with the table's columns and no features.
vi.mock('./place-table.ts', () => ({
  placeTable: (table: { columns: string[] }) => ({ features: [], fields: table.columns, rejected: [], notes: [] }),
}));

const geojson = (name = 'ports.geojson') => new File(['{"type":"Point","coordinates":[139.7,35.7]}'], name);

beforeEach(() => {
  log.mode = 'answer';
  log.transfers = [];
  log.requests = [];
});

describe('readInWorker', () => {
  it('reads a file in the worker, transferring its bytes', async () => {
    const result = await readInWorker(geojson());
    expect(result.ok && result.value.kind === 'features' && result.value.result.features.length).toBe(1);
    expect(log.transfers).toHaveLength(1);
    expect(log.transfers[0]?.[0]).toBeInstanceOf(ArrayBuffer);
  });

  it('puts a reply sent in parts back together, in order', async () => {
    const points = Array.from({ length: 5 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [i, i] },
      properties: { n: i },
    }));
    const result = await readInWorker(new File([JSON.stringify({ type: 'FeatureCollection', features: points })], 'five.geojson'));
    expect(result.ok && result.value.kind === 'features' && result.value.result.features.map((f) => [f.id, f.properties.n])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it('keeps one worker for the next file', async () => {
    const before = log.started;
    await readInWorker(geojson());
    await readInWorker(geojson());
    expect(log.started - before).toBeLessThanOrEqual(1);
  });

  it('refuses a file over the limit without reading it', async () => {
    const huge = { name: 'huge.csv', size: LIMITS.bytes + 1, arrayBuffer: vi.fn() } as unknown as File;
    const result = await readInWorker(huge);
    expect(result.ok ? null : result.error.code).toBe('too-large');
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('turns a crash of the worker into a ReadError, and starts a new worker for the next call', async () => {
    log.mode = 'crash';
    const crashed = await readInWorker(geojson());
    expect(crashed.ok ? null : crashed.error).toMatchObject({ code: 'unreadable' });
    expect(crashed.ok ? '' : crashed.error.message.en).toContain('the reader stopped (Out of memory)');
    log.mode = 'answer';
    const before = log.started;
    const next = await readInWorker(geojson());
    expect(next.ok).toBe(true);
    expect(log.started).toBe(before + 1);
  });

  it('rejects with an AbortError when cancelled, and stops the busy worker', async () => {
    log.mode = 'hang';
    const controller = new AbortController();
    const reading = readInWorker(geojson(), controller.signal);
    await vi.waitFor(() => expect(log.transfers).toHaveLength(1));
    const terminated = log.terminated;
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.terminated).toBe(terminated + 1);
  });

  it('rejects at once when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readInWorker(geojson(), controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('placeInWorker', () => {
  it('names a table the worker read and still holds instead of sending its rows back; asks for the file again once it is gone', async () => {
    const read = await readInWorker(new File(['name,lat,lon\nA,1,2\n'], 'a.csv'));
    if (!read.ok || read.value.kind !== 'table') throw new Error('expected a table');
    const { table } = read.value;
    const placement = { columns: { kind: 'pair', lat: 1, lon: 2 }, units: 'degrees', swap: false } as const;
    expect((await placeInWorker(table, placement)).ok).toBe(true);
    const named = log.requests.at(-1) as { table?: unknown; tableOf?: number };
    expect(named.table).toBeUndefined();
    expect(named.tableOf).toBe((log.requests[0] as { id: number }).id);
    // The worker fails: the rows went with it (the page never held them), so the file must be read again; nothing is asked.
    log.mode = 'crash';
    expect((await readInWorker(geojson())).ok).toBe(false);
    log.mode = 'answer';
    const asked = log.requests.length;
    expect(await placeInWorker(table, placement)).toMatchObject({ ok: false, error: { message: { en: /Open the file again/ } } });
    expect(log.requests).toHaveLength(asked);
  });
});
