import { describe, expect, it } from 'vitest';
import { frameDurationUs, framePosition, frameTimestampUs, planVideo, stepMarks } from './plan.ts';

describe('planVideo', () => {
  it.each([
    // steps, fps, hold, flight, frames
    [1, 30, 3, 1.2, 90],
    [4, 30, 3, 1.2, 90 + 3 * (36 + 90)],
    [2, 10, 0.5, 1.2, 5 + 12 + 5],
    [3, 25, 0, 1.2, 1 + 2 * (30 + 1)],
  ])('%i steps at %i fps, hold %s s: %i frames, lasting exactly frames / fps', (steps, fps, hold, flight, frames) => {
    const plan = planVideo(steps, { fps, holdSeconds: hold, flightSeconds: flight });
    expect(plan.frames).toBe(frames);
    expect(plan.durationSeconds * fps).toBeCloseTo(frames, 9);
    expect(plan.steps.reduce((sum, s) => sum + s.flight + s.hold, 0)).toBe(frames);
  });

  it('gives the first step no flight, and every later one the flight, unless the clip flies into its first step', () => {
    const tour = planVideo(3, { fps: 10, holdSeconds: 1, flightSeconds: 1.2 });
    expect(tour.steps.map((s) => [s.first, s.flight, s.hold])).toEqual([
      [0, 0, 10],
      [10, 12, 10],
      [32, 12, 10],
    ]);
    const clip = planVideo(1, { fps: 10, holdSeconds: 1, flightSeconds: 1.2 }, true);
    expect(clip.steps[0]).toEqual({ step: 0, first: 0, flight: 12, hold: 10 });
  });

  it('refuses a video with no steps', () => {
    expect(() => planVideo(0, { fps: 30, holdSeconds: 3, flightSeconds: 1.2 })).toThrow(/at least one step/);
  });
});

describe('framePosition', () => {
  const plan = planVideo(2, { fps: 10, holdSeconds: 0.5, flightSeconds: 1.2 });

  it.each([
    [0, 0, 'hold', 0],
    [4, 0, 'hold', 4],
    [5, 1, 'flight', 0],
    [16, 1, 'flight', 11],
    [17, 1, 'hold', 0],
    [21, 1, 'hold', 4],
  ] as const)('frame %i is step %i, %s frame %i', (frame, step, phase, inPhase) => {
    expect(framePosition(plan, frame)).toMatchObject({ frame, step, phase, inPhase, timeMs: frame * 100 });
  });

  it('counts progress up to exactly 1 at the last frame', () => {
    expect(framePosition(plan, 0).progress).toBeCloseTo(1 / 22);
    expect(framePosition(plan, 21).progress).toBe(1);
  });

  it.each([-1, 22, 1.5])('refuses frame %s', (frame) => {
    expect(() => framePosition(plan, frame)).toThrow(/outside/);
  });
});

describe('timestamps', () => {
  it('are whole microseconds whose durations add up to the length, at rates that do not divide a second', () => {
    for (const fps of [24, 25, 30, 60, 7]) {
      let total = 0;
      for (let frame = 0; frame < fps * 3; frame++) {
        expect(Number.isInteger(frameTimestampUs(frame, fps))).toBe(true);
        expect(frameTimestampUs(frame, fps)).toBe(total);
        total += frameDurationUs(frame, fps);
      }
      expect(total).toBe(3_000_000);
    }
  });

  it('marks where each later step starts', () => {
    const plan = planVideo(3, { fps: 10, holdSeconds: 1, flightSeconds: 1 });
    expect(stepMarks(plan)).toEqual([10 / 50, 30 / 50]);
  });
});
