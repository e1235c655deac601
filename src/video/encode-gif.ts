/**
 * GIF frames through gifenc (loaded only when a GIF is recorded): each frame gets its own
 * 256-colour palette, which suits the map's flat colours; delays are the frame rate's
 * hundredths of a second (settings.ts allows only rates that divide a second evenly).
 */
import { applyPalette, GIFEncoder, quantize } from 'gifenc/dist/gifenc.esm.js';
import { GIF_MAX_FRAMES } from './settings.ts';
import type { FrameSink, SinkSpec } from './sink.ts';

export function gifSink(spec: SinkSpec): FrameSink {
  if (spec.frames > GIF_MAX_FRAMES) {
    throw new Error(
      `A GIF is for a short clip: this one would have ${spec.frames} frames (at most ${GIF_MAX_FRAMES}). Shorten the hold, lower the frame rate, or record an MP4.`,
    );
  }
  let gif: ReturnType<typeof GIFEncoder> | null = GIFEncoder();
  let count = 0;
  const delay = 1000 / spec.fps;
  return {
    readsPixels: true,
    async add(canvas) {
      if (!gif) throw new Error('The GIF was cancelled.');
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('Canvas 2D is not available to read the frame.');
      const { data } = ctx.getImageData(0, 0, spec.width, spec.height);
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), spec.width, spec.height, { palette, delay, repeat: 0 });
      count++;
    },
    async finish() {
      if (!gif) throw new Error('The GIF was cancelled.');
      gif.finish();
      const bytes = gif.bytes();
      gif = null;
      return {
        bytes,
        mimeType: 'image/gif',
        extension: 'gif',
        codec: 'gif',
        label: 'GIF',
        refused: [],
        reason: `GIF, ${spec.width}×${spec.height}, one 256-colour palette per frame, ${spec.fps} frames per second, looping.`,
        width: spec.width,
        height: spec.height,
        fps: spec.fps,
        frames: count,
        durationSeconds: count / spec.fps,
      };
    },
    async cancel() {
      gif = null;
    },
  };
}
