/**
 * The worker that reads a user's files off the page's main thread (read-requests.ts has the
 * messages and does the work, reply-parts.ts splits large replies; read-in-worker.ts is the page's side). Started as a Vite worker
 * (`?worker&inline`, a blob: URL, which the page's `worker-src 'self' blob:` allows).
 */
import { handleReadRequest, type KeptTables, type ReadRequest } from './read-requests.ts';
import { splitReply, transferOf, type WorkerMessage } from './reply-parts.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The table read last, placed from here (read-requests.ts). */
const kept: KeptTables = new Map();

scope.onmessage = ({ data }) => {
  // A large reply goes in parts, so the page never decodes one huge message (reply-parts.ts).
  void handleReadRequest(data, undefined, kept).then((reply) => {
    for (const message of splitReply(reply)) scope.postMessage(message, transferOf(message));
  });
};
