/**
 * Offline after one visit: the service worker (vite.config.ts, scripts/offline-cache.ts) precaches
 * the app, and with the network gone the explorer, a tour, the embed and a PNG export still work;
 * site-zoom detail is left out of the precache and kept once used; a new version is offered with
 * *Reload to update*. Served under the README's strict Content Security Policy. Service workers are
 * blocked in every other test (scripts/chromium.ts); here each context allows them.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { deflateRawSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import threeFocusAreas from '../data/tours/three-focus-areas.json' with { type: 'json' };
import { LOADED_ON_FIRST_USE, loadedOnFirstUse } from '../scripts/offline-cache.ts';
import { pngSize } from '../scripts/png.ts';
import { renderedCount } from './app-page.ts';
import { launchBrowser, mapIdle, serveBuild, waitForMapIdle } from './browser.ts';
import { ids } from './dataset.ts';
import { CSP } from './fixtures/csp.ts';

/** The worker's precache list, as the build wrote it into dist/sw.js. */
function precacheList(): string[] {
  return [...readFileSync('dist/sw.js', 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
}

/** Every file of dist/ (paths relative to it), but the worker and Workbox's runtime. */
function builtFiles(): string[] {
  const files = readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.replace(/^dist\/?/, '')}/${entry.name}`.replace(/^\//, ''));
  return files.filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file) && !file.endsWith('.map'));
}

/**
 * The server: the build under the strict policy. While `down`, it answers nothing (the socket is
 * dropped, as with no network) and notes what was asked; with `nextVersion`, its sw.js is a byte
 * different worker that also answers 'foip-test-version' (so the test can tell which worker controls the page).
 */
const network = { down: false, asked: [] as string[], nextVersion: false };
function handle(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  if (network.down) {
    network.asked.push(request.url ?? '');
    request.socket.destroy();
    return;
  }
  response.setHeader('content-security-policy', CSP);
  if (network.nextVersion && new URL(request.url ?? '/', 'http://x').pathname === '/sw.js') {
    const reply = `\n// the next version\nself.addEventListener('message', (e) => { if (e.data === 'foip-test-version') e.source.postMessage('next'); });\n`;
    response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
    response.end(readFileSync('dist/sw.js', 'utf8') + reply);
    return;
  }
  next();
}

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  server = await serveBuild(handle);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context that allows service workers, recording policy violations and uncaught errors in its pages. */
async function offlineContext(): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const errors: string[] = [];
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => {
      throw new Error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    }),
  );
  context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
  return { context, errors };
}

/** Waits until the page's service worker is active, which is after its install precached everything. */
async function workerActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready;
    if (!active || active.state === 'activated') return;
    await new Promise<void>((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve()));
  });
}

/** Each cache of the page's origin, with the paths it holds. */
async function cached(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname.replace(/^\//, ''));
    }
    return out;
  });
}

/** The paths in the caches whose names start with `prefix`. */
function inCaches(caches: Record<string, string[]>, prefix: string): string[] {
  return Object.entries(caches)
    .filter(([name]) => name.startsWith(prefix))
    .flatMap(([, paths]) => paths);
}

