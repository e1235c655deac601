/**
 * The clips of `npm run slides -- --format pptx --video`: for each step, the camera's flight into it
 * and a short hold, recorded by the app's own recorder (foipAtlas.recordVideo, one step at a time, as
 * `npm run video -- --steps N` does) with the map and its source line only (caption and legend are
 * text on the slide), as H.264 in MP4 to lie on the step's slide with the still as its poster;
 * encoded by the system's ffmpeg when it can, else by the browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RecordedVideoInfo } from '../src/app/automation.ts';
import { DEFAULT_FPS, FLIGHT_SECONDS, planVideo } from '../src/video/plan.ts';
import { videoSettings } from '../src/video/settings.ts';
import { ffmpegMissing } from './ffmpeg.ts';
import type { FrameReceiver } from './frame-receiver.ts';
import { chooseEncoder, containerOf, recordInPage, recordWithFfmpeg, type VideoEncoderKind } from './video-session.ts';

/** Clips are at most this size (a 1920×1080 or 3840×2160 deck's clips are 1280×720, scaled up on the slide), so a deck stays a few megabytes. */
export const CLIP_MAX = { width: 1280, height: 720 } as const;
/** Seconds each clip holds the step's view once the camera has arrived. */
export const CLIP_HOLD_SECONDS = 1.5;

export interface ClipOptions {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly holdSeconds: number;
  /** Frames of every clip: the flight in (1.2 s) and the hold. */
  readonly frames: number;
  /** The system's ffmpeg or the browser's encoder, and what to tell the person of it. */
  readonly encoder: { readonly kind: VideoEncoderKind; readonly said: string };
}

/** The clips for a deck of `deck` size (16:9, checked before): its size up to CLIP_MAX; or an error naming what was expected. */
export function clipOptions(
  deck: { width: number; height: number },
  fps = DEFAULT_FPS,
  holdSeconds = CLIP_HOLD_SECONDS,
  encoder = 'auto',
  ffmpegIsMissing: () => string | null = ffmpegMissing,
): ClipOptions {
  const size = deck.width > CLIP_MAX.width ? CLIP_MAX : deck;
  const settings = videoSettings({ width: size.width, height: size.height, fps, holdSeconds, format: 'mp4' });
  if (!settings.ok) throw new Error(`--video: ${settings.error}`);
  const timing = { fps: settings.value.fps, holdSeconds: settings.value.holdSeconds, flightSeconds: FLIGHT_SECONDS };
  return {
    width: settings.value.width,
    height: settings.value.height,
    fps: timing.fps,
    holdSeconds: timing.holdSeconds,
    frames: planVideo(1, timing, true).frames,
    encoder: chooseEncoder(encoder, 'mp4', ffmpegIsMissing),
  };
}

/** Records step `index`'s clip in the page: its flight in (step 1's from the opening view) and hold. */
export async function recordStepClip(
  session: { page: Page; frames: FrameReceiver },
  tour: string,
  index: number,
  clip: ClipOptions,
  onFrames: (done: number, total: number) => void,
): Promise<{ bytes: Uint8Array; info: RecordedVideoInfo }> {
  const { width, height, fps, holdSeconds } = clip;
  const job = {
    tour,
    width,
    height,
    fps,
    holdSeconds,
    format: 'mp4',
    first: index,
    last: index,
    picture: 'deck',
    flyIntoFirst: true,
  } as const;
  if (clip.encoder.kind === 'ffmpeg') {
    const dir = mkdtempSync(join(tmpdir(), 'foip-clip-'));
    try {
      const out = join(dir, `step-${index + 1}.mp4`);
      const info = await recordWithFfmpeg(session, job, out, onFrames);
      return { bytes: readFileSync(out), info };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const { info, bytes } = await recordInPage(session.page, job, onFrames);
  const container = containerOf(bytes);
  if (container === 'webm') {
    throw new Error(
      `This Chromium cannot encode H.264 (it refused ${info.refused.join(', ') || 'every H.264 profile'}) and wrote VP9 in WebM, which PowerPoint on macOS and Keynote do not play. ` +
        'A deck with --video needs H.264: install ffmpeg (with libx264), set CHROMIUM_PATH to a Chromium or Chrome that encodes it, or leave out --video (npm run video writes the WebM on its own).',
    );
  }
  if (container !== 'mp4') throw new Error(`Step ${index + 1}: the page's clip is ${container ?? 'not a known video'}, not an MP4.`);
  return { bytes, info };
}
