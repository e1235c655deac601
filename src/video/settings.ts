/**
 * What a person asks of a video, checked once with a message they can act on: the command
 * line, the automation API and the UI all go through `videoSettings`.
 */
import { err, ok, type Result } from '../lib/result.ts';
import { DEFAULT_FPS, DEFAULT_HOLD_SECONDS } from './plan.ts';

export const VIDEO_FORMATS = ['mp4', 'gif'] as const;
export type VideoFormat = (typeof VIDEO_FORMATS)[number];

/** GIFs are for chat and email: no wider than this (larger sizes are scaled down, keeping the shape). */
export const GIF_MAX_WIDTH = 960;
/** GIF frame delays are whole hundredths of a second, so only these rates play at their true speed. */
export const GIF_FRAME_RATES = [1, 2, 4, 5, 10, 20, 25, 50] as const;
export const GIF_DEFAULT_FPS = 10;
/** A GIF is a short clip: past this many frames, it would be tens of megabytes. */
export const GIF_MAX_FRAMES = 600;
/** The largest canvas MapLibre draws by default. */
const MAX_SIDE = 4096;
const MIN_SIDE = 64;

export interface VideoRequestInput {
  readonly width: number;
  readonly height: number;
  readonly fps?: number | undefined;
  readonly holdSeconds?: number | undefined;
  readonly format?: string | undefined;
}

export interface VideoSettings {
  readonly format: VideoFormat;
  /** Pixel size of the frames written (a GIF's may be smaller than asked). */
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly holdSeconds: number;
  /** Said to the person when the settings differ from what was asked (a GIF scaled down). */
  readonly notes: readonly string[];
}

export function videoSettings(input: VideoRequestInput): Result<VideoSettings, string> {
  const format = input.format ?? 'mp4';
  if (!(VIDEO_FORMATS as readonly string[]).includes(format)) return err(`The format must be mp4 or gif; got "${format}".`);
  const { width, height } = input;
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < MIN_SIDE ||
    height < MIN_SIDE ||
    width > MAX_SIDE ||
    height > MAX_SIDE
  ) {
    return err(`A video must be ${MIN_SIDE}–${MAX_SIDE} whole pixels on each side; ${width}×${height} was asked for.`);
  }
  const hold = input.holdSeconds ?? DEFAULT_HOLD_SECONDS;
  if (!Number.isFinite(hold) || hold < 0 || hold > 60) return err(`The hold must be 0–60 seconds; got ${hold}.`);
  const notes: string[] = [];
  if (format === 'gif') {
    const fps = input.fps ?? GIF_DEFAULT_FPS;
    if (!(GIF_FRAME_RATES as readonly number[]).includes(fps)) {
      return err(`A GIF plays at ${GIF_FRAME_RATES.join(', ')} frames per second (its delays are hundredths of a second); got ${fps}.`);
    }
    let size = { width, height };
    if (width > GIF_MAX_WIDTH) {
      size = { width: GIF_MAX_WIDTH, height: Math.round((height * GIF_MAX_WIDTH) / width) };
      notes.push(`GIFs are at most ${GIF_MAX_WIDTH} pixels wide: ${width}×${height} was scaled to ${size.width}×${size.height}.`);
    }
    return ok({ format, ...size, fps, holdSeconds: hold, notes });
  }
  const fps = input.fps ?? DEFAULT_FPS;
  if (!Number.isInteger(fps) || fps < 1 || fps > 60)
    return err(`The frame rate must be a whole number of frames per second from 1 to 60; got ${fps}.`);
  // H.264 and VP9 in 4:2:0 need even sides.
  if (width % 2 !== 0 || height % 2 !== 0)
    return err(`An MP4 needs an even width and height (H.264 stores colour per 2×2 pixels); ${width}×${height} was asked for.`);
  return ok({ format: 'mp4', width, height, fps, holdSeconds: hold, notes });
}
