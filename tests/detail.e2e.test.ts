/**
 * Site-level detail: the 1:10m coastlines at site zoom (tiles cut in a worker, asked for only from
 * zoom 4), the choropleth on them, and the locator inset in embeds and exported images. Also from
 * the single file (file://) and under the README's strict Content Security Policy.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveFolders } from '../scripts/static-server.ts';
import { appSuite, settled, withMap } from './app-page.ts';
import { launchBrowser, mapIdle, waitForMapIdle } from './browser.ts';

const open = appSuite();
/** The site-zoom code and data: the 1:10m topology and the chunk that serves its tiles. */
const DETAIL_REQUEST = /countries-10m|detail-tiles/;
const LOCATOR = 'svg[role="img"].locator';
/** The README's policy for people who host FOIP Atlas. */
const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *";

/** Codes of the 1:10m countries drawn in the viewport, and whether the 1:50m land still draws at this zoom. */
function detailDrawn(page: Page): Promise<{ codes: string[]; coarseMaxzoom: number }> {
  return withMap(
    page,
    (map) => ({
      codes: [...new Set(map.queryRenderedFeatures({ layers: ['detail-land'] }).map((f) => String(f.properties['code'])))].sort(),
      coarseMaxzoom: map.getLayer('land')?.maxzoom ?? 24,
    }),
    null,
  );
}

async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await withMap(page, (map, arg: { center: [number, number]; zoom: number }) => map.jumpTo(arg), { center, zoom });
  await mapIdle(page);
}

/** How many pixels of the locator's box colour (#d0104c) lie in the image's top-right corner, decoded in the page. */
function boxPixelsTopRight(page: Page, png: string): Promise<number> {
  return page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(Math.round(image.width * 0.6), 0, Math.round(image.width * 0.4), Math.round(image.height * 0.4));
    let count = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i]! - 0xd0) < 12 && Math.abs(data[i + 1]! - 0x10) < 12 && Math.abs(data[i + 2]! - 0x4c) < 12) count++;
    return count;
  }, png);
}

function exportPng(page: Page): Promise<string> {
  return page.evaluate(() => window.foipAtlas!.exportPng(1280, 720));
}

describe('1:10m coastlines at site zoom', () => {
  it('are not fetched at the overview, then drawn from zoom 4.5 once the camera comes near', async () => {
    const { page, requests, errors } = await open('view=134.5,7.4,2');
    await settled(page);
    expect(requests.filter((url) => DETAIL_REQUEST.test(url))).toEqual([]);
    expect((await detailDrawn(page)).coarseMaxzoom).toBe(24);

    await jumpTo(page, [134.5, 7.4], 8);
    expect(requests.filter((url) => DETAIL_REQUEST.test(url)).length).toBe(2);
    const drawn = await detailDrawn(page);
    expect(drawn.codes).toContain('PLW');
    // From here the 1:50m land stops where the 1:10m takes over.
    expect(drawn.coarseMaxzoom).toBe(4.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draw Pohnpei, Tuvalu, Nauru, Tarawa and the Malacca Strait, as a link that opens there and as the camera moves on', async () => {
    const { page, errors } = await open('view=158.2,6.9,8');
    await settled(page);
    expect((await detailDrawn(page)).codes).toContain('FSM');
    for (const [center, zoom, code] of [
      [[179.2, -8.5], 8, 'TUV'],
      [[166.9, -0.5], 9, 'NRU'],
      [[173, 1.4], 9, 'KIR'],
      [[101.5, 2.5], 6, 'SGP'],
    ] as const) {
      await jumpTo(page, [...center], zoom);
      expect((await detailDrawn(page)).codes).toContain(code);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('carry the choropleth (the same country ids, the same shading)', async () => {
    const { page } = await open('view=134.5,7.4,8&layers=choropleth');
    await settled(page);
    const shaded = await withMap(
      page,
      (map) => map.queryRenderedFeatures({ layers: ['detail-choropleth'] }).map((f) => [f.properties['code'], f.state['fill']]),
      null,
    );
    expect(shaded.find(([code]) => code === 'PLW')?.[1]).toMatch(/^#/);
    await page.close();
  });
});

describe('locator inset', () => {
  it('shows in an embed zoomed in beyond 4, with the view in the Indo-Pacific, and not at the overview', async () => {
    const zoomed = await open('embed=1&view=134.5,7.4,6', { width: 900, height: 600 });
    await settled(zoomed.page);
    const inset = zoomed.page.locator(LOCATOR);
    await inset.waitFor();
    expect(await inset.getAttribute('aria-label')).toBe('Locator map: the box marks this view');
    expect(await inset.getAttribute('data-region')).toBe('indo-pacific');
    await zoomed.page.close();

    const overview = await open('embed=1&view=134.5,7.4,2', { width: 900, height: 600 });
    await settled(overview.page);
    expect(await overview.page.locator(LOCATOR).count()).toBe(0);
    await overview.page.close();
  });

  it('is not part of the explorer itself', async () => {
    const { page } = await open('view=134.5,7.4,6');
    await settled(page);
    expect(await page.locator(LOCATOR).count()).toBe(0);
    await page.close();
  });

  it('is drawn top right on an image exported zoomed in, and not on one of the overview', async () => {
    const { page } = await open('view=134.5,7.4,8');
    await settled(page);
    expect(await boxPixelsTopRight(page, await exportPng(page))).toBeGreaterThan(20);
    await jumpTo(page, [134.5, 7.4], 2);
    expect(await boxPixelsTopRight(page, await exportPng(page))).toBe(0);
    await page.close();
  });
});

describe('site zoom elsewhere', () => {
  it('works from the single file (file://, no network): the topology is inlined and its worker starts from a blob', async () => {
    const file = resolve('dist-single/index.html');
    if (!existsSync(file)) throw new Error('dist-single/index.html is missing: run `npm run build:single` first.');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${file}?debug=1&view=134.5,7.4,8`);
      await waitForMapIdle(page);
      expect((await detailDrawn(page)).codes).toContain('PLW');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('works under the strict Content Security Policy', async () => {
    const server = await serveFolders({ '/': 'dist' }, { 'content-security-policy': CSP });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const violations: string[] = [];
      page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
      await page.goto(`${server.url}/?debug=1&view=134.5,7.4,8`);
      await waitForMapIdle(page);
      expect((await detailDrawn(page)).codes).toContain('PLW');
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
