/** A phone (375×667, touch): the map and a sheet of filters and list below it, details as a bottom sheet; nothing overflows. */
import { describe, expect, it } from 'vitest';
import { appSuite, listIds, settled } from './app-page.ts';
import { initiatives } from './dataset.ts';

const open = appSuite();

describe('phone', () => {
  it('is usable with touch at 375×667 and nothing overflows', async () => {
    const { page, errors } = await open('', { width: 375, height: 667 });
    await settled(page);
    const layout = await page.evaluate(() => {
      const map = document.querySelector('.map-area')!.getBoundingClientRect();
      const list = document.querySelector('.sidebar')!.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        mapHeight: map.height,
        mapWidth: map.width,
        listTop: list.top,
      };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.mapWidth).toBe(375);
    expect(layout.mapHeight).toBeGreaterThan(240);
    expect(layout.listTop).toBeGreaterThanOrEqual(layout.mapHeight);

    // The attribution does not cover the legend's toggle, closed (as it starts on a phone) or open.
    for (const state of ['closed', 'open']) {
      if (state === 'open') await page.tap('.legend summary');
      const boxes = await page.evaluate(() => {
        const box = (selector: string) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        const toggle = box('.legend summary');
        const hit = document.elementFromPoint((toggle.left + toggle.right) / 2, (toggle.top + toggle.bottom) / 2);
        return {
          toggle,
          attribution: box('.maplibregl-ctrl-attrib'),
          open: document.querySelector('.legend')!.hasAttribute('open'),
          onTop: hit?.closest('.legend summary') !== null,
        };
      });
      expect(boxes.open, state).toBe(state === 'open');
      const { toggle, attribution } = boxes;
      const overlap =
        toggle.left < attribution.right &&
        attribution.left < toggle.right &&
        toggle.top < attribution.bottom &&
        attribution.top < toggle.bottom;
      expect({ state, overlap, onTop: boxes.onTop }).toEqual({ state, overlap: false, onTop: true });
    }
    await page.tap('.legend summary');

    // Filter by touch.
    await page.tap('[data-facet="pillar"] input[data-value="3"]');
    await settled(page);
    expect(await listIds(page)).toEqual(initiatives.filter((i) => i.properties.pillar === 3).map((i) => i.id));

    // Open a detail by touch: a bottom sheet inside the screen.
    await page.tap('li[data-id="osa-uav-tonga"] button');
    const sheet = page.locator('[data-testid="detail"]');
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.y + box.height).toBeLessThanOrEqual(667 + 1);
    await page.tap('[data-testid="detail"] .icon-button');
    await sheet.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // An embed narrower than 700 px has no sidebar: its map takes the whole frame, not the phone's 52 %.
  for (const [query, width, height] of [
    ['embed=1', 700, 450],
    ['embed=1', 375, 300],
    ['embed=1&tour=osa', 640, 360],
  ] as const) {
    it(`fills the frame at ${width}×${height} with ${query}`, async () => {
      const { page, errors } = await open(query, { width, height });
      await settled(page);
      const sizes = await page.evaluate(() => {
        const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
        const workspace = document.querySelector('.workspace')!.getBoundingClientRect();
        return {
          canvas: [canvas.width, canvas.height],
          workspace: [workspace.width, workspace.height],
          sidebar: document.querySelector('.sidebar') !== null,
        };
      });
      expect(sizes.sidebar).toBe(false);
      expect(sizes.canvas).toEqual(sizes.workspace);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('keeps a closed legend small in an embedded tour, clear of the caption and of the map', async () => {
    const { page, errors } = await open('embed=1&tour=osa', { width: 390, height: 700 });
    await page.locator('[data-testid="tour-player"]').waitFor();
    const [legend, player] = await Promise.all([
      page.locator('.legend').boundingBox(),
      page.locator('[data-testid="tour-player"]').boundingBox(),
    ]);
    expect(await page.locator('.legend').getAttribute('open')).toBeNull();
    expect(legend!.height).toBeLessThan(60);
    expect(legend!.y + legend!.height).toBeLessThan(player!.y);
    expect(errors).toEqual([]);
  });
});
