/**
 * The sink that hands frames out of the page (the command line's ffmpeg takes them): what it sends
 * where, how far it runs ahead of the receiver, and what it says when the receiver refuses. The
 * canvas and fetch are stand-ins; tests/video.e2e.test.ts records through the real ones.
 */
import { describe, expect, it } from 'vitest';
import { externalSink, frameEndpoint, type FrameReceipt } from './external-sink.ts';

const SPEC = { width: 2, height: 1, fps: 10, frames: 4 };

/** A canvas whose pixels are all `n`. */
function canvasOf(n: number): HTMLCanvasElement {
  const data = new Uint8ClampedArray(SPEC.width * SPEC.height * 4).fill(n);
  return { getContext: () => ({ getImageData: () => ({ data }) }) } as unknown as HTMLCanvasElement;
}

const RECEIPT: FrameReceipt = {
  mimeType: 'video/mp4; codecs="avc1.64000d"',
  extension: 'mp4',
  codec: 'avc1.64000d',
  label: 'H.264 High, level 1.3 (libx264, ffmpeg)',
  reason: 'ffmpeg',
  width: 2,
  height: 1,
  fps: 10,
  frames: 4,
  durationSeconds: 0.4,
};

/** A receiver whose answers to frames wait until `release()`; it records each request. */
function receiver(status = (_path: string) => 204) {
  const calls: { url: string; bytes: number[] | null }[] = [];
  const held: (() => void)[] = [];
  const send = (async (url: string, init?: RequestInit) => {
    const body = init?.body as Blob | undefined;
    const call: (typeof calls)[number] = { url, bytes: null };
    calls.push(call);
    if (body) call.bytes = [...new Uint8Array(await body.arrayBuffer())];
    if (url.includes('/frame')) await new Promise<void>((resolve) => held.push(resolve));
    const code = status(url);
    if (url.endsWith('/finish') && code === 200) return new Response(JSON.stringify(RECEIPT), { status: 200 });
    return new Response(code === 204 ? null : 'ffmpeg stopped taking frames', { status: code });
  }) as typeof fetch;
  return { calls, send, release: () => held.splice(0).forEach((resolve) => resolve()) };
}

describe('frameEndpoint', () => {
  it('takes only a path on the page’s own server', () => {
    expect(frameEndpoint('/__frames/abc/')).toBe('/__frames/abc');
    for (const elsewhere of ['https://example.com/x', '//example.com/x', 'frames', '/a/../b', '/a b', '/a?x=1', ''])
      expect(() => frameEndpoint(elsewhere), elsewhere).toThrow(/own server/);
  });
});

describe('externalSink', () => {
  it('posts each frame’s RGBA pixels as they are, by index, at most three ahead of the receiver, then the finish, and gives back the receipt', async () => {
    const { calls, send, release } = receiver((url) => (url.endsWith('/finish') ? 200 : 204));
    const sink = externalSink(SPEC, '/__frames/t', send);
    expect(sink.readsPixels).toBe(false);
    await sink.add(canvasOf(0), 0, 0, 100_000);
    await sink.add(canvasOf(1), 1, 100_000, 100_000);
    await sink.add(canvasOf(2), 2, 200_000, 100_000);
    let fourthDone = false;
    const fourth = sink.add(canvasOf(3), 3, 300_000, 100_000).then(() => (fourthDone = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Four frames are out, none answered: the fourth waits for the first answer.
    expect(fourthDone).toBe(false);
    release();
    await fourth;
    const finishing = sink.finish();
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const file = await finishing;
    expect(calls.map((c) => [c.url, c.bytes])).toEqual([
      ['/__frames/t/frame?index=0', Array(8).fill(0)],
      ['/__frames/t/frame?index=1', Array(8).fill(1)],
      ['/__frames/t/frame?index=2', Array(8).fill(2)],
      ['/__frames/t/frame?index=3', Array(8).fill(3)],
      ['/__frames/t/finish', null],
    ]);
    expect(file).toMatchObject({ ...RECEIPT, refused: [] });
    expect(file.bytes.byteLength).toBe(0);
  });

  it('posts a frame whose pixels repeat the frame before’s without them', async () => {
    const { calls, send, release } = receiver((url) => (url.endsWith('/finish') ? 200 : 204));
    const sink = externalSink(SPEC, '/__frames/t', send);
    for (const [index, pixel] of [7, 7, 7, 8, 7].entries()) {
      const adding = sink.add(canvasOf(pixel), index, index, 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      release();
      await adding;
    }
    const finishing = sink.finish();
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    await finishing;
    expect(calls.map((c) => [c.url, c.bytes?.[0] ?? null])).toEqual([
      ['/__frames/t/frame?index=0', 7],
      ['/__frames/t/frame?index=1&same', null],
      ['/__frames/t/frame?index=2&same', null],
      ['/__frames/t/frame?index=3', 8],
      ['/__frames/t/frame?index=4', 7],
      ['/__frames/t/finish', null],
    ]);
  });

  it('says when the frame canvas cannot be read', async () => {
    const { calls, send } = receiver();
    const sink = externalSink(SPEC, '/__frames/t', send);
    const unreadable = { getContext: () => null } as unknown as HTMLCanvasElement;
    await expect(sink.add(unreadable, 0, 0, 1)).rejects.toThrow('The frame canvas has no 2-D context to read its pixels from.');
    expect(calls).toEqual([]);
  });

  it('says what the receiver said when it refuses a frame, and cancels it once', async () => {
    const { calls, send, release } = receiver((url) => (url.includes('index=1') ? 500 : 204));
    const sink = externalSink(SPEC, '/__frames/t', send);
    await sink.add(canvasOf(0), 0, 0, 1);
    await sink.add(canvasOf(1), 1, 1, 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(sink.add(canvasOf(2), 2, 2, 1)).rejects.toThrow(
      'The video encoder outside the browser refused frame: ffmpeg stopped taking frames',
    );
    release();
    await sink.cancel();
    await sink.cancel();
    expect(calls.filter((c) => c.url.endsWith('/cancel'))).toHaveLength(1);
  });
});
