import { describe, expect, it } from 'vitest';
import { videoStrings } from './video-strings.ts';

describe('videoStrings', () => {
  it('has every text in both languages, none empty', () => {
    for (const table of [videoStrings('en'), videoStrings('ja')]) {
      for (const [key, value] of Object.entries(table)) {
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)('x', 'y', 'z') : value;
        expect(text.trim(), key).not.toBe('');
      }
    }
  });
});
