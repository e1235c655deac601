/**
 * The page's side of the reading worker (read.worker.ts): one worker, started on the first file
 * and kept for the next. A file's bytes are transferred to it, not copied. If the worker fails
 * (out of memory on a huge file, or it cannot start), every waiting call gets a ReadError and the
 * next call starts a new worker. This module is small and loads with the "open a file" UI, so the
 * readers and their libraries stay out of the page until a file is opened.
 */
import { err, type Result } from '../lib/result.ts';
import { LIMITS } from './limits.ts';
import { readError, tableNoLongerHeld, tooLarge } from './read-error.ts';
import type { ReadReply, ReadRequest, ReplyValue } from './read-requests.ts';
import ReadWorker from './read.worker.ts?worker&inline';
import { ReplyAssembler, type WorkerMessage } from './reply-parts.ts';
import type { Placement, ReadError, ReadSummary, TableSummary, UserFeatures } from './types.ts';

let worker: Worker | null = null;
/** The tables the running worker keeps, by the id of the read that gave them (read-requests.ts keeps the last). */
let keptBy = new WeakMap<TableSummary, number>();
let nextId = 0;
const waiting = new Map<number, (reply: ReadReply) => void>();
const assembler = new ReplyAssembler();

/** Reads a file in the worker; `signal` abandons it (and stops the worker if nothing else waits on it). */
export async function readInWorker(file: File, signal?: AbortSignal): Promise<Result<ReadSummary, ReadError>> {
  // Refused before reading: a file over the limit is never loaded into memory.
  if (file.size > LIMITS.bytes) return err(tooLarge(file.name, file.size));
  signal?.throwIfAborted();
  const bytes = new Uint8Array(await file.arrayBuffer());
  signal?.throwIfAborted();
  const id = nextId++;
  const read = await ask<'read'>({ type: 'read', id, name: file.name, bytes }, [bytes.buffer], signal);
  if (read.ok && read.value.kind === 'table') keptBy.set(read.value.table, id);
  return read;
}

/**
 * Places a table's rows in the worker that read it, as the person chose (or confirmed) the
 * coordinate columns. The page never held the rows: a table whose worker stopped since must be
 * read again.
 */
export async function placeInWorker(
  table: TableSummary,
  placement: Placement,
  signal?: AbortSignal,
): Promise<Result<UserFeatures, ReadError>> {
  const tableOf = keptBy.get(table);
  if (tableOf === undefined) return err(tableNoLongerHeld());
  return ask<'place'>({ type: 'place', id: nextId++, placement, tableOf }, [], signal);
}

function ask<K extends keyof ReplyValue>(
  request: ReadRequest & { type: K },
  transfer: Transferable[],
  signal: AbortSignal | undefined,
): Promise<Result<ReplyValue[K], ReadError>> {
  return new Promise((resolve, reject) => {
    const { id } = request;
    const onAbort = () => {
      waiting.delete(id);
      assembler.drop(id);
      // The worker may be busy with this file for a long time: stop it if no one else waits on it.
      if (waiting.size === 0) stop();
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('The file was not read: cancelled.', 'AbortError'));
    };
    waiting.set(id, (reply) => {
      signal?.removeEventListener('abort', onAbort);
      // The reply to a request of kind K carries K's value (read-requests.ts answers each in kind).
      resolve(reply.ok ? { ok: true, value: reply.value as ReplyValue[K] } : { ok: false, error: reply.error });
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    let target: Worker;
    try {
      target = started();
    } catch (error) {
      failAll(error instanceof Error ? error.message : String(error));
      return;
    }
    target.postMessage(request, transfer);
  });
}

function started(): Worker {
  if (worker) return worker;
  const created = new ReadWorker();
  created.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    const reply = assembler.take(data);
    if (!reply) return;
    const settle = waiting.get(reply.id);
    waiting.delete(reply.id);
    settle?.(reply);
  };
  created.onerror = (event) => {
    event.preventDefault();
    failAll(event.message || 'its worker stopped');
  };
  created.onmessageerror = () => failAll('a message could not be passed to or from its worker');
  worker = created;
  return created;
}

function stop(): void {
  worker?.terminate();
  worker = null;
  // What it held went with it.
  keptBy = new WeakMap();
  assembler.drop();
}

/** The worker failed: every waiting call gets an error, and the next call starts a new worker. */
function failAll(message: string): void {
  stop();
  const error = readError(
    'unreadable',
    `The file could not be read: the reader stopped (${message}). The file may be too large for this browser's memory; try a smaller one.`,
    `ファイルを読めませんでした。読み取り処理が停止しました（${message}）。このブラウザのメモリには大きすぎる可能性があります。小さいファイルでお試しください。`,
  );
  const settles = [...waiting.entries()];
  waiting.clear();
  for (const [id, settle] of settles) settle({ id, ok: false, error });
}
