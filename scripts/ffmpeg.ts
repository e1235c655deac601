/**
 * The system's ffmpeg as the command line's video encoder: raw RGBA frames in on its standard input,
 * H.264 (libx264) in MP4 out, 4:2:0 with BT.709 colour, the index at the front (PowerPoint, Keynote
 * and web players start at once). It runs beside the browser, so on a machine without a hardware
 * encoder the frames are encoded at x264's speed instead of the browser's software encoder's.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import type { FrameReceipt } from '../src/video/external-sink.ts';

export interface EncodeSpec {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  /** The MP4 to write. */
  readonly out: string;
}

/** A key frame every two seconds, as the browser's encoder writes them (src/video/encode-video.ts). */
const KEY_FRAME_SECONDS = 2;

/**
 * Whether `ffmpeg` on the PATH can encode H.264 with libx264: null when it can, else why not
 * (said to the person, who then gets the browser's encoder).
 */
export function ffmpegMissing(command = 'ffmpeg'): string | null {
  const probe = spawnSync(command, ['-hide_banner', '-encoders'], { encoding: 'utf8' });
  if (probe.error) return `${command} is not on the PATH`;
  if (probe.status !== 0) return `${command} -encoders failed (exit ${probe.status})`;
  return /\blibx264\b/.test(probe.stdout) ? null : `${command} has no libx264 encoder`;
}

/** The arguments for one MP4 of `spec`'s raw RGBA frames read from standard input. */
export function ffmpegArgs(spec: EncodeSpec): string[] {
  const { width, height, fps, out } = spec;
  return [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'],
    ...['-f', 'rawvideo', '-pix_fmt', 'rgba', '-video_size', `${width}x${height}`, '-framerate', String(fps), '-i', 'pipe:0'],
    '-an',
    // RGB to limited-range BT.709 4:2:0, tagged so players convert it back to the same colours.
    ...['-vf', 'scale=out_color_matrix=bt709:out_range=tv,format=yuv420p'],
    ...['-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv'],
    ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '20', '-profile:v', 'high', '-g', String(Math.max(1, fps * KEY_FRAME_SECONDS))],
    ...['-movflags', '+faststart', '-f', 'mp4', out],
  ];
}

export interface FfmpegEncoder {
  readonly spec: EncodeSpec;
  /** Writes one frame (width×height×4 bytes); resolves once the pipe took it. */
  write(frame: Uint8Array): Promise<void>;
  /** Ends the input and waits for the file; rejects with ffmpeg's own words when it failed. */
  finish(): Promise<FrameReceipt>;
  /** Stops ffmpeg (the partial file is left to the caller). */
  cancel(): void;
}

export function startFfmpeg(spec: EncodeSpec, command = 'ffmpeg'): FfmpegEncoder {
  const frameBytes = spec.width * spec.height * 4;
  const child: ChildProcessWithoutNullStreams = spawn(command, ffmpegArgs(spec), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let frames = 0;
  let failure: Error | null = null;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-4000);
  });
  child.stdin.on('error', (error) => {
    failure ??= new Error(`ffmpeg stopped taking frames (${error.message})${stderr ? `: ${stderr.trim()}` : ''}`);
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      failure ??= new Error(`ffmpeg could not be started: ${error.message}`);
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  return {
    spec,
    write(frame) {
      if (failure) return Promise.reject(failure);
      if (frame.byteLength !== frameBytes) {
        return Promise.reject(
          new Error(`A ${spec.width}×${spec.height} frame is ${frameBytes} bytes of RGBA; ${frame.byteLength} bytes came.`),
        );
      }
      frames++;
      return new Promise((resolve, reject) => {
        child.stdin.write(frame, (error) => (error ? reject(failure ?? error) : resolve()));
      });
    },
    async finish() {
      child.stdin.end();
      const code = await exited;
      if (failure) throw failure;
      if (code !== 0) throw new Error(`ffmpeg failed (exit ${code}): ${stderr.trim() || 'it said nothing'}`);
      return await receipt(spec, frames);
    },
    cancel() {
      child.stdin.destroy();
      child.kill('SIGKILL');
    },
  };
}

/** What the page is told of the file ffmpeg wrote, its codec string read back from the file (x264 chooses the level). */
async function receipt(spec: EncodeSpec, frames: number): Promise<FrameReceipt> {
  const input = new Input({ source: new FilePathSource(spec.out), formats: ALL_FORMATS });
  try {
    const track = await input.getPrimaryVideoTrack();
    const codec = (await track?.getCodecParameterString()) ?? null;
    if (!codec?.startsWith('avc1.'))
      throw new Error(`ffmpeg wrote ${spec.out}, but it holds no H.264 video (${codec ?? 'no video track'}).`);
    return {
      mimeType: `video/mp4; codecs="${codec}"`,
      extension: 'mp4',
      codec,
      label: `${avcLabel(codec)} (libx264, ffmpeg)`,
      reason: "Encoded by the system's ffmpeg (libx264, 4:2:0, BT.709), outside the browser.",
      width: spec.width,
      height: spec.height,
      fps: spec.fps,
      frames,
      durationSeconds: frames / spec.fps,
    };
  } finally {
    input.dispose();
  }
}

const AVC_PROFILES: Record<string, string> = { '42': 'Baseline', '4d': 'Main', '64': 'High' };

/** "avc1.640028" → "H.264 High, level 4.0". */
export function avcLabel(codec: string): string {
  const match = /^avc1\.([0-9a-f]{2})[0-9a-f]{2}([0-9a-f]{2})$/i.exec(codec);
  if (!match) return 'H.264';
  const level = parseInt(match[2]!, 16);
  return `H.264 ${AVC_PROFILES[match[1]!.toLowerCase()] ?? 'profile ' + match[1]}, level ${Math.floor(level / 10)}.${level % 10}`;
}
