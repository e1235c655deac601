import { describe, expect, it } from 'vitest';
import { ColumnFeature, plainFeature } from './feature-columns.ts';
import type { ReadReply } from './read-requests.ts';
import { ReplyAssembler, splitReply, transferOf, type WorkerMessage } from './reply-parts.ts';
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
  ['placed features and rejected rows, in parts', { id: 2, ok: true, value: placed(10, 7) }, 4 + 2 + 1],
  ['a feature file', { id: 3, ok: true, value: { kind: 'features', fileKind: 'kml', result: placed(9, 0) } }, 3 + 1],
  ['a table’s summary (its rows stay in the worker), in one message', { id: 4, ok: true, value: table(7) }, 1],
  ['an exact multiple of the part size', { id: 5, ok: true, value: placed(6, 3) }, 2 + 0 + 1],
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
    expect(plain(taken.at(-1))).toEqual(reply);
  });

  it('sends a long list of features as columns, whole, their arrays handed over, and gives them back as rows', () => {
    const reply: ReadReply = { id: 9, ok: true, value: placed(7, 0) };
    const messages = splitReply(reply, 3);
    const parts = messages.filter((m) => 'part' in m);
    expect(parts.map((m) => 'columns' in m && m.columns.count)).toEqual([3, 3, 1]);
    expect(transferOf(parts[0]!).length).toBeGreaterThan(3);
    expect(transferOf(messages.at(-1)!)).toEqual([]);
    const assembler = new ReplyAssembler();
    const whole = messages.map((m) => assembler.take(m)).at(-1);
    const rows = whole?.ok && 'features' in whole.value ? whole.value.features : [];
    expect(rows.every((f) => f instanceof ColumnFeature)).toBe(true);
    expect(rows.map((f) => f.properties['n'])).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps the parts of interleaved replies apart', () => {
    const a: ReadReply = { id: 1, ok: true, value: placed(7, 0) };
    const b: ReadReply = { id: 2, ok: true, value: placed(5, 0) };
    const [a1, a2, a3, aEnd] = splitReply(a, 3) as [WorkerMessage, WorkerMessage, WorkerMessage, WorkerMessage];
    const [b1, b2, bEnd] = splitReply(b, 3) as [WorkerMessage, WorkerMessage, WorkerMessage];
    const assembler = new ReplyAssembler();
    expect([a1, b1, a2, b2, bEnd, a3, aEnd].map((m) => plain(assembler.take(m)))).toEqual([null, null, null, null, b, null, a]);
  });

  it('forgets the parts of a dropped request', () => {
    const reply: ReadReply = { id: 1, ok: true, value: placed(5, 0) };
    const [part, last, end] = splitReply(reply, 3) as [WorkerMessage, WorkerMessage, WorkerMessage];
    const assembler = new ReplyAssembler();
    assembler.take(part);
    assembler.drop(1);
    assembler.take(last);
    const taken = assembler.take(end);
    expect(taken?.ok && 'features' in taken.value && taken.value.features.map((f) => f.id)).toEqual([3, 4]);
  });
});

/** The reply with its features as plain objects, to compare with what was sent. */
function plain(reply: ReadReply | null | undefined): ReadReply | null | undefined {
  if (!reply?.ok) return reply;
  const value = reply.value;
  if (!('kind' in value)) return { ...reply, value: { ...value, features: value.features.map(plainFeature) } };
  if (value.kind === 'features')
    return { ...reply, value: { ...value, result: { ...value.result, features: value.result.features.map(plainFeature) } } };
  return reply;
}
