/** What must hold under hostile conditions: a strict Content Security Policy, and no WebGL at all. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.ts';
import { serveFolders } from '../scripts/static-server.ts';
import { waitForMapIdle } from './browser.ts';
import { ids } from './dataset.ts';

/** The policy the README gives to people who host FOIP Atlas. */
export const CSP = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *";

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serveFolders({ '/': 'dist' }, { 'content-security-policy': CSP });
});
afterAll(async () => {
  await server?.close();
});

async function withBrowser<T>(args: string[], run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...args] });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

describe('strict Content Security Policy', () => {
  it('renders every initiative with no policy violation, tours and exports included', async () => {
    await withBrowser([], async (browser) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        (window as unknown as { __violations: string[] }).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(`${server.url}/?debug=1&view=120,10,0.6`);
      await waitForMapIdle(page);
      expect(Number(await page.getAttribute('[data-testid="map"]', 'data-rendered-initiatives'))).toBe(ids.length);
      const png = await page.evaluate(() => (window as unknown as { foipAtlas: { exportPng(w: number, h: number): Promise<string> } }).foipAtlas.exportPng(640, 360));
      expect(png.startsWith('data:image/png;base64,')).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('no WebGL', () => {
  it('says so plainly and keeps the list, filters, details and downloads', async () => {
    await withBrowser(['--disable-webgl', '--disable-3d-apis'], async (browser) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/?pillar=3`);
      await page.locator('.map-unavailable').waitFor();
      expect(await page.locator('.map-unavailable').textContent()).toContain('needs WebGL2');
      expect(await page.locator('[data-testid="map-notice"]').textContent()).toContain('WebGL2 is required');
      expect(await page.$$eval('li[data-id]', (rows) => rows.length)).toBeGreaterThan(0);
      await page.fill('#search-input', 'Palau');
      await page.click('li[data-id="palau-airport-terminal"] button');
      await page.locator('[data-testid="detail"][data-id="palau-airport-terminal"]').waitFor();
      await page.locator('summary', { hasText: 'Download' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      expect(errors).toEqual([]);
    });
  });
});
