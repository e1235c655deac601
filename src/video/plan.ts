/**
 * The timeline of a video, frame by frame, as a pure function of the tour's length and the
 * timing: each step is a camera flight from the previous step's camera (none for the first step,
 * unless the clip starts mid-tour) and then a hold. Every length is a whole number of frames,
 * so the video lasts exactly `frames / fps` seconds and frame `n` is shown at `n / fps`.
 */

export interface VideoTiming {
  readonly fps: number;
  /** Seconds each step stays still once the camera has arrived (at least one frame). */
  readonly holdSeconds: number;
  /** Seconds of each camera flight between steps. */
  readonly flightSeconds: number;
}

/** The app's own flyTo between tour steps lasts 1.2 s (MapView); the video keeps that pace. */
export const FLIGHT_SECONDS = 1.2;
export const DEFAULT_HOLD_SECONDS = 3;
export const DEFAULT_FPS = 30;

export interface StepFrames {
  /** Index of the step in the list recorded (0 = the first recorded step). */
  readonly step: number;
  /** Frame at which the step starts (its flight, or its hold when it has none). */
  readonly first: number;
  readonly flight: number;
  readonly hold: number;
}

export interface VideoPlan {
  readonly fps: number;
  readonly steps: readonly StepFrames[];
  readonly frames: number;
  /** `frames / fps`, exactly. */
  readonly durationSeconds: number;
}

export interface FramePosition {
  readonly frame: number;
  readonly step: number;
  readonly phase: 'flight' | 'hold';
  /** Frame index inside the phase. */
  readonly inPhase: number;
  /** Milliseconds from the start of the video to this frame. */
  readonly timeMs: number;
  /** Share of the video shown once this frame is: (frame + 1) / frames. */
  readonly progress: number;
}

/**
 * Frames of each step. `flyIntoFirst`: the first step also has a flight (a clip that starts
 * mid-tour flies in from the step before it).
 */
export function planVideo(stepCount: number, timing: VideoTiming, flyIntoFirst = false): VideoPlan {
  if (!Number.isInteger(stepCount) || stepCount < 1) throw new Error(`A video needs at least one step; got ${stepCount}.`);
  const { fps } = timing;
  const flightFrames = Math.round(timing.flightSeconds * fps);
  const holdFrames = Math.max(1, Math.round(timing.holdSeconds * fps));
  const steps: StepFrames[] = [];
  let first = 0;
  for (let step = 0; step < stepCount; step++) {
    const flight = step === 0 && !flyIntoFirst ? 0 : flightFrames;
    steps.push({ step, first, flight, hold: holdFrames });
    first += flight + holdFrames;
  }
  return { fps, steps, frames: first, durationSeconds: first / fps };
}

/** Where frame `frame` falls in the plan. Throws for a frame outside it. */
export function framePosition(plan: VideoPlan, frame: number): FramePosition {
  if (!Number.isInteger(frame) || frame < 0 || frame >= plan.frames)
    throw new Error(`Frame ${frame} is outside the video's ${plan.frames} frames.`);
  // Steps are few (at most 200): a linear scan is plenty.
  const step = plan.steps.findLast((s) => s.first <= frame);
  if (!step) throw new Error(`Frame ${frame} belongs to no step.`);
  const offset = frame - step.first;
  const phase = offset < step.flight ? 'flight' : 'hold';
  return {
    frame,
    step: step.step,
    phase,
    inPhase: phase === 'flight' ? offset : offset - step.flight,
    timeMs: frameTimeMs(frame, plan.fps),
    progress: (frame + 1) / plan.frames,
  };
}

/** Milliseconds from the start to frame `frame`. */
export function frameTimeMs(frame: number, fps: number): number {
  return (frame * 1000) / fps;
}

/** Presentation timestamp of frame `frame` in whole microseconds (what WebCodecs takes). */
export function frameTimestampUs(frame: number, fps: number): number {
  return Math.round((frame * 1_000_000) / fps);
}

/** Duration of frame `frame` in whole microseconds: the gap to the next timestamp, so the durations add up to the video's length. */
export function frameDurationUs(frame: number, fps: number): number {
  return frameTimestampUs(frame + 1, fps) - frameTimestampUs(frame, fps);
}

/** Where each step starts, as a share of the whole video (for the progress strip's marks). */
export function stepMarks(plan: VideoPlan): number[] {
  return plan.steps.slice(1).map((s) => s.first / plan.frames);
}
