/**
 * MP4 (H.264) or, where the browser cannot encode H.264, WebM (VP9): frames go to WebCodecs'
 * `VideoEncoder` and its packets to mediabunny's muxer. Loaded only when a video is recorded.
 */
import { BufferTarget, EncodedPacket, EncodedVideoPacketSource, Mp4OutputFormat, Output, WebMOutputFormat } from 'mediabunny';
import { chooseCodec, type ConfigSupport } from './codec.ts';
import type { FrameSink, SinkSpec } from './sink.ts';

/** A key frame every two seconds: a player can seek, and a slide tool's poster frame lands close. */
const KEY_FRAME_SECONDS = 2;
/**
 * Frames waiting in the encoder before `add` waits for it. The encoder works on its own threads
 * while the map draws the next frames; a few frames of slack ride out its uneven pace (key frames
 * cost more), and the cap keeps memory flat (a 1080p frame is 8 MB).
 */
const MAX_QUEUE = 8;

export async function videoSink(spec: SinkSpec, isSupported?: ConfigSupport): Promise<FrameSink> {
  if (typeof VideoEncoder === 'undefined') {
    throw new Error(
      'This browser cannot encode video: it has no WebCodecs VideoEncoder. Use a recent Chrome, Edge, Safari or Firefox, over https:// or http://127.0.0.1 (WebCodecs needs a secure page).',
    );
  }
  const { width, height, fps } = spec;
  const choice = await chooseCodec(width, height, fps, isSupported ?? ((config) => VideoEncoder.isConfigSupported(config)));
  const mp4 = choice.candidate.container === 'mp4';
  // Fast start: the index goes before the frames, as PowerPoint and web players like it.
  const output = new Output({
    format: mp4 ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new EncodedVideoPacketSource(choice.candidate.family);
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();

  let failure: Error | null = null;
  // Packets reach the muxer in the order the encoder gives them, one after another.
  let writing: Promise<void> = Promise.resolve();
  const encoder = new VideoEncoder({
    output: (chunk, meta) => {
      const packet = EncodedPacket.fromEncodedChunk(chunk);
      writing = writing
        .then(() => source.add(packet, meta))
        .catch((error: unknown) => {
          failure ??= error instanceof Error ? error : new Error(String(error));
        });
    },
    error: (error) => {
      failure ??= new Error(`The video encoder failed: ${error.message}`);
    },
  });
  encoder.configure(choice.config);
  const keyEvery = Math.max(1, Math.round(fps * KEY_FRAME_SECONDS));
  let count = 0;
  let cancelled = false;

  const cancel = async () => {
    if (cancelled) return;
    cancelled = true;
    if (encoder.state !== 'closed') encoder.close();
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
  };

  return {
    readsPixels: false,
    async add(canvas, index, timestamp, duration) {
      if (failure) throw failure;
      const frame = new VideoFrame(canvas, { timestamp, duration });
      try {
        encoder.encode(frame, { keyFrame: index % keyEvery === 0 });
      } finally {
        frame.close();
      }
      count++;
      while (encoder.encodeQueueSize > MAX_QUEUE && !failure) {
        await new Promise((resolve) => encoder.addEventListener('dequeue', resolve, { once: true }));
      }
    },
    async finish() {
      if (failure) throw failure;
      await encoder.flush();
      encoder.close();
      await writing;
      if (failure) throw failure;
      await output.finalize();
      const buffer = output.target.buffer;
      if (!buffer) throw new Error('The muxer wrote no file.');
      return {
        bytes: new Uint8Array(buffer),
        mimeType: await output.getMimeType(),
        extension: choice.candidate.container,
        codec: choice.candidate.codec,
        label: choice.candidate.label,
        refused: choice.refused,
        reason: choice.reason,
        width,
        height,
        fps,
        frames: count,
        durationSeconds: count / fps,
      };
    },
    cancel,
  };
}
