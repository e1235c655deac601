import { describe, expect, it } from 'vitest';
import { progressBar, progressLine, timeLeft } from './progress.ts';

describe('progress', () => {
  it.each([
    [0, 10, '[..........] 0/10'],
    [5, 10, '[#####.....] 5/10'],
    [10, 10, '[##########] 10/10'],
    [0, 0, '[##########] 0/0'],
  ])('draws %i of %i as %s', (done, total, bar) => {
    expect(progressBar(done, total, 10)).toBe(bar);
  });

  it.each([
    [0, 100, 5000, '…'],
    [50, 100, 30_000, '0:30 left'],
    [10, 100, 10_000, '1:30 left'],
    [100, 100, 60_000, '0:00 left'],
  ])('estimates the time left at %i of %i after %i ms: %s', (done, total, elapsed, text) => {
    expect(timeLeft(done, total, elapsed)).toBe(text);
  });

  it('puts bar, unit and time left on one line', () => {
    expect(progressLine(45, 156, 45_000, 'frames')).toBe(`${progressBar(45, 156)} frames · 1:51 left`);
  });
});
