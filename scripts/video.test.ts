import { describe, expect, it } from 'vitest';
import { parseSteps } from './video.ts';
import { containerOf } from './video-session.ts';

describe('parseSteps', () => {
  it.each([
    ['2', { first: 1, last: 1 }],
    ['2-3', { first: 1, last: 2 }],
    [' 1-4 ', { first: 0, last: 3 }],
  ])('reads "%s"', (value, range) => {
    expect(parseSteps(value)).toEqual(range);
  });

  it.each(['0', '3-2', 'two', '1-', '-2'])('refuses "%s" with the form it expects', (value) => {
    expect(() => parseSteps(value)).toThrow(/e\.g\. 2 or 2-3/);
  });
});

describe('containerOf', () => {
  it.each([
    [[0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d], 'mp4'],
    [[0x1a, 0x45, 0xdf, 0xa3, 0x9f], 'webm'],
    [[...Buffer.from('GIF89a')], 'gif'],
    [[0x89, 0x50, 0x4e, 0x47], null],
  ] as const)('reads the container from the first bytes (%s → %s)', (bytes, container) => {
    expect(containerOf(Uint8Array.from(bytes))).toBe(container);
  });
});
