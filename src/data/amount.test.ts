import { describe, expect, it } from 'vitest';
import { formatAmount } from './amount.ts';

describe('formatAmount', () => {
  it.each([
    [2e12, 'JPY', 'en', '¥2T'],
    [2e12, 'JPY', 'ja', '￥2兆'],
  ] as const)('%d %s in %s', (value, currency, lang, expected) => {
    expect(formatAmount(value, currency, lang)).toBe(expected);
  });
});
