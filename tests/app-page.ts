/** Opening the app in a page, with what a test needs to watch: requests, errors and the map. */
import type { Browser, Page } from 'playwright-core';

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
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, acceptDownloads: true });
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
    const map = (window as unknown as { foipMap: unknown }).foipMap;
    return (new Function('map', 'arg', `return (${source})(map, arg);`) as (m: unknown, a: unknown) => unknown)(map, value);
  };
  return (await page.evaluate(run, { source: fn.toString(), arg: arg as unknown })) as T;
}

/** Ids of the initiatives the map draws in its viewport, as MapView reports them on idle. */
export async function renderedCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="map"]', 'data-rendered-initiatives'));
}

/** Ids of the list's rows, in order. */
export async function listIds(page: Page): Promise<string[]> {
  return page.$$eval('li[data-id]', (rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
}
