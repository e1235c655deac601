import { describe, expect, it } from 'vitest';
import { renderPlan } from './export-sizes.ts';

describe('renderPlan', () => {
  it.each([
    [
      { width: 1920, height: 1080 },
      { cssWidth: 1280, cssHeight: 720, ratio: 1.5 },
    ],
    [
      { width: 3840, height: 2160 },
      { cssWidth: 1280, cssHeight: 720, ratio: 3 },
    ],
    [
      { width: 1280, height: 720 },
      { cssWidth: 1280, cssHeight: 720, ratio: 1 },
    ],
    [
      { width: 900, height: 600 },
      { cssWidth: 900, cssHeight: 600, ratio: 1 },
    ],
  ])('%j', (size, plan) => {
    expect(renderPlan(size)).toEqual(plan);
  });
  it('refuses sizes MapLibre cannot draw', () => {
    expect(() => renderPlan({ width: 8000, height: 4000 })).toThrow(
      'An image must be between 16 and 4096 pixels on each side; 8000×4000 was asked for.',
    );
  });
});
