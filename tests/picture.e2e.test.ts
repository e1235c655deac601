/**
 * The map's picture stays the same while it is made cheaper to draw (fewer sources, layers and
 * shader programs: the performance issue): the map canvas at the opening view, at Palau's airport
 * (zoom 8, the 1:10m coast) and with the partner arcs on, in both languages, against pictures
 * taken before that work (tests/fixtures/pictures/). A pixel differs when a channel differs by
 * more than PIXEL_TOLERANCE; at most SHARE_TOLERANCE of the pixels may. To take the pictures
 * again after a change that is meant to change the map: UPDATE_PICTURES=1, then look at them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appSuite } from './app-page.ts';
import { waitForMapIdle } from './browser.ts';

const open = appSuite();
const DIR = 'tests/fixtures/pictures';
const SIZE = { width: 960, height: 600 };
const PIXEL_TOLERANCE = 24;
const SHARE_TOLERANCE = 0.002;

const VIEWS: readonly [string, string][] = [
  ['opening', ''],
  ['palau-z8', 'view=134.5,7.4,8'],
  ['arcs', 'layers=arcs'],
];

describe('the map’s picture', () => {
  it.each(
    VIEWS.flatMap(([name, query]) =>
      (['en', 'ja'] as const).map((lang) => [`${name}-${lang}`, `embed=1&lang=${lang}${query ? `&${query}` : ''}`] as const),
    ),
  )('is the same as before: %s', { timeout: 90_000 }, async (name, query) => {
    const { page, errors } = await open(query, SIZE);
    await waitForMapIdle(page);
    const picture = await page.evaluate(() => window.foipMap!.getCanvas().toDataURL('image/png'));
    const file = `${DIR}/${name}.png`;
    if (process.env['UPDATE_PICTURES']) writeFileSync(file, Buffer.from(picture.split(',')[1]!, 'base64'));
    const reference = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
    // Both decoded by the browser, compared pixel by pixel.
    const differ = await page.evaluate(
      async ({ now, before, tolerance }) => {
        const pixels = async (url: string) => {
          const image = await createImageBitmap(await (await fetch(url)).blob());
          const canvas = new OffscreenCanvas(image.width, image.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(image, 0, 0);
          return { data: ctx.getImageData(0, 0, image.width, image.height).data, width: image.width, height: image.height };
        };
        const [a, b] = [await pixels(now), await pixels(before)];
        if (a.width !== b.width || a.height !== b.height)
          return { size: `${a.width}×${a.height} against ${b.width}×${b.height}`, share: 1 };
        let count = 0;
        for (let i = 0; i < a.data.length; i += 4) {
          if (Math.max(...[0, 1, 2].map((c) => Math.abs(a.data[i + c]! - b.data[i + c]!))) > tolerance) count++;
        }
        return { size: '', share: count / (a.width * a.height) };
      },
      { now: picture, before: reference, tolerance: PIXEL_TOLERANCE },
    );
    expect(differ.size).toBe('');
    expect(differ.share, `${(differ.share * 100).toFixed(3)} % of the pixels differ from ${file}`).toBeLessThanOrEqual(SHARE_TOLERANCE);
    expect(errors).toEqual([]);
    await page.close();
  });
});
