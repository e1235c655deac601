import { describe, expect, it } from 'vitest';
import { progressBar, statusLine } from './progress.ts';
import { parseOptions, USAGE } from './slides.ts';

describe('slides command line', () => {
  it("keeps a folder of PNGs as the default and reads a deck's options", () => {
    expect(parseOptions(['--tour', 'osa', '--out', 'slides/'])).toEqual({
      tour: 'osa',
      out: 'slides/',
      format: 'png',
      lang: 'en',
      size: { width: 1920, height: 1080 },
      video: null,
    });
    expect(parseOptions(['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--lang', 'ja', '--size', '1280x720'])).toEqual({
      tour: 'osa',
      out: 'osa.pptx',
      format: 'pptx',
      lang: 'ja',
      size: { width: 1280, height: 720 },
      video: null,
    });
  });

  it.each([
    // A 1920×1080 or 4K deck's clips are 1280×720; a smaller deck's are its own size. Every clip flies in (1.2 s) and holds.
    [['--size', '1920x1080'], { width: 1280, height: 720, fps: 30, holdSeconds: 1.5, frames: 36 + 45 }],
    [['--size', '3840x2160'], { width: 1280, height: 720, fps: 30, holdSeconds: 1.5, frames: 36 + 45 }],
    [['--size', '1280x720', '--fps', '25', '--hold', '2'], { width: 1280, height: 720, fps: 25, holdSeconds: 2, frames: 30 + 50 }],
    [['--size', '640x360', '--fps', '5', '--hold', '0.4'], { width: 640, height: 360, fps: 5, holdSeconds: 0.4, frames: 6 + 2 }],
  ])('with --video %j, records clips of %j', (args, video) => {
    expect(parseOptions(['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--video', ...args]).video).toMatchObject(video);
  });

  it('encodes the clips with ffmpeg when it is there (the tests have it), or in the browser when asked', () => {
    const deck = ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--video'];
    expect(parseOptions(deck).video?.encoder.kind).toBe('ffmpeg');
    expect(parseOptions([...deck, '--encoder', 'browser']).video?.encoder.kind).toBe('browser');
  });

  it.each([
    [['--out', 'x'], '--tour is required'],
    [['--tour', 'osa'], '--out is required: the folder to write the PNGs into'],
    [['--tour', 'osa', '--format', 'pptx'], '--out is required: the .pptx file to write, e.g. --out osa.pptx'],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.ppt'],
      '--out for --format pptx names the deck file and ends in .pptx; got "osa.ppt"',
    ],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--size', '1000x1000'],
      '--size for a deck must be 16:9 (1920x1080, 1280x720, 3840x2160); got 1000x1000',
    ],
    [
      ['--tour', 'osa', '--format', 'key', '--out', 'osa.key'],
      '--format expects png (a folder of PNGs) or pptx (a PowerPoint deck); got "key"',
    ],
    [['--tour', 'osa', '--out', 'x', '--lang', 'fr'], '--lang expects en or ja; got "fr"'],
    [
      ['--tour', 'osa', '--out', 'slides/', '--video'],
      "--video puts each step's camera flight on its slide, so it needs --format pptx (for a video file of the tour: npm run video)",
    ],
    [
      ['--tour', 'osa', '--format', 'png', '--out', 'slides/', '--video'],
      "--video puts each step's camera flight on its slide, so it needs --format pptx",
    ],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--fps', '10'],
      '--fps, --hold and --encoder set the clips of --video: add --video',
    ],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--hold', '1'],
      '--fps, --hold and --encoder set the clips of --video: add --video',
    ],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--encoder', 'ffmpeg'],
      '--fps, --hold and --encoder set the clips of --video',
    ],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--video', '--encoder', 'x264'],
      '--encoder expects auto, ffmpeg, browser; got "x264".',
    ],
    [['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--video', '--fps', 'fast'], '--fps expects a number; got "fast".'],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--video', '--fps', '90'],
      '--video: The frame rate must be a whole number of frames per second from 1 to 60; got 90.',
    ],
    [['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--video', '--hold=-1'], '--video: The hold must be 0–60 seconds; got -1.'],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--video', '--size', '144x81'],
      '--video: An MP4 needs an even width and height (H.264 stores colour per 2×2 pixels); 144×81 was asked for.',
    ],
    [
      ['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--video', '--size', '48x27'],
      '--video: A video must be 64–4096 whole pixels on each side; 48×27 was asked for.',
    ],
  ])('refuses %j, naming what was expected', (args, message) => {
    expect(() => parseOptions(args)).toThrow(message);
  });

  it('draws a progress bar', () => {
    expect(progressBar(1, 4, 8)).toBe('[##......] 1/4');
  });

  it('says on one line what is done, what is under way and the time left', () => {
    expect(statusLine(`${progressBar(2, 5, 5)} steps · step 3`, 'clip 40/81 frames', '1:05 left')).toBe(
      '[##...] 2/5 steps · step 3 · clip 40/81 frames · 1:05 left',
    );
    expect(statusLine('[##...] 2/5 steps · step 3', 'picture')).toBe('[##...] 2/5 steps · step 3 · picture');
  });

  it('documents --video in its usage: what each clip holds and its size', () => {
    expect(USAGE).toContain('--video');
    expect(USAGE).toContain("a 1920x1080 deck's clips are 1280x720");
  });
});
