/**
 * What takes a recording's frames in `npm run bench:video`'s third path: the frames are read back in
 * the page and handed out of it, through the same sink and receiver as ffmpeg's (which check each
 * frame's size), and dropped here. Its time against capture is what reading back and handing out
 * cost; ffmpeg's against it, what encoding adds.
 */
import type { EncodeSpec } from '../scripts/ffmpeg.ts';
import type { FrameEncoder } from '../scripts/frame-receiver.ts';

export function dropFrames(spec: EncodeSpec): FrameEncoder {
  let frames = 0;
  return {
    async write() {
      frames++;
    },
    async finish() {
      return {
        mimeType: 'application/octet-stream',
        extension: 'none',
        codec: 'none',
        label: 'none: frames dropped on arrival',
        reason: 'Frames were read back and handed out of the page, then dropped (benchmark).',
        width: spec.width,
        height: spec.height,
        fps: spec.fps,
        frames,
        durationSeconds: frames / spec.fps,
      };
    },
    cancel() {},
  };
}
