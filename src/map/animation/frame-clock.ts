/**
 * Where the map's own animations get their frames: the fade of arriving and leaving initiatives
 * (fade.ts) and the flow of the partner arcs (MapView) ask here instead of `requestAnimationFrame`.
 * Normally these are the browser's frames. While a video is recorded, the recorder's frozen clock
 * (frozen-clock.ts, loaded with it) hands them out instead, at the video's exact frame times.
 */
import type { Frames } from './fade.ts';

type FrameCallback = (now: number) => void;

export interface FrameSource {
  request(callback: FrameCallback): number;
  /** Cancels a frame this source handed out, even after it stopped being the source. */
  cancel(id: number): void;
}

let source: FrameSource | null = null;
/** The last source other than the browser: frames it gave out have negative ids, and it cancels them. */
let lastSource: FrameSource | null = null;

/** `requestAnimationFrame`, or the recorder's clock while a video is recorded. */
export function requestFrame(callback: FrameCallback): number {
  return source ? source.request(callback) : requestAnimationFrame(callback);
}

export function cancelFrame(id: number): void {
  if (id < 0) lastSource?.cancel(id);
  else cancelAnimationFrame(id);
}

/** Puts the frames under `next`'s control (ids it hands out must be negative), or back with the browser (null). */
export function setFrameSource(next: FrameSource | null): void {
  source = next;
  if (next) lastSource = next;
}

/** requestFrame and cancelFrame together, for animateFade. */
export const MAP_FRAMES: Frames = { request: requestFrame, cancel: cancelFrame };
