import { describe, expect, it } from 'vitest';
import { budget, frameStats, median, percentile } from './bench-stats.ts';

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
  it('measures frames', () => {
    expect(frameStats([0, 16, 32, 70, 86])).toEqual({ median: 16, p95: 38, over16: 0.25, frames: 4 });
  });
});
