/**
 * Headless Chromium for scripts and browser tests: Debian's Chromium (or CHROMIUM_PATH)
 * driven by playwright-core, rendering WebGL2 on the CPU through SwiftShader, against the
 * built app served by `vite preview` on loopback. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      "No Chromium or Chrome found. Install Debian's package (as root: apt-get update && apt-get install -y chromium), or set CHROMIUM_PATH to a Chrome/Chromium binary.",
    );
  }
  return found;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Chromium 151+ preloads its own address-bar popup (chrome://omnibox-popup.top-chrome) in a
  // renderer of its own, headless too. Traced here, that renderer kept one of the machine's two
  // cores busy for the first ~3 s of every page load, under both the app and the benchmark's
  // baseline. Puppeteer disables the same two features by default.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export interface LaunchOptions {
  /** Chromium switches added to the shared ones (`--disable-webgl`, `--js-flags=--expose-gc`, …). */
  readonly args?: readonly string[];
  /** Environment variables added to this process's own for the browser (`FONTCONFIG_FILE`, …). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * What every page and context of a launched browser gets unless its caller says otherwise. The app
 * registers a service worker (src/app/offline/): requests it answers are not seen by `page.route`,
 * and its background precaching (megabytes) would skew timings. Only the offline test allows it,
 * with `newContext({ serviceWorkers: 'allow' })`.
 */
export const CONTEXT_DEFAULTS: BrowserContextOptions = { serviceWorkers: 'block' };

/** Headless Chromium with the shared switches, plus the caller's; its pages and contexts start from CONTEXT_DEFAULTS. */
export async function launchBrowser({ args = [], env }: LaunchOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  // Both: Playwright's newPage makes its context through newContext today, but need not.
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ ...CONTEXT_DEFAULTS, ...options });
  browser.newPage = (options = {}) => newPage({ ...CONTEXT_DEFAULTS, ...options });
  return browser;
}

/** Serves dist/ (built by `npm run build`) on a free loopback port. */
/** Connect-style middleware served before the build's files (the command line's frame receiver). */
export type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

export async function serveBuild(handle?: Middleware): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
  const plugins = handle
    ? [{ name: 'foip-middleware', configurePreviewServer: (server: PreviewServer) => void server.middlewares.use(handle) }]
    : [];
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
    plugins,
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/**
 * Waits until everything asked of the app's map so far is drawn, through the automation API's
 * `whenIdle()` (src/app/automation.ts); works in a page or an embed's frame, with or without `?debug`.
 */
export async function mapIdle(target: Page | Frame, timeout = 60_000): Promise<void> {
  await target.waitForFunction(() => 'foipAtlas' in window, undefined, { timeout });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The map did not go idle within ${timeout} ms.`)), timeout);
  });
  try {
    await Promise.race([target.evaluate(() => window.foipAtlas!.whenIdle()), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until the map has drawn initiatives and gone idle (needs `?debug`, which counts what is drawn).
 * On timeout the error says what the page showed instead, so a failure in CI can be read from its log.
 */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  const start = Date.now();
  try {
    for (;;) {
      await mapIdle(page, Math.max(1, timeout - (Date.now() - start)));
      const drawn = await page.evaluate(() => window.foipDebug?.renderedInitiatives() ?? 0);
      if (drawn > 0) return;
      if (Date.now() - start > timeout) throw new Error(`no initiative drawn within ${timeout} ms`);
      await page.waitForTimeout(100);
    }
  } catch (error) {
    const seen = await page
      .evaluate(() => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]');
        const notices = [...document.querySelectorAll('[role="alert"], [role="status"]')].map((e) => e.textContent?.trim()).filter(Boolean);
        return JSON.stringify({ url: location.search, map: map ? { ...map.dataset } : null, notices });
      })
      .catch((reason: unknown) => `(the page could not be read: ${String(reason)})`);
    throw new Error(`The map did not go idle with initiatives drawn within ${timeout} ms. The page showed: ${seen}`, { cause: error });
  }
}
