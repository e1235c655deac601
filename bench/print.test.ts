import { describe, expect, it } from 'vitest';
import { pictureSizes, samePicture } from './print.ts';

describe('samePicture', () => {
  const results = {
    load: { real: { app: { median: 3000 }, baseline: { median: 1500 }, samePicture: { median: 2000 } } },
    filter: {
      real: {
        appFirstFrame: { median: 220 },
        samePictureFirstFrame: { median: 200 },
        baseline: { setData: { firstFrame: { median: 100 } } },
      },
    },
    animation: { flight: { app: { p95: 600 }, baseline: { p95: 300 }, samePicture: { p95: 500 } } },
  };

  it('splits each figure into the app over the same picture and the same picture over the baseline', () => {
    expect(samePicture(results)).toEqual([
      'load: app 3000 ms, same picture 2000 ms, baseline 1500 ms → app ÷ same picture 1.50×, same picture ÷ baseline 1.33×',
      'first frame showing the new set: app 220 ms, same picture 200 ms, baseline 100 ms → app ÷ same picture 1.10×, same picture ÷ baseline 2.00×',
      'flight frame-interval p95: app 600 ms, same picture 500 ms, baseline 300 ms → app ÷ same picture 1.20×, same picture ÷ baseline 1.67×',
    ]);
  });

  it('says nothing of a figure measured without the same picture (no real data in the run)', () => {
    expect(
      samePicture({
        load: { 'synthetic-10k': { app: { median: 1 }, baseline: { median: 1 } } },
        animation: { flight: { app: { p95: 1 }, baseline: { p95: 1 } } },
      }),
    ).toEqual([]);
  });
});

describe('pictureSizes', () => {
  it('names each page’s sources, layers, programs and link wait', () => {
    const picture = {
      app: { sources: 12, layers: 24, programs: 16, linkMs: 980 },
      baseline: { sources: 3, layers: 4, programs: 7, linkMs: 700 },
    };
    expect(pictureSizes({ picture })).toEqual([
      'app: 12 sources, 24 layers, 16 shader programs linked, 980 ms waiting for them',
      'circles baseline: 3 sources, 4 layers, 7 shader programs linked, 700 ms waiting for them',
    ]);
  });

  it('says nothing without the real data', () => {
    expect(pictureSizes({})).toEqual([]);
  });
});
