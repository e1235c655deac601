/**
 * The worker that reads a user's files off the page's main thread (read-requests.ts has the
 * messages and does the work; read-in-worker.ts is the page's side). Started as a Vite worker
 * (`?worker&inline`, a blob: URL, which the page's `worker-src 'self' blob:` allows).
 */
import { handleReadRequest, type ReadReply, type ReadRequest } from './read-requests.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  void handleReadRequest(data).then((reply) => scope.postMessage(reply));
};
