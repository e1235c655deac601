import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.ts';
import { parseOptions } from './slides.ts';

describe('slides command line', () => {
  it('keeps a folder of PNGs as the default and reads a deck\'s options', () => {
    expect(parseOptions(['--tour', 'osa', '--out', 'slides/'])).toEqual({ tour: 'osa', out: 'slides/', format: 'png', lang: 'en', size: { width: 1920, height: 1080 } });
    expect(parseOptions(['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--lang', 'ja', '--size', '1280x720'])).toEqual({
      tour: 'osa',
      out: 'osa.pptx',
      format: 'pptx',
      lang: 'ja',
      size: { width: 1280, height: 720 },
    });
  });

  it.each([
    [['--out', 'x'], '--tour is required'],
    [['--tour', 'osa'], '--out is required: the folder to write the PNGs into'],
    [['--tour', 'osa', '--format', 'pptx'], '--out is required: the .pptx file to write, e.g. --out osa.pptx'],
    [['--tour', 'osa', '--format', 'pptx', '--out', 'osa.ppt'], '--out for --format pptx names the deck file and ends in .pptx; got "osa.ppt"'],
    [['--tour', 'osa', '--format', 'pptx', '--out', 'osa.pptx', '--size', '1000x1000'], '--size for a deck must be 16:9 (1920x1080, 1280x720, 3840x2160); got 1000x1000'],
    [['--tour', 'osa', '--format', 'key', '--out', 'osa.key'], '--format expects png (a folder of PNGs) or pptx (a PowerPoint deck); got "key"'],
    [['--tour', 'osa', '--out', 'x', '--lang', 'fr'], '--lang expects en or ja; got "fr"'],
  ])('refuses %j, naming what was expected', (args, message) => {
    expect(() => parseOptions(args)).toThrow(message);
  });

  it('draws a progress bar', () => {
    expect(progressBar(1, 4, 8)).toBe('[##......] 1/4');
  });
});
