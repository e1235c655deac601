/**
 * A large reply sent in parts. Decoding one message of 100,000 features took the page's main
 * thread 180–410 ms here; the worker instead sends the long lists (features, rejected rows) ahead
 * in parts of a few thousand, each decoded in its own short task, and the
 * final reply carries the rest. The page puts them back together before anyone sees the reply.
 */
import { columnBuffers, decodeFeatures, encodeFeatures, type FeatureColumns } from './feature-columns.ts';
import type { ReadReply } from './read-requests.ts';
import type { ReadSummary, RejectedRow, UserFeature, UserFeatures } from './types.ts';

/**
 * Items per part: about 5–15 ms of decoding each on the page for points with a few fields. Parts of
 * 5,000 (10–30 ms) left room for a garbage collection of what the parts before had brought in the
 * same task: 106–144 ms here while 100,000 rows were placed; 66–83 ms with these.
 */
export const PART_SIZE = 2500;

interface Lists {
  features?: readonly UserFeature[];
  rejected?: readonly RejectedRow[];
}
type ListName = keyof Lists;
const LIST_NAMES: readonly ListName[] = ['features', 'rejected'];

/**
 * Part of one of a reply's long lists, sent ahead of the reply. Features go as columns
 * (feature-columns.ts): as objects, what the page's collector copied while they arrived
 * made its longest tasks (64–74 ms collections here).
 */
export type ReplyPart =
  | { readonly id: number; readonly part: 'features'; readonly columns: FeatureColumns }
  | { readonly id: number; readonly part: 'rejected'; readonly items: readonly unknown[] };

export type WorkerMessage = ReplyPart | ReadReply;

type Value = ReadSummary | UserFeatures;

/**
 * The messages that carry `reply`: its long lists' leading parts, then the reply with what is left of them.
 * A long list of features goes whole in parts, so that the page holds every row of a layer the same way.
 */
export function splitReply(reply: ReadReply, size = PART_SIZE): WorkerMessage[] {
  if (!reply.ok) return [reply];
  const lists = listsOf(reply.value);
  const fields = fieldsOf(reply.value);
  const parts: ReplyPart[] = [];
  const rest: Lists = {};
  const features = lists.features;
  if (features) {
    if (features.length <= size) rest.features = features;
    else {
      for (let start = 0; start < features.length; start += size)
        parts.push({ id: reply.id, part: 'features', columns: encodeFeatures(features.slice(start, start + size), fields) });
      rest.features = [];
    }
  }
  const rejected = lists.rejected;
  if (rejected) {
    let start = 0;
    for (; rejected.length - start > size; start += size)
      parts.push({ id: reply.id, part: 'rejected', items: rejected.slice(start, start + size) });
    rest.rejected = start === 0 ? rejected : rejected.slice(start);
  }
  return [...parts, { ...reply, value: withLists(reply.value, rest) }];
}

/** What posting `message` may hand over rather than copy: a features part's typed arrays. */
export function transferOf(message: WorkerMessage): Transferable[] {
  return 'part' in message && message.part === 'features' ? columnBuffers(message.columns) : [];
}

/** Gathers parts by request id and gives back the whole reply when its last message comes. */
export class ReplyAssembler {
  private readonly pending = new Map<number, Partial<Record<ListName, unknown[]>>>();

  /** The whole reply once `message` is a request's final one; null for a part. */
  take(message: WorkerMessage): ReadReply | null {
    if ('part' in message) {
      const gathered = this.pending.get(message.id) ?? {};
      const list = (gathered[message.part] ??= []);
      const items: readonly unknown[] = message.part === 'features' ? decodeFeatures(message.columns) : message.items;
      for (const item of items) list.push(item);
      this.pending.set(message.id, gathered);
      return null;
    }
    const gathered = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (!gathered || !message.ok) return message;
    const lists = listsOf(message.value);
    const whole: Lists = {};
    for (const name of LIST_NAMES) {
      const head = gathered[name];
      const tail = lists[name];
      if (!tail) continue;
      if (head) for (const item of tail) head.push(item);
      (whole as Record<ListName, readonly unknown[]>)[name] = head ?? tail;
    }
    return { ...message, value: withLists(message.value, whole) };
  }

  /** Forgets a request's parts (it was cancelled, or its worker stopped). */
  drop(id?: number): void {
    if (id === undefined) this.pending.clear();
    else this.pending.delete(id);
  }
}

/** A table's summary carries no long list: its rows stay in the worker. */
function listsOf(value: Value): Lists {
  if (!('kind' in value)) return { features: value.features, rejected: value.rejected };
  if (value.kind === 'features') return { features: value.result.features, rejected: value.result.rejected };
  return {};
}

function fieldsOf(value: Value): readonly string[] {
  if (!('kind' in value)) return value.fields;
  return value.kind === 'features' ? value.result.fields : [];
}

function withLists(value: Value, lists: Lists): Value {
  if (!('kind' in value)) return { ...value, ...pick(lists, 'features', 'rejected') };
  if (value.kind === 'features') return { ...value, result: { ...value.result, ...pick(lists, 'features', 'rejected') } };
  return value;
}

function pick(lists: Lists, ...names: ListName[]): Lists {
  const out: Lists = {};
  for (const name of names) if (lists[name]) (out as Record<ListName, unknown>)[name] = lists[name];
  return out;
}
