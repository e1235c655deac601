/**
 * Recording a tour frame by frame. For each step the app shows the step (its filters, caption and
 * legend), the camera flies from the previous step's camera, then holds; for every frame the clock
 * is set to that frame's time and the frame is taken only once the map has fully drawn it, so the
 * video has no dropped, doubled or half-drawn frames however slow the machine. The map and the
 * step are reached through small interfaces: the map through recordable.ts (src/map/recording/record-map.ts
 * adapts MapLibre), the step through `TourSource` below.
 */
import { drawOverlay, type ImageOverlay } from '../picture/overlay.ts';
import { drawProgressStrip } from '../picture/strip.ts';
import { drawAnnotations, layoutAnnotations, projectionOfBox } from '../picture/annotations.ts';
import type { RecordableMap } from './recordable.ts';
import { FLIGHT_SECONDS, frameDurationUs, frameTimeMs, frameTimestampUs, planVideo, stepMarks, type VideoPlan } from './plan.ts';
import type { VideoSettings } from './settings.ts';
import type { FrameSink, RecordingTimes, SinkSpec, VideoFile } from './sink.ts';

/** A step as the app shows it: where the camera goes, and what is drawn over the map. */
export interface ShownStep<C> {
  readonly camera: C;
  readonly overlay: ImageOverlay;
}

export interface TourSource<C> {
  /** Number of steps of the tour. */
  readonly length: number;
  /** Shows step `index` (0-based) and resolves once the app has applied it. */
  show(index: number): Promise<ShownStep<C>>;
}

export interface RecordOptions {
  readonly settings: VideoSettings;
  /** First and last step to record (0-based, inclusive); the whole tour by default. A clip that starts after step 0 flies in from the step before. */
  readonly first?: number;
  readonly last?: number;
  readonly flightSeconds?: number;
  /**
   * Step `first` flies in even when it is the tour's first step, from wherever the camera is when the
   * recording begins (a slide's clip of step 1 flies in from the page's opening view). Later steps always do.
   */
  readonly flyIntoFirst?: boolean | undefined;
  /** The progress strip along the top of each frame (default true). A slide's clip plays alone, so it goes without. */
  readonly progressStrip?: boolean | undefined;
}

export interface VideoProgress {
  readonly done: number;
  readonly total: number;
  /** 0-based step of the tour being recorded. */
  readonly step: number;
}

/** A video as recorded: the file, and where the time went. */
export type RecordedVideo = VideoFile & { readonly times: RecordingTimes };

export type MakeSink = (spec: SinkSpec) => FrameSink | Promise<FrameSink>;

/** The steps to record, checked against the tour. */
export function stepRange(length: number, first = 0, last = length - 1): { first: number; last: number } {
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last >= length || first > last) {
    throw new Error(`Steps ${first + 1}–${last + 1} are not in this tour of ${length} step${length === 1 ? '' : 's'}.`);
  }
  return { first, last };
}

export async function recordTour<C>(
  map: RecordableMap<C>,
  tour: TourSource<C>,
  makeSink: MakeSink,
  options: RecordOptions,
  onProgress: (progress: VideoProgress) => void,
  signal: AbortSignal,
): Promise<RecordedVideo> {
  const { settings } = options;
  const { first, last } = stepRange(tour.length, options.first, options.last);
  const plan: VideoPlan = planVideo(
    last - first + 1,
    { fps: settings.fps, holdSeconds: settings.holdSeconds, flightSeconds: options.flightSeconds ?? FLIGHT_SECONDS },
    first > 0 || options.flyIntoFirst === true,
  );
  const strip = options.progressStrip !== false;
  const size = { width: settings.width, height: settings.height };
  const sink = await makeSink({ ...size, fps: plan.fps, frames: plan.frames });
  const frame = canvas2d(size, sink.readsPixels);
  const overlay = canvas2d(size, false);
  const marks = stepMarks(plan);
  const times = { drawMs: 0, sinkMs: 0, finishMs: 0 };
  let stillFrames = 0;
  let mark = performance.now();
  /** Adds the time since the last call to `key`. */
  const lap = (key: keyof typeof times) => {
    const now = performance.now();
    times[key] += now - mark;
    mark = now;
  };
  map.begin(size);
  try {
    if (first > 0) {
      // The clip flies in from the step before: show it and put the camera there, without a frame.
      map.setTime(0);
      const before = await tour.show(first - 1);
      map.moveTo(before.camera, 0);
      await map.drawn(() => undefined, signal);
    }
    for (const step of plan.steps) {
      signal.throwIfAborted();
      const index = first + step.step;
      map.setTime(frameTimeMs(step.first, plan.fps));
      const shown = await tour.show(index);
      overlay.ctx.clearRect(0, 0, size.width, size.height);
      drawOverlay(overlay.ctx, size, shown.overlay);
      map.moveTo(shown.camera, frameTimeMs(step.flight, plan.fps));
      for (let n = step.first; n < step.first + step.flight + step.hold; n++) {
        signal.throwIfAborted();
        map.setTime(frameTimeMs(n, plan.fps));
        const notes = shown.overlay.annotations;
        const source = await map.drawn((canvas, box) => {
          frame.ctx.drawImage(canvas, 0, 0, size.width, size.height);
          // Annotations move with the map: laid out again for every frame of a flight.
          if (notes?.drawn && notes.items.length > 0)
            drawAnnotations(
              frame.ctx,
              layoutAnnotations(notes.items, notes.lang, projectionOfBox(box, size), size.height / 1080, frame.ctx),
            );
          frame.ctx.drawImage(overlay.canvas, 0, 0);
          if (strip) drawProgressStrip(frame.ctx, size, (n + 1) / plan.frames, marks);
        }, signal);
        if (source === 'still') stillFrames++;
        lap('drawMs');
        await sink.add(frame.canvas, n, frameTimestampUs(n, plan.fps), frameDurationUs(n, plan.fps));
        lap('sinkMs');
        onProgress({ done: n + 1, total: plan.frames, step: index });
      }
    }
    signal.throwIfAborted();
    const file = await sink.finish();
    lap('finishMs');
    return {
      ...file,
      times: { drawMs: Math.round(times.drawMs), sinkMs: Math.round(times.sinkMs), finishMs: Math.round(times.finishMs), stillFrames },
    };
  } catch (error) {
    await sink.cancel();
    throw error;
  } finally {
    map.end();
  }
}

function canvas2d(
  size: { width: number; height: number },
  readsPixels: boolean,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: readsPixels });
  if (!ctx) throw new Error('Canvas 2D is not available to compose the video frames.');
  return { canvas, ctx };
}
