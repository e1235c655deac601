import { describe, expect, it } from 'vitest';
import { videoStrings } from './video-strings.ts';

describe('videoStrings', () => {
  it('has every key in both languages, none empty', () => {
    const en = videoStrings('en');
    const ja = videoStrings('ja');
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, ja]) {
      for (const [key, value] of Object.entries(table)) {
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)('x', 'y', 'z') : value;
        expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('counts frames in each language', () => {
    expect(videoStrings('en').videoFrames(45, 156)).toBe('45 of 156 frames');
    expect(videoStrings('ja').videoFrames(45, 156)).toBe('156コマ中45コマ');
  });
});
