/**
 * Recording a tour as a video in the app's page (foipAtlas.recordVideo) from Node: encoded in the
 * browser, with the bytes brought back in base64 parts so a large file never travels as one string,
 * or with the frames handed to the system's ffmpeg as they are drawn (scripts/ffmpeg.ts).
 */
import type { Page } from 'playwright-core';
import type { RecordedVideoInfo } from '../src/app/automation.ts';
import type { VideoJob } from '../src/app/automation.ts';
import { ffmpegMissing, startFfmpeg, type EncodeSpec } from './ffmpeg.ts';
import type { FrameEncoder, FrameReceiver } from './frame-receiver.ts';

/** Bytes per part brought back from the page (base64 makes it a third larger on the wire). */
const PART = 4 * 1024 * 1024;

let bindings = 0;

export async function recordInPage(
  page: Page,
  job: VideoJob & { tour: string },
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ info: RecordedVideoInfo; bytes: Uint8Array }> {
  const info = await recordInfo(page, job, onProgress);
  const bytes = new Uint8Array(info.byteLength);
  for (let offset = 0; offset < info.byteLength; offset += PART) {
    const part = await page.evaluate(({ offset: from, length }) => window.foipAtlas!.videoBytes(from, length), { offset, length: PART });
    bytes.set(Buffer.from(part, 'base64'), offset);
  }
  return { info, bytes };
}

/** The page records, and its frames go to the system's ffmpeg, which writes `out` (an MP4); the bytes never travel back. */
export async function recordWithFfmpeg(
  session: { page: Page; frames: FrameReceiver },
  job: VideoJob & { tour: string; fps: number },
  out: string,
  onProgress: (done: number, total: number) => void = () => undefined,
  /** What takes the frames on this side: ffmpeg, or (bench:video) a stand-in that drops them. */
  start: (spec: EncodeSpec) => FrameEncoder = startFfmpeg,
): Promise<RecordedVideoInfo> {
  if (job.format !== undefined && job.format !== 'mp4')
    throw new Error(`ffmpeg writes the MP4s here; a ${job.format} is made in the browser.`);
  const encoder = start({ width: job.width, height: job.height, fps: job.fps, out });
  const frames = session.frames.open(encoder, job);
  try {
    return await recordInfo(session.page, { ...job, frames }, onProgress);
  } catch (error) {
    encoder.cancel();
    throw error;
  }
}

/** Which encoder the command line uses: `asked` (auto, ffmpeg or browser) against what this machine has; said to the person. */
export function chooseEncoder(
  asked: string,
  format: string,
  missing: () => string | null = ffmpegMissing,
): { kind: VideoEncoderKind; said: string } {
  if (!(ENCODERS as readonly string[]).includes(asked)) throw new Error(`--encoder expects ${ENCODERS.join(', ')}; got "${asked}".`);
  if (format !== 'mp4') {
    if (asked === 'ffmpeg') throw new Error(`--encoder ffmpeg writes MP4s; a ${format} is made in the browser (leave out --encoder).`);
    return { kind: 'browser', said: `Encoding the ${format.toUpperCase()} in the browser.` };
  }
  if (asked === 'browser') return { kind: 'browser', said: 'Encoding in the browser (WebCodecs), as asked.' };
  const why = missing();
  if (why === null) return { kind: 'ffmpeg', said: "Encoding with the system's ffmpeg (libx264)." };
  if (asked === 'ffmpeg') throw new Error(`--encoder ffmpeg: ${why}. Install ffmpeg with libx264, or use --encoder browser.`);
  return { kind: 'browser', said: `Encoding in the browser (WebCodecs): ${why}; with ffmpeg on the PATH, videos are made faster.` };
}

export const ENCODERS = ['auto', 'ffmpeg', 'browser'] as const;
export type VideoEncoderKind = 'ffmpeg' | 'browser';

async function recordInfo(
  page: Page,
  job: VideoJob & { tour: string },
  onProgress: (done: number, total: number) => void,
): Promise<RecordedVideoInfo> {
  // A binding of its own per recording: a page can record more than once.
  const binding = `foipVideoProgress${++bindings}`;
  await page.exposeFunction(binding, onProgress);
  return await page.evaluate(
    ({ job: asked, binding: name }) => {
      const api = window.foipAtlas!;
      const report = (window as unknown as Record<string, (done: number, total: number) => void>)[name];
      return api.recordVideo(asked, (progress) => void report?.(progress.done, progress.total));
    },
    { job, binding },
  );
}

/** The container the bytes start with, read from the file itself. */
export function containerOf(bytes: Uint8Array): 'mp4' | 'webm' | 'gif' | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 8 && ascii(4, 8) === 'ftyp') return 'mp4';
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF89a' || ascii(0, 6) === 'GIF87a')) return 'gif';
  return null;
}
