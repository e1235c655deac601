import { describe, expect, it } from 'vitest';
import { arcWidth } from './arc-widths.ts';

describe('arc widths', () => {
  it('grow with the number of initiatives and stay within a readable range', () => {
    const widths = [1, 2, 3, 5, 10, 20, 40, 100].map(arcWidth);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThanOrEqual(widths[i - 1]!);
    expect(arcWidth(1)).toBe(1);
    expect(arcWidth(2)).toBeCloseTo(1.5, 6);
    expect(arcWidth(10)).toBe(3.5);
    expect(arcWidth(100)).toBe(6);
    expect(arcWidth(0)).toBe(1);
  });
});
