/**
 * What takes a recording's frames in `npm run bench:video`'s third path: the frames are read back in
 * the page and handed out of it, through the same sink and receiver as ffmpeg's, and dropped here. Its
 * time against capture is what reading back and handing out cost; ffmpeg's against it, what encoding adds.
 */
import type { EncodeSpec } from '../scripts/ffmpeg.ts';
import type { FrameEncoder } from '../scripts/frame-receiver.ts';

export function dropFrames(spec: EncodeSpec): FrameEncoder {
  const frameBytes = spec.width * spec.height * 4;
  let frames = 0;
  let open = true;
  return {
    async write(frame) {
      if (!open) throw new Error('The recording was cancelled.');
      if (frame.byteLength !== frameBytes)
        throw new Error(`A ${spec.width}×${spec.height} frame is ${frameBytes} bytes; ${frame.byteLength} came.`);
      frames++;
    },
    async finish() {
      if (!open) throw new Error('The recording was cancelled.');
      open = false;
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
    cancel() {
      open = false;
    },
  };
}
