/**
 * Frames handed out of the page to an encoder outside the browser: the command line (`npm run video`,
 * `slides --video`) serves the app together with an endpoint that pipes each frame into the system's
 * ffmpeg (scripts/frame-receiver.ts). Only a path on the page's own origin is accepted, so a recording
 * never sends a frame anywhere else. Each frame's RGBA pixels are read at once and compressed (raw
 * deflate, lossless) in a worker, because posting them as they are was slow (measured here at
 * 1280×720: 170–720 ms for 3.7 MB) and a PNG from the canvas waits for the main thread's idle time or
 * the busy GPU process (180–960 ms while the map draws); compressed, a map frame is about 0.2 MB.
 * The protocol, all POSTs:
 *   `<endpoint>/frame?index=N`  the frame's pixels, deflated; answered once the encoder took them
 *   `<endpoint>/finish`         answered with the written file's description (FrameReceipt) as JSON
 *   `<endpoint>/cancel`         drops the file
 */
import DeflateWorker from './frame-deflate.worker.ts?worker&inline';
import type { DeflateReply, DeflateRequest } from './frame-deflate.worker.ts';
import type { FrameSink, SinkSpec, VideoFile } from './sink.ts';

/** What the receiver says of the file it wrote (the bytes stay on its side). */
export type FrameReceipt = Omit<VideoFile, 'bytes' | 'refused'>;

/** Frames under way before `add` waits for the receiver's answers: PNGs are made and the encoder works while the map draws the next. */
const IN_FLIGHT = 3;

/** The endpoint as a same-origin path ("/__frames/abc"), or an error saying what is accepted. */
export function frameEndpoint(endpoint: string): string {
  if (!/^\/[A-Za-z0-9_\-/]+$/.test(endpoint) || endpoint.includes('//')) {
    throw new Error(`Frames go only to a path on this page's own server, such as /__frames/abc; got "${endpoint}".`);
  }
  return endpoint.replace(/\/$/, '');
}

/** One worker for a recording's frames, compressing them in the order given. */
function deflater(): { deflate(index: number, pixels: ArrayBuffer): Promise<ArrayBuffer>; close(): void } {
  const worker = new DeflateWorker();
  const waiting = new Map<number, { resolve: (deflated: ArrayBuffer) => void; reject: (error: Error) => void }>();
  worker.onmessage = (event: MessageEvent<DeflateReply>) => {
    const reply = event.data;
    const waiter = waiting.get(reply.index);
    waiting.delete(reply.index);
    if ('error' in reply) waiter?.reject(new Error(`Frame ${reply.index} could not be compressed: ${reply.error}`));
    else waiter?.resolve(reply.deflated);
  };
  worker.onerror = (event) => {
    for (const waiter of waiting.values())
      waiter.reject(new Error(`The frames' compressor failed: ${event.message || 'its worker stopped'}`));
    waiting.clear();
  };
  return {
    deflate: (index, pixels) =>
      new Promise((resolve, reject) => {
        waiting.set(index, { resolve, reject });
        worker.postMessage({ index, pixels } satisfies DeflateRequest, [pixels]);
      }),
    close: () => worker.terminate(),
  };
}

export function externalSink(spec: SinkSpec, endpoint: string, send: typeof fetch = (input, init) => fetch(input, init)): FrameSink {
  const base = frameEndpoint(endpoint);
  const compressor = deflater();
  const pending: Promise<void>[] = [];
  let failure: Error | null = null;
  let closed = false;

  const post = async (path: string, body?: BodyInit): Promise<Response> => {
    const response = await send(`${base}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      ...(body === undefined ? {} : { body }),
    });
    if (!response.ok) {
      const said = (await response.text().catch(() => '')).trim();
      throw new Error(`The video encoder outside the browser refused ${path.split('?')[0]}: ${said || `HTTP ${response.status}`}`);
    }
    return response;
  };

  return {
    // Read once a frame; a CPU-backed canvas (willReadFrequently) was no faster here: the cost is reading back the map's WebGL frame.
    readsPixels: false,
    async add(canvas, index) {
      if (failure) throw failure;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('The frame canvas has no 2-D context to read its pixels from.');
      // The pixels are read now (the canvas is drawn again for the next frame), compressed and posted meanwhile.
      const pixels = ctx.getImageData(0, 0, spec.width, spec.height).data.buffer;
      const deflated = compressor.deflate(index, pixels);
      const sent = deflated
        .then((deflated) => post(`frame?index=${index}`, deflated))
        .then(
          () => undefined,
          (error: unknown) => {
            failure ??= error instanceof Error ? error : new Error(String(error));
          },
        );
      pending.push(sent);
      while (pending.length > IN_FLIGHT) await pending.shift();
      if (failure) throw failure;
    },
    async finish() {
      await Promise.all(pending.splice(0));
      if (failure) throw failure;
      closed = true;
      compressor.close();
      const receipt = (await (await post('finish')).json()) as FrameReceipt;
      return { ...receipt, bytes: new Uint8Array(0), refused: [] };
    },
    async cancel() {
      if (closed) return;
      closed = true;
      await Promise.allSettled(pending.splice(0));
      compressor.close();
      await post('cancel').catch(() => undefined);
    },
  };
}
