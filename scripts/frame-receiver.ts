/**
 * The server side of src/video/external-sink.ts: routes under FRAMES_PATH on the server that serves
 * the built app, each recording at its own unguessable path, its frames (RGBA pixels, as they are)
 * piped into an encoder in the order of their index (requests in flight may arrive swapped). Frames are answered once the
 * encoder took them, so a slow encoder slows the page instead of filling memory.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FrameReceipt } from '../src/video/external-sink.ts';

export const FRAMES_PATH = '/__frames/';

/** What takes the frames: scripts/ffmpeg.ts's encoder, or a stand-in in tests. */
export interface FrameEncoder {
  write(frame: Uint8Array): Promise<void>;
  finish(): Promise<FrameReceipt>;
  cancel(): void;
}

interface Recording {
  readonly encoder: FrameEncoder;
  /** A frame's RGBA bytes. */
  readonly frameBytes: number;
  /** The index the encoder takes next. */
  next: number;
  /** Frames that came before their turn, with the response each waits for; null: the frame before, again. */
  readonly early: Map<number, { frame: Uint8Array | null; response: ServerResponse }>;
  /** The last frame handed to the encoder. */
  last: Uint8Array | null;
  /** Frames go to the encoder one after another. */
  writing: Promise<void>;
}

export interface FrameReceiver {
  /** A new endpoint (a path on this server) whose frames, RGBA pixels of `size`, go to `encoder`. */
  open(encoder: FrameEncoder, size: { width: number; height: number }): string;
  /** Connect-style middleware: handles FRAMES_PATH, passes anything else on. */
  handle(request: IncomingMessage, response: ServerResponse, next: () => void): void;
}

export function frameReceiver(): FrameReceiver {
  const recordings = new Map<string, Recording>();

  const fail = (response: ServerResponse, status: number, text: string) => {
    if (!response.headersSent) response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(text);
  };

  /** Hands the encoder every frame whose turn has come. */
  const drain = (recording: Recording) => {
    for (let waiting = recording.early.get(recording.next); waiting; waiting = recording.early.get(recording.next)) {
      recording.early.delete(recording.next);
      recording.next++;
      // A repeat is never frame 0 (refused on arrival), so a frame was written before it.
      const frame = waiting.frame ?? recording.last!;
      const { response } = waiting;
      recording.last = frame;
      recording.writing = recording.writing
        .then(() => recording.encoder.write(frame))
        .then(
          () => void response.writeHead(204).end(),
          (error: unknown) => fail(response, 500, error instanceof Error ? error.message : String(error)),
        );
    }
  };

  return {
    open(encoder, size) {
      const token = randomUUID().replaceAll('-', '');
      const frameBytes = size.width * size.height * 4;
      recordings.set(token, { encoder, frameBytes, next: 0, early: new Map(), last: null, writing: Promise.resolve() });
      return `${FRAMES_PATH}${token}`;
    },
    handle(request, response, next) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(FRAMES_PATH)) return next();
      const [token = '', action = ''] = url.pathname.slice(FRAMES_PATH.length).split('/');
      const recording = recordings.get(token);
      if (request.method !== 'POST' || !recording) return fail(response, 404, 'No recording at this address.');
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= recording.frameBytes) chunks.push(chunk);
      });
      request.on('end', () => {
        if (action === 'frame') {
          const index = Number(url.searchParams.get('index'));
          const same = url.searchParams.has('same');
          const expected = same ? 0 : recording.frameBytes;
          if (size !== expected) {
            const what = same ? 'A frame that repeats the one before has no body' : `A frame is ${recording.frameBytes} bytes of RGBA`;
            return fail(response, size > expected ? 413 : 400, `${what}; ${size} bytes came.`);
          }
          if (!Number.isInteger(index) || index < recording.next || recording.early.has(index)) {
            return fail(response, 400, `Frame ${url.searchParams.get('index')} is not the next one (${recording.next}).`);
          }
          if (same && index === 0) return fail(response, 400, 'The first frame cannot repeat a frame before it.');
          const frame = same ? null : Buffer.concat(chunks, size);
          recording.early.set(index, { frame, response });
          return drain(recording);
        }
        if (action === 'finish' || action === 'cancel') {
          recordings.delete(token);
          const early = [...recording.early.keys()];
          for (const waiting of recording.early.values()) fail(waiting.response, 409, 'The recording ended before this frame’s turn.');
          if (action === 'cancel') {
            recording.encoder.cancel();
            return void response.writeHead(204).end();
          }
          if (early.length > 0) {
            recording.encoder.cancel();
            return fail(response, 400, `Frames ${early.join(', ')} came without frame ${recording.next}.`);
          }
          return void recording.writing
            .then(() => recording.encoder.finish())
            .then(
              (receipt) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(receipt)),
              (error: unknown) => fail(response, 500, error instanceof Error ? error.message : String(error)),
            );
        }
        fail(response, 404, `No action "${action}".`);
      });
    },
  };
}