describe('offline after one visit', () => {
  it('precaches the app, the data, the basemap, the font and the map’s worker, and leaves what loads on first use', () => {
    const list = precacheList();
    const files = builtFiles();
    // What is precached is exactly the build's files less the rows of LOADED_ON_FIRST_USE.
    expect([...list].sort()).toEqual(files.filter((file) => !loadedOnFirstUse(file)).sort());
    for (const pattern of [
      /^index\.html$/,
      /^embed-demo\.html$/,
      /^assets\/index-[\w-]+\.js$/,
      /^assets\/index-[\w-]+\.css$/,
      /^assets\/initiatives-[\w-]+\.geojson$/,
      /^assets\/countries-[\w-]{8}\.geojson$/,
      /^assets\/borders-[\w-]+\.geojson$/,
      /^assets\/labels-[\w-]+\.json$/,
      /^assets\/foip-noto-sans-jp-[\w-]{8}\.woff2$/,
      /^assets\/maplibre-gl-worker-[\w-]+\.mjs$/,
      /^assets\/TourPlayer-[\w-]+\.js$/,
    ]) {
      expect(
        list.filter((url) => pattern.test(url)),
        String(pattern),
      ).toHaveLength(1);
    }
    // Each row names a file the build makes (a stale row would hide a renamed feature in the precache).
    for (const { name } of LOADED_ON_FIRST_USE) {
      expect(
        files.filter((file) => file.startsWith(`assets/${name}-`) && loadedOnFirstUse(file)),
        name,
      ).not.toHaveLength(0);
    }
    expect(list.some((url) => url.includes('countries-10m'))).toBe(false);
    const bytes = list.reduce((sum, url) => sum + statSync(`dist/${url}`).size, 0);
    console.log(`precache: ${list.length} entries, ${bytes.toLocaleString('en')} bytes`);
  });

  it('shows the explorer, plays a tour, embeds and exports a PNG with the network gone', { timeout: 240_000 }, async () => {
    const { context, errors } = await offlineContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}?debug=1`);
      await waitForMapIdle(page);
      await workerActive(page);
      const precached = inCaches(await cached(page), 'workbox-precache');
      expect([...precached].sort()).toEqual([...precacheList()].sort());
      expect(inCaches(await cached(page), 'foip-atlas-first-use').filter((path) => path.includes('countries-10m'))).toEqual([]);

      // Site zoom, online, in a page the worker controls: its detail is fetched once and kept.
      await page.goto(`${server.url}?debug=1&view=134.5,7.4,8`);
      await waitForMapIdle(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      const firstUse = inCaches(await cached(page), 'foip-atlas-first-use');
      expect(firstUse.filter((path) => /countries-10m-/.test(path))).toHaveLength(1);
      expect(firstUse.filter((path) => /detail-tiles-/.test(path))).toHaveLength(1);

      // No network from here on: the browser's, and the server answers nothing.
      await context.setOffline(true);
      network.down = true;
      await page.goto(`${server.url}?debug=1&view=120,10,0.6`);
      await waitForMapIdle(page);
      expect(await renderedCount(page)).toBe(ids.length);

      // A tour, from the menu, stepped by the keyboard.
      await page.locator('summary', { hasText: 'Tours' }).click();
      await page.click('[data-start-tour="three-focus-areas"]');
      await page.locator('[data-testid="tour-player"][data-step="0"]').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid="tour-player"][data-step="1"]').waitFor();
      await mapIdle(page);
      expect(await page.locator('[data-testid="tour-caption"]').textContent()).toBe(threeFocusAreas.steps[1]!.caption.en);
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="tour-player"]').waitFor({ state: 'detached' });

      // A PNG, from the menu.
      await page.locator('summary', { hasText: 'Image' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export-size="1920x1080"]')]);
      expect(pngSize(readFileSync((await download.path())!))).toEqual({ width: 1920, height: 1080 });

      // The embed, in its example host page, in another page of the same browser.
      const host = await context.newPage();
      await host.goto(`${server.url}embed-demo.html`);
      const frame = await (await host.waitForSelector('iframe#map')).contentFrame();
      if (!frame) throw new Error('the host page has no map frame');
      await mapIdle(frame);
      await host.waitForFunction(() => document.getElementById('log')?.textContent?.includes('"foip:ready"'));
      await host.click('#next');
      await frame.waitForFunction(() => new URLSearchParams(window.location.search).get('pillar') === '3');

      // A link to a tour of one's own with annotations, opened offline in a fresh tab: the tour starts, its label drawn.
      const tour = {
        id: 'offline-tour',
        title: { en: 'Offline', ja: 'オフライン' },
        steps: [
          {
            query: 'pillar=3',
            view: '134.500,7.400,4.00',
            caption: { en: 'Palau', ja: 'パラオ' },
            annotations: [{ kind: 'label', at: [134.5, 7.4], text: { en: 'Airport terminal', ja: '空港ターミナル' }, colour: 'crimson' }],
          },
        ],
      };
      const linked = await context.newPage();
      await linked.goto(`${server.url}?debug=1#tour=${deflateRawSync(JSON.stringify(tour)).toString('base64url')}`);
      await linked.locator('[data-testid="annotation-overlay"] text').first().waitFor();
      expect(await linked.locator('[data-testid="annotation-overlay"] text').allTextContents()).toEqual(['Airport terminal']);
      await linked.close();

      // Site zoom works offline too, from what was kept.
      await page.goto(`${server.url}?debug=1&view=134.5,7.4,8`);
      await waitForMapIdle(page);
      expect(await page.locator('[data-testid="map-notice"]').count()).toBe(0);

      // Nothing reached the server but the browser's own checks for a new worker on each navigation (which fail).
      expect(network.asked.filter((url) => url !== '/sw.js')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      network.down = false;
      network.asked = [];
      await context.close();
    }
  });

  it('offers a new version with Reload to update, which switches to it', { timeout: 120_000 }, async () => {
    const { context, errors } = await offlineContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}?debug=1`);
      await waitForMapIdle(page);
      await workerActive(page);
      // Again, now under the worker.
      await page.goto(`${server.url}?debug=1`);
      await waitForMapIdle(page);
      expect(await page.locator('[data-testid="update-notice"]').count()).toBe(0);

      network.nextVersion = true;
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const notice = page.locator('[data-testid="update-notice"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('A new version of FOIP Atlas is ready.');
      mkdirSync('tests/output', { recursive: true });
      await page.screenshot({ path: 'tests/output/offline-update-notice.png', clip: { x: 0, y: 0, width: 1280, height: 200 } });
      await page.evaluate(() => ((window as unknown as { foipBeforeUpdate: boolean }).foipBeforeUpdate = true));
      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to update' }).click()]);
      // The page's own address, which the app keeps without ?debug: the map is drawn, not counted.
      await mapIdle(page);
      expect(await page.evaluate(() => 'foipBeforeUpdate' in window)).toBe(false);
      const version = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            navigator.serviceWorker.addEventListener('message', (event) => resolve(String(event.data)), { once: true });
            navigator.serviceWorker.controller?.postMessage('foip-test-version');
            setTimeout(() => resolve('no answer'), 5000);
          }),
      );
      expect(version).toBe('next');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting)).toBeNull();
      expect(await page.locator('[data-testid="update-notice"]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      network.nextVersion = false;
      await context.close();
    }
  });

  it('is blocked in the other tests’ pages', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}?debug=1`);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.register('sw.js')) ?? null)).toBeNull();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    } finally {
      await page.close();
    }
  });
});
