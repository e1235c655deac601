import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameReceipt } from '../src/video/external-sink.ts';
import { frameReceiver, type FrameEncoder } from './frame-receiver.ts';

const receiver = frameReceiver();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => receiver.handle(request, response, () => void response.writeHead(418).end('next')));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((done) => server.close(() => done()));
});

/** An encoder that keeps the first byte of each frame, in the order given; its writes take `delayMs`. */
function standIn(delayMs = 0): FrameEncoder & { got: number[]; cancelled: boolean } {
  const encoder = {
    got: [] as number[],
    cancelled: false,
    async write(frame: Uint8Array) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      encoder.got.push(frame[0]!);
    },
    async finish(): Promise<FrameReceipt> {
      return {
        mimeType: 'video/mp4',
        extension: 'mp4',
        codec: 'avc1.64001f',
        label: 'H.264',
        reason: 'test',
        width: 2,
        height: 2,
        fps: 10,
        frames: encoder.got.length,
        durationSeconds: encoder.got.length / 10,
      };
    },
    cancel() {
      encoder.cancelled = true;
    },
  };
  return encoder;
}

/** A 2×2 frame's RGBA pixels, every byte `first`, as the page sends them. */
const frame = (first: number, bytes = 16) => new Uint8Array(bytes).fill(first);
const post = (path: string, body?: Uint8Array<ArrayBuffer>) => fetch(`${base}${path}`, { method: 'POST', ...(body ? { body } : {}) });

describe('frameReceiver', () => {
  it('hands frames to the encoder in the order of their index, however they arrive, and answers each once taken', async () => {
    const encoder = standIn(5);
    const endpoint = receiver.open(encoder, { width: 2, height: 2 });
    expect(endpoint).toMatch(/^\/__frames\/[0-9a-f]{32}$/);
    const late = post(`${endpoint}/frame?index=1`, frame(11));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const repeatsNothing = await post(`${endpoint}/frame?index=0&same`);
    expect([repeatsNothing.status, await repeatsNothing.text()]).toEqual([400, 'The first frame cannot repeat a frame before it.']);
    expect(encoder.got).toEqual([]);
    const [first, second] = await Promise.all([post(`${endpoint}/frame?index=0`, frame(10)), late]);
    expect([first.status, second.status]).toEqual([204, 204]);
    expect((await post(`${endpoint}/frame?index=2`, frame(12))).status).toBe(204);
    expect(encoder.got).toEqual([10, 11, 12]);
    const finished = await post(`${endpoint}/finish`);
    expect(finished.status).toBe(200);
    expect(((await finished.json()) as FrameReceipt).frames).toBe(3);
    // The recording is closed: its address answers no more.
    expect((await post(`${endpoint}/frame?index=3`, frame(13))).status).toBe(404);
  });

  it('refuses an empty, too large or too short frame, a repeated index, and a finish with a frame missing', async () => {
    const encoder = standIn();
    const endpoint = receiver.open(encoder, { width: 2, height: 2 });
    // Exactly the 2×2 frame's RGBA pixels.
    const large = await post(`${endpoint}/frame?index=0`, new Uint8Array(17));
    expect([large.status, await large.text()]).toEqual([413, 'A frame is 16 bytes of RGBA; 17 bytes came.']);
    const huge = await post(`${endpoint}/frame?index=0`, new Uint8Array(1 << 20));
    expect([huge.status, await huge.text()]).toEqual([413, `A frame is 16 bytes of RGBA; ${1 << 20} bytes came.`]);
    const empty = await post(`${endpoint}/frame?index=0`, new Uint8Array(0));
    expect([empty.status, await empty.text()]).toEqual([400, 'A frame is 16 bytes of RGBA; 0 bytes came.']);
    const short = await post(`${endpoint}/frame?index=0`, frame(1, 15));
    expect([short.status, await short.text()]).toEqual([400, 'A frame is 16 bytes of RGBA; 15 bytes came.']);
    expect(encoder.got).toEqual([]);
    expect((await post(`${endpoint}/frame?index=0`, frame(1))).status).toBe(204);
    expect(encoder.got).toEqual([1]);
    const again = await post(`${endpoint}/frame?index=0`, frame(1));
    expect([again.status, await again.text()]).toEqual([400, 'Frame 0 is not the next one (1).']);
    const gap = post(`${endpoint}/frame?index=2`, frame(3));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const finish = await post(`${endpoint}/finish`);
    expect([finish.status, await finish.text()]).toEqual([400, 'Frames 2 came without frame 1.']);
    expect(encoder.cancelled).toBe(true);
    expect((await gap).status).toBe(409);
  });

  it('writes the frame before again for a frame posted as the same, in its turn, and refuses one with pixels', async () => {
    const encoder = standIn(5);
    const endpoint = receiver.open(encoder, { width: 2, height: 2 });
    // Frame 2 repeats frame 1, which arrives after it.
    const repeat = post(`${endpoint}/frame?index=2&same`);
    const late = post(`${endpoint}/frame?index=1`, frame(21));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await post(`${endpoint}/frame?index=0`, frame(20))).status).toBe(204);
    expect([(await late).status, (await repeat).status]).toEqual([204, 204]);
    expect((await post(`${endpoint}/frame?index=3&same`)).status).toBe(204);
    const withPixels = await post(`${endpoint}/frame?index=4&same`, frame(22));
    expect([withPixels.status, await withPixels.text()]).toEqual([413, 'A frame that repeats the one before has no body; 16 bytes came.']);
    expect(encoder.got).toEqual([20, 21, 21, 21]);
    expect(((await (await post(`${endpoint}/finish`)).json()) as FrameReceipt).frames).toBe(4);
  });

  it('passes on what is not its own, answers 404 for an unknown recording, and cancels on cancel', async () => {
    expect(await (await fetch(`${base}/index.html`)).text()).toBe('next');
    expect((await post('/__frames/nothing/frame?index=0', frame(0))).status).toBe(404);
    const encoder = standIn();
    const endpoint = receiver.open(encoder, { width: 2, height: 2 });
    expect((await fetch(`${base}${endpoint}/finish`)).status).toBe(404); // a GET is not the protocol
    expect((await post(`${endpoint}/cancel`)).status).toBe(204);
    expect(encoder.cancelled).toBe(true);
  });

  it('answers a frame with the encoder’s failure', async () => {
    const encoder = { ...standIn(), write: () => Promise.reject(new Error('ffmpeg stopped taking frames')) };
    const endpoint = receiver.open(encoder, { width: 2, height: 2 });
    const failed = await post(`${endpoint}/frame?index=0`, frame(0));
    expect([failed.status, await failed.text()]).toEqual([500, 'ffmpeg stopped taking frames']);
  });
});
