import { describe, expect, it } from 'vitest';
import type { ReadReply } from './read-requests.ts';
import { ReplyAssembler, splitReply, type WorkerMessage } from './reply-parts.ts';
import type { ReadSummary, RejectedRow, UserFeature, UserFeatures } from './types.ts';

const features = (n: number): UserFeature[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [i, 0] }, properties: { n: i } }));
const rejected = (n: number): RejectedRow[] =>
  Array.from({ length: n }, (_, i) => ({ row: i + 2, column: 'lat', reason: { en: 'blank', ja: '空欄' }, cells: [i] }));
const placed = (f: number, r: number): UserFeatures => ({
  features: features(f),
  fields: ['n'],
  rejected: rejected(r),
  notes: [{ en: 'a', ja: 'あ' }],
});
const table = (n: number): ReadSummary => ({
  kind: 'table',
  fileKind: 'csv',
  table: { columns: ['a'], rowCount: n, notes: [] },
  detection: { placement: null, notes: [], swapSuspected: false },
});

const REPLIES: [string, ReadReply, number][] = [
  ['a small placed table, in one message', { id: 1, ok: true, value: placed(3, 1) }, 1],
  ['placed features and rejected rows, in parts', { id: 2, ok: true, value: placed(10, 7) }, 3 + 2 + 1],
  ['a feature file', { id: 3, ok: true, value: { kind: 'features', fileKind: 'kml', result: placed(9, 0) } }, 2 + 1],
  ['a table’s summary (its rows stay in the worker), in one message', { id: 4, ok: true, value: table(7) }, 1],
  ['an exact multiple of the part size', { id: 5, ok: true, value: placed(6, 3) }, 1 + 0 + 1],
  ['an error', { id: 6, ok: false, error: { code: 'empty', message: { en: 'x', ja: 'x' } } }, 1],
];

describe('splitReply and ReplyAssembler', () => {
  it.each(REPLIES)('%s: split into the expected messages and put back as it was', (_, reply, count) => {
    const messages = splitReply(reply, 3);
    expect(messages).toHaveLength(count);
    expect(messages.every((m) => !('items' in m) || m.items.length === 3)).toBe(true);
    const assembler = new ReplyAssembler();
    const taken = messages.map((m) => assembler.take(m));
    expect(taken.slice(0, -1).every((t) => t === null)).toBe(true);
    expect(taken.at(-1)).toEqual(reply);
  });

  it('keeps the parts of interleaved replies apart', () => {
    const a: ReadReply = { id: 1, ok: true, value: placed(7, 0) };
    const b: ReadReply = { id: 2, ok: true, value: placed(5, 0) };
    const [a1, a2, aEnd] = splitReply(a, 3) as [WorkerMessage, WorkerMessage, WorkerMessage];
    const [b1, bEnd] = splitReply(b, 3) as [WorkerMessage, WorkerMessage];
    const assembler = new ReplyAssembler();
    expect([a1, b1, a2, bEnd, aEnd].map((m) => assembler.take(m))).toEqual([null, null, null, b, a]);
  });

  it('forgets the parts of a dropped request', () => {
    const reply: ReadReply = { id: 1, ok: true, value: placed(5, 0) };
    const [part, end] = splitReply(reply, 3) as [WorkerMessage, WorkerMessage];
    const assembler = new ReplyAssembler();
    assembler.take(part);
    assembler.drop(1);
    const taken = assembler.take(end);
    expect(taken?.ok && 'features' in taken.value && taken.value.features.map((f) => f.id)).toEqual([3, 4]);
  });
});
