import { describe, expect, it } from 'vitest';
import { bootstrapInterval, budget, frameStats, median, percentile, ratioToFastest } from './stats.ts';

describe('bench statistics', () => {
  it.each([
    [[3, 1, 2], 50, 2],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[5], 95, 5],
  ])('percentile(%j, %d) = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
  it('is NaN for nothing', () => {
    expect(median([])).toBeNaN();
  });
  it('checks a budget', () => {
    expect(budget('load', 1.2, 1.3, '×')).toMatchObject({ pass: true });
    expect(budget('load', 1.4, 1.3, '×')).toMatchObject({ pass: false });
    expect(budget('load', Number.NaN, 1.3, '×')).toMatchObject({ pass: false });
  });
  it('says a budget is undecided only when its interval holds the limit', () => {
    expect(budget('filter', 1.1, 1.2, '×', [0.9, 1.3])).toMatchObject({ pass: true, undecided: true });
    expect(budget('filter', 1.3, 1.2, '×', [1.1, 1.5])).toMatchObject({ pass: false, undecided: true });
    expect(budget('filter', 1.1, 1.2, '×', [1.0, 1.15])).toMatchObject({ pass: true, undecided: false });
    expect(budget('filter', 1.4, 1.2, '×', [1.25, 1.6])).toMatchObject({ pass: false, undecided: false });
    expect(budget('filter', 1.1, 1.2, '×')).not.toHaveProperty('undecided');
  });
  it('gives the same bootstrap interval for the same runs, around the measured ratio', () => {
    const app = [310, 280, 295, 402, 265, 330, 290, 301];
    const base = [250, 240, 262, 300, 231, 255, 248, 270];
    const ratio = (s: readonly number[][]) => median(s[0]!) / median(s[1]!);
    const interval = bootstrapInterval([app, base], ratio);
    expect(bootstrapInterval([app, base], ratio)).toEqual(interval);
    expect(interval[0]).toBeLessThan(ratio([app, base]));
    expect(interval[1]).toBeGreaterThan(ratio([app, base]));
    // Another seed resamples differently.
    expect(bootstrapInterval([app, base], ratio, { seed: 2 })).not.toEqual(
      bootstrapInterval([app, base], ratio, { seed: 3, iterations: 50 }),
    );
  });
  it('narrows as the runs agree', () => {
    const ratio = (s: readonly number[][]) => median(s[0]!) / median(s[1]!);
    expect(
      bootstrapInterval(
        [
          [120, 120, 120, 120],
          [100, 100, 100, 100],
        ],
        ratio,
      ),
    ).toEqual([1.2, 1.2]);
    const noisy = bootstrapInterval(
      [
        [90, 150, 120, 200, 100],
        [80, 130, 100, 60, 110],
      ],
      ratio,
    );
    const steady = bootstrapInterval(
      [
        [118, 121, 120, 119, 122],
        [99, 101, 100, 100, 102],
      ],
      ratio,
    );
    expect(noisy[1] - noisy[0]).toBeGreaterThan(steady[1] - steady[0]);
    expect(bootstrapInterval([[], [1]], ratio)).toEqual([Number.NaN, Number.NaN]);
  });
  it('gives no interval from too few runs, rather than a falsely narrow one', () => {
    const ratio = (s: readonly number[][]) => median(s[0]!) / median(s[1]!);
    // One run each (the quick bench): resampling could only give [2, 2].
    expect(bootstrapInterval([[200], [100]], ratio)).toEqual([Number.NaN, Number.NaN]);
    expect(
      bootstrapInterval(
        [
          [200, 210, 190, 205],
          [100, 90, 110],
        ],
        ratio,
      ),
    ).toEqual([Number.NaN, Number.NaN]);
    expect(
      bootstrapInterval(
        [
          [200, 210, 190, 205],
          [100, 90, 110, 95],
        ],
        ratio,
      ).every(Number.isFinite),
    ).toBe(true);
    const verdict = budget('load', 2, 1.3, '×', [Number.NaN, Number.NaN]);
    expect(verdict).toMatchObject({ pass: false, tooFewRuns: true });
    expect(verdict).not.toHaveProperty('interval');
    expect(verdict).not.toHaveProperty('undecided');
  });
  it('compares with the fastest baseline, resampled with the others', () => {
    const { ratio, interval } = ratioToFastest(
      [200, 200, 200, 200],
      [
        [400, 400, 400, 400],
        [100, 100, 100, 100],
        [250, 250, 250, 250],
      ],
    );
    expect(ratio).toBe(2);
    expect(interval).toEqual([2, 2]);
    // One baseline: the plain ratio of medians (nearest-rank: 300 / 100).
    expect(ratioToFastest([300, 310, 290, 305], [[100, 95, 105, 100]]).ratio).toBe(3);
    // Two baselines that overlap: the fastest can change from one resample to the next, so the interval spans both.
    const mixed = ratioToFastest(
      [100, 100, 100, 100],
      [
        [90, 110, 90, 110],
        [95, 105, 95, 105],
      ],
    );
    expect(mixed.interval[0]).toBeLessThanOrEqual(100 / 105);
    expect(mixed.interval[1]).toBeGreaterThanOrEqual(100 / 95);
  });
  it('measures frames', () => {
    expect(frameStats([0, 16, 32, 70, 86])).toEqual({ median: 16, p95: 38, over16: 0.25, frames: 4 });
  });
});
