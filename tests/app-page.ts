/** Opening the app in a page, with what a test needs to watch: requests, errors and the map. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveBuild, waitForMapIdle } from './browser.ts';

export interface OpenedPage {
  readonly page: Page;
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Uncaught errors. */
  readonly errors: string[];
}

export async function openApp(
  browser: Browser,
  baseUrl: string,
  query = '',
  options: { setup?: (page: Page) => Promise<void>; width?: number; height?: number } = {},
): Promise<OpenedPage> {
  const phone = (options.width ?? 1280) < 700;
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: true,
    hasTouch: phone,
    isMobile: phone,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await options.setup?.(page);
  await page.goto(`${baseUrl}?debug=1${query ? `&${query}` : ''}`);
  return { page, requests, errors };
}

/**
 * Runs a function against the page's MapLibre map (exposed with ?debug=1). The function
 * is sent as source text, so it may use only its arguments.
 */
export async function withMap<T, A>(page: Page, fn: (map: import('maplibre-gl').Map, arg: A) => T, arg: A): Promise<T> {
  const run = ({ source, arg: value }: { source: string; arg: unknown }) => {
    const map = window.foipMap;
    return (new Function('map', 'arg', `return (${source})(map, arg);`) as (m: unknown, a: unknown) => unknown)(map, value);
  };
  return (await page.evaluate(run, { source: fn.toString(), arg: arg as unknown })) as T;
}

/** How many distinct initiatives the map draws in its viewport (the instrumentation's count, ?debug). */
export async function renderedCount(page: Page): Promise<number> {
  return page.evaluate(() => window.foipDebug?.renderedInitiatives() ?? 0);
}

/** Ids of the list's rows, in order. */
export async function listIds(page: Page): Promise<string[]> {
  return page.$$eval('li[data-id]', (rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
}

/**
 * Registers the suite's hooks: one Chromium and one server for the built app, shared by
 * the file's tests. Returns `open`, which opens the app at a query in a fresh page.
 */
export function appSuite(): (
  query?: string,
  options?: { setup?: (page: Page) => Promise<void>; width?: number; height?: number },
) => Promise<OpenedPage> {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveBuild();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return (query = '', options = {}) => {
    if (!browser || !server) throw new Error('appSuite: the browser is not running (beforeAll failed?)');
    return openApp(browser, server.url, query, options);
  };
}

/** Waits until every change so far (transitions and camera moves included) is drawn, with initiatives on the map. */
export async function settled(page: Page): Promise<void> {
  await waitForMapIdle(page);
}
