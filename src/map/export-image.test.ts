import { describe, expect, it } from 'vitest';
import { renderPlan, wrap } from './export-image.ts';

describe('renderPlan', () => {
  it.each([
    [{ width: 1920, height: 1080 }, { cssWidth: 1280, cssHeight: 720, ratio: 1.5 }],
    [{ width: 3840, height: 2160 }, { cssWidth: 1280, cssHeight: 720, ratio: 3 }],
    [{ width: 1280, height: 720 }, { cssWidth: 1280, cssHeight: 720, ratio: 1 }],
    [{ width: 900, height: 600 }, { cssWidth: 900, cssHeight: 600, ratio: 1 }],
  ])('%j', (size, plan) => {
    expect(renderPlan(size)).toEqual(plan);
  });
  it('refuses sizes MapLibre cannot draw', () => {
    expect(() => renderPlan({ width: 8000, height: 4000 })).toThrow('An image must be between 16 and 4096 pixels on each side; 8000×4000 was asked for.');
  });
});

describe('wrap', () => {
  // A fake measure: every character is 10 px wide.
  const ctx = { font: '', measureText: (text: string) => ({ width: text.length * 10 }) as TextMetrics };
  it('breaks English between words', () => {
    expect(wrap(ctx, 'Official Security Assistance for Fiji', '', 100)).toEqual(['Official', 'Security', 'Assistance', 'for Fiji']);
  });
  it('breaks Japanese between characters', () => {
    expect(wrap(ctx, '政府安全保障能力強化支援', '', 50)).toEqual(['政府安全保', '障能力強化', '支援']);
  });
  it('returns nothing for empty text', () => {
    expect(wrap(ctx, '', '', 100)).toEqual([]);
  });
});
