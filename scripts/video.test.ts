import { describe, expect, it } from 'vitest';
import { chooseEncoder } from './video-session.ts';
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

describe('chooseEncoder', () => {
  const present = () => null;
  const absent = () => 'ffmpeg is not on the PATH';
  it('uses ffmpeg for an MP4 when it is there, and says so', () => {
    expect(chooseEncoder('auto', 'mp4', present)).toEqual({ kind: 'ffmpeg', said: "Encoding with the system's ffmpeg (libx264)." });
    expect(chooseEncoder('ffmpeg', 'mp4', present).kind).toBe('ffmpeg');
  });
  it('falls back to the browser without it, saying why; refuses --encoder ffmpeg without it', () => {
    expect(chooseEncoder('auto', 'mp4', absent)).toEqual({
      kind: 'browser',
      said: 'Encoding in the browser (WebCodecs): ffmpeg is not on the PATH; with ffmpeg on the PATH, videos are made faster.',
    });
    expect(() => chooseEncoder('ffmpeg', 'mp4', absent)).toThrow(
      '--encoder ffmpeg: ffmpeg is not on the PATH. Install ffmpeg with libx264, or use --encoder browser.',
    );
  });
  it('keeps the browser when asked, and for a GIF', () => {
    expect(chooseEncoder('browser', 'mp4', present).kind).toBe('browser');
    expect(chooseEncoder('auto', 'gif', present)).toEqual({ kind: 'browser', said: 'Encoding the GIF in the browser.' });
    expect(() => chooseEncoder('ffmpeg', 'gif', present)).toThrow(/writes MP4s/);
  });
  it('names the choices for anything else', () => {
    expect(() => chooseEncoder('x264', 'mp4', present)).toThrow('--encoder expects auto, ffmpeg, browser; got "x264".');
  });
});
