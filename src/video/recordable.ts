/**
 * The one interface between the video recorder and the map: the recorder (record.ts) drives any map
 * through it, and src/map/recording/record-map.ts implements it for MapLibre. The map imports this
 * file and nothing else of src/video; the video imports nothing of src/map.
 */
import type { LngLatBox } from '../data/locator.ts';

/** The map as the recorder drives it; `C` is how a step names its camera. */
export interface RecordableMap<C> {
  /** Renders off-screen at exactly `size` device pixels and stops the animation clock at time 0. */
  begin(size: { width: number; height: number }): void;
  /** Sets every animation (camera, fades, arc flow) to `ms` after the start. */
  setTime(ms: number): void;
  /** Starts the camera's move to `camera` now, lasting `durationMs` (0: a cut). */
  moveTo(camera: C, durationMs: number): void;
  /**
   * Calls `capture` with the map's canvas, synchronously, once the map has fully drawn the current time, and what
   * the frame shows (longitudes unwrapped, east > west), so that what is placed on the map can be drawn on the frame.
   * Resolves with `still` when the map had settled and nothing had changed, so its canvas was taken as it was.
   */
  drawn(capture: (canvas: HTMLCanvasElement, shown: LngLatBox) => void, signal: AbortSignal): Promise<'drawn' | 'still'>;
  /** Gives the clock back and puts the map where it was. */
  end(): void;
}
