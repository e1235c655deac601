import { describe, expect, it } from 'vitest';
import { SHIFT_JIS_WORDS, shiftJis } from './shift-jis';

describe("shiftJis (the tests' hand-written bytes)", () => {
  it.each(SHIFT_JIS_WORDS)('%s decodes back from its bytes', (word) => {
    expect(new TextDecoder('shift_jis', { fatal: true }).decode(shiftJis(word))).toBe(word);
  });

  it('writes ASCII as itself', () => {
    expect(Array.from(shiftJis('a,1\n'))).toEqual([0x61, 0x2c, 0x31, 0x0a]);
  });

  it('refuses a character it has no bytes for', () => {
    expect(() => shiftJis('大阪')).toThrow(/大/);
  });
});
