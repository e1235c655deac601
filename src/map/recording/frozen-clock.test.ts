import { isTimeFrozen, now } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelFrame, requestFrame } from '../animation/frame-clock.ts';
import { freezeClock } from './frozen-clock.ts';

describe('frame clock', () => {
  /** The browser's frames, run by hand. */
  let browserFrames: Map<number, FrameRequestCallback>;
  beforeEach(() => {
    browserFrames = new Map();
    let id = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      browserFrames.set(++id, callback);
      return id;
    });
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => browserFrames.delete(handle));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks the browser for frames while nobody records', () => {
    requestFrame(() => undefined);
    expect(browserFrames.size).toBe(1);
  });

  it('holds frames while frozen and runs them at the time the recorder sets, MapLibre included', () => {
    const clock = freezeClock();
    try {
      const seen: number[] = [];
      const loop = (t: number) => {
        seen.push(t - clock.startMs);
        if (seen.length < 3) requestFrame(loop);
      };
      requestFrame(loop);
      expect(browserFrames.size).toBe(0);
      expect(isTimeFrozen()).toBe(true);
      clock.set(0);
      clock.set(100);
      expect(now()).toBe(clock.startMs + 100);
      clock.set(200);
      clock.set(300);
      expect(seen.map(Math.round)).toEqual([0, 100, 200]);
    } finally {
      clock.release();
    }
    expect(isTimeFrozen()).toBe(false);
  });

  it('cancels a held frame', () => {
    const clock = freezeClock();
    try {
      const callback = vi.fn();
      cancelFrame(requestFrame(callback));
      clock.set(40);
      expect(callback).not.toHaveBeenCalled();
    } finally {
      clock.release();
    }
  });

  it('hands held frames to the browser on release, still cancellable by their first id', () => {
    const clock = freezeClock();
    const kept = vi.fn();
    const cancelled = vi.fn();
    requestFrame(kept);
    const id = requestFrame(cancelled);
    clock.release();
    cancelFrame(id);
    for (const callback of browserFrames.values()) callback(1);
    expect(kept).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('allows one recording at a time', () => {
    const clock = freezeClock();
    try {
      expect(() => freezeClock()).toThrow(/already being recorded/);
    } finally {
      clock.release();
    }
  });
});
