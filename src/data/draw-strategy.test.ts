import { describe, expect, it } from 'vitest';
import { drawStrategy, inVisibilityMask, MASK_WORD_BITS, PLACES_MAX, SHOW_ALL, visibilityMask } from './draw-strategy.ts';

describe('drawStrategy', () => {
  it.each([
    [0, 'places'],
    [106, 'places'],
    [PLACES_MAX, 'places'],
    [PLACES_MAX + 1, 'mask'],
    [10_000, 'mask'],
    [100_000, 'mask'],
  ] as const)('%i initiatives → %s', (size, strategy) => {
    expect(drawStrategy(size)).toBe(strategy);
  });
});

describe('visibilityMask', () => {
  const all = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const members = (mask: Record<string, number>, size: number) =>
    Array.from({ length: size }, (_, i) => i).filter((i) => inVisibilityMask(mask, i));

  it('sets the bits of the matching initiatives by their position in the dataset', () => {
    expect(visibilityMask(all, [{ id: 'b' }, { id: 'd' }])).toEqual({ 0: 0b1010 });
  });

  it('is empty for no match, and shows all when everything matches', () => {
    expect(visibilityMask(all, [])).toEqual({});
    expect(visibilityMask(all, all)).toEqual({ [SHOW_ALL]: 1 });
    expect(inVisibilityMask({ [SHOW_ALL]: 1 }, 3)).toBe(true);
  });

  it('ignores ids that are not in the dataset', () => {
    expect(visibilityMask(all, [{ id: 'zzz' }, { id: 'a' }])).toEqual({ 0: 1 });
    expect(visibilityMask(all, [{ id: 'b' }, { id: 'zzz' }])).toEqual({ 0: 0b10 });
  });

  it('gives the same mask whatever the order of the matching set', () => {
    const big = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}` }));
    const picked = big.filter((_, i) => i % 7 === 0 || i % 11 === 0);
    expect(visibilityMask(big, [...picked].reverse())).toEqual(visibilityMask(big, picked));
    expect(members(visibilityMask(big, picked), 1000)).toEqual(picked.map((item) => big.indexOf(item)));
  });

  it('spans words, leaving out empty ones, and reads back exactly', () => {
    const big = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}` }));
    const picked = [0, 29, 30, 59, 95, 99];
    const mask = visibilityMask(
      big,
      picked.map((i) => big[i]!),
    );
    expect(Object.keys(mask)).toEqual(['0', '1', '3']);
    expect(mask[0]).toBe(2 ** 29 + 1);
    expect(members(mask, 100)).toEqual(picked);
  });

  it('keeps every word below 2^30 and round-trips a third of 100,000', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => ({ id: `s${i}` }));
    const mask = visibilityMask(
      big,
      big.filter((_, i) => i % 3 === 0),
    );
    expect(Math.max(...Object.values(mask))).toBeLessThan(2 ** MASK_WORD_BITS);
    expect(Object.keys(mask)).toHaveLength(3334);
    expect(members(mask, 100_000)).toHaveLength(33_334);
  });
});
