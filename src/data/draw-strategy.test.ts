import { describe, expect, it } from 'vitest';
import { drawStrategy, MASK_MIN, PLACES_MAX, visibilityMask } from './draw-strategy.ts';

describe('drawStrategy', () => {
  it.each([
    [0, 'places'],
    [106, 'places'],
    [PLACES_MAX, 'places'],
    [PLACES_MAX + 1, 'points'],
    [10_000, 'points'],
    [MASK_MIN - 1, 'points'],
    [MASK_MIN, 'mask'],
    [100_000, 'mask'],
  ] as const)('%i initiatives → %s', (size, strategy) => {
    expect(drawStrategy(size)).toBe(strategy);
  });
});

describe('visibilityMask', () => {
  const all = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  it('keys the matching initiatives by their position in the dataset', () => {
    expect(visibilityMask(all, [{ id: 'b' }, { id: 'd' }])).toEqual({ 1: 1, 3: 1 });
  });

  it('is empty for no match and has every position for everything', () => {
    expect(visibilityMask(all, [])).toEqual({});
    expect(Object.keys(visibilityMask(all, all))).toEqual(['0', '1', '2', '3']);
  });

  it('ignores ids that are not in the dataset', () => {
    expect(visibilityMask(all, [{ id: 'zzz' }, { id: 'a' }])).toEqual({ 0: 1 });
  });

  it('looks up a position at 100,000', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => ({ id: `s${i}` }));
    const mask = visibilityMask(big, big.filter((_, i) => i % 3 === 0));
    expect(Object.keys(mask)).toHaveLength(33_334);
    expect(['0', '1', '99999'].map((k) => k in mask)).toEqual([true, false, true]);
  });
});
