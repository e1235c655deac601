/**
 * Frames handed out of the page to an encoder outside the browser: the command line (`npm run video`,
 * `slides --video`) serves the app together with an endpoint that pipes each frame into the system's
 * ffmpeg (scripts/frame-receiver.ts). Only a path on the page's own origin is accepted, so a recording
 * never sends a frame anywhere else. Each frame's RGBA pixels are read at once and posted as they are,
 * in a Blob: Chromium hands a Blob to its network service as one block, where an ArrayBuffer body
 * is streamed through a pipe (docs/performance.md, at 1280×720 and 30 fps: 238 ms a frame as a Blob
 * and 305 deflated in a worker first, 3 runs each; 1,230 as an ArrayBuffer, 1 run).
 * A frame whose pixels are those of the frame before (a slide's clip holding still) is posted without them.
 * The protocol, all POSTs:
 *   `<endpoint>/frame?index=N`  the frame's RGBA pixels; answered once the encoder took them
 *   `<endpoint>/frame?index=N&same`  no body: frame N is frame N − 1 again
 *   `<endpoint>/finish`         answered with the written file's description (FrameReceipt) as JSON
 *   `<endpoint>/cancel`         drops the file
 */
import type { FrameSink, SinkSpec, VideoFile } from './sink.ts';

/** What the receiver says of the file it wrote (the bytes stay on its side). */
export type FrameReceipt = Omit<VideoFile, 'bytes' | 'refused'>;

/** Frames under way before `add` waits for the receiver's answers: the encoder works while the map draws the next. */
const IN_FLIGHT = 3;

/** The endpoint as a same-origin path ("/__frames/abc"), or an error saying what is accepted. */
export function frameEndpoint(endpoint: string): string {
  if (!/^\/[A-Za-z0-9_\-/]+$/.test(endpoint) || endpoint.includes('//')) {
    throw new Error(`Frames go only to a path on this page's own server, such as /__frames/abc; got "${endpoint}".`);
  }
  return endpoint.replace(/\/$/, '');
}

export function externalSink(spec: SinkSpec, endpoint: string, send: typeof fetch = (input, init) => fetch(input, init)): FrameSink {
  const base = frameEndpoint(endpoint);
  const pending: Promise<void>[] = [];
  let failure: Error | null = null;
  let closed = false;
  /** The last frame's pixels, to tell when a frame repeats it. */
  let previous: Uint32Array | null = null;

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
      // The pixels are read now (the canvas is drawn again for the next frame) and posted meanwhile.
      const pixels = ctx.getImageData(0, 0, spec.width, spec.height).data;
      const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.byteLength / 4);
      const same = previous !== null && sameWords(previous, words);
      previous = words;
      const sent = post(same ? `frame?index=${index}&same` : `frame?index=${index}`, same ? undefined : new Blob([pixels])).then(
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
      const receipt = (await (await post('finish')).json()) as FrameReceipt;
      return { ...receipt, bytes: new Uint8Array(0), refused: [] };
    },
    async cancel() {
      if (closed) return;
      closed = true;
      await Promise.allSettled(pending.splice(0));
      await post('cancel').catch(() => undefined);
    },
  };
}

/** Whether two frames' pixels are the same (as 32-bit words: a pixel at a time). */
function sameWords(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
