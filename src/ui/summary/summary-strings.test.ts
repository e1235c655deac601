import { describe, expect, it } from 'vitest';
import { summaryStrings } from './summary-strings.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const shown = (value: string | ((...args: never[]) => string)) =>
  typeof value === 'function' ? (value as (...args: unknown[]) => string)('x', 2, '3') : value;

describe('summaryStrings', () => {
  it('has every text in both languages, none empty, the Japanese in Japanese', () => {
    for (const table of [summaryStrings('en'), summaryStrings('ja')])
      for (const [key, value] of Object.entries(table)) expect(shown(value).trim(), key).not.toBe('');
    const notJapanese = Object.entries(summaryStrings('ja')).filter(([, value]) => !JAPANESE.test(shown(value)));
    expect(notJapanese.map(([key]) => key)).toEqual([]);
  });
});
