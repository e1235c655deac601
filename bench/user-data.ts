/**
 * "Your data beside ours" at the size the issue names: a 100,000-row CSV opened as a user opens it
 * (the file chosen in the dialog, its columns detected, "add" pressed), timed from the file chosen to
 * the placement form (reading, in a worker) and from "add" to the whole layer drawn (placing, in the
 * worker; sending it to the map in parts; drawn), with the longest main-thread task of each; then a
 * change of colour by a column (the whole layer sent again), and the explorer's own filter with the
 * layer shown against the same filter without it, in the same page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { mapIdle } from '../scripts/chromium.ts';
import { APP_FILTER, log, openPage, summary, timeToIdle } from './measure.ts';

/** A CSV shaped like a real download: an id, a name with commas and quotes now and then, a category, a number with thousands separators, lat/lon. */
export function userCsv(rows: number): Buffer {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const categories = ['port', 'road', 'rail', 'power', 'telecom', 'water'];
  const lines = ['id,name,sector,amount_usd,latitude,longitude'];
  for (let i = 0; i < rows; i++) {
    const lat = (-40 + random() * 80).toFixed(5);
    const lon = (30 + random() * 170).toFixed(5);
    const name = i % 97 === 0 ? `"Project ${i}, phase ""${i % 3}"""` : `Project ${i}`;
    const amount = Math.round(random() * 900_000_000).toLocaleString('en-US');
    lines.push(`${i + 1},${name},${categories[i % categories.length]},"${amount}",${lat},${lon}`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The explorer's filter is timed this many times in each page, before the layer and with it (each toggles a focus area). */
const FILTERS = 4;

interface Timed {
  readonly ms: number;
  readonly longest: number;
  /** Main-thread tasks over 100 ms (the limit). */
  readonly over100: number;
}

const withCount = (t: { ms: number; longest: number }): Timed => ({ ...t, over100: t.longest > 100 ? 1 : 0 });

/** Marks the page's clock now, for `since`. */
const mark = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The time since `start` and the longest main-thread task that began since. */
const since = (page: Page, start: number): Promise<Timed> =>
  page.evaluate((from) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const during = tasks.filter((t) => t.start >= from - 1).map((t) => t.duration);
    return { ms: performance.now() - from, longest: Math.max(0, ...during), over100: during.filter((d) => d > 100).length };
  }, start);

/** How many distinct rows of the user's layers the map draws in view. */
const drawnRows = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const map = (window as unknown as { foipMap: import('maplibre-gl').Map }).foipMap;
    const layers = map
      .getStyle()
      .layers.filter((l) => /^user-.*-(points|clusters)$/.test(l.id))
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers }).reduce((n, f) => n + Number(f.properties['point_count'] ?? 1), 0);
  });

export type UserDataFigures = Awaited<ReturnType<typeof userData>>;

export async function userData(browser: Browser, url: string, quick: boolean) {
  const rows = 100_000;
  const csv = userCsv(rows);
  const file = join(mkdtempSync(join(tmpdir(), 'foip-bench-')), 'projects.csv');
  writeFileSync(file, csv);
  const runs = quick ? 1 : 3;
  const read: Timed[] = [];
  const draw: Timed[] = [];
  /** From "add" to the rows placed (in the worker) and the report shown, a part of `draw`. */
  const placed: Timed[] = [];
  const recolour: Timed[] = [];
  const filterWithout: Timed[] = [];
  const filterWith: Timed[] = [];
  let drawn = 0;
  const links: { programs: number; ms: number }[] = [];
  for (let run = 0; run < runs; run++) {
    log(`user data: run ${run + 1}/${runs}`);
    const page = await openPage(browser, `${url}/?view=120,10,1.2&debug=1`, 'reduce');
    await mapIdle(page);
    // The explorer's own filter before the layer, as a user who has moved the map (no refit).
    await page.mouse.move(640, 400);
    for (let i = 0; i < FILTERS; i++) filterWithout.push(withCount(await timeToIdle(page, APP_FILTER)));
    await page.click('[data-testid="open-user-data"]');
    let start = await mark(page);
    // From a file on disk, as a user chooses one: a buffer would be built into a File by script in the page, a long task of the harness's own.
    await page.setInputFiles('[data-testid="user-data-input"]', file);
    await page.locator('[data-testid="placement-form"]').waitFor({ timeout: 120_000 });
    read.push(await since(page, start));
    const gl = () => page.evaluate(() => ({ ...(window as unknown as { __gl: { programs: number; linkMs: number } }).__gl }));
    const glBefore = await gl();
    start = await mark(page);
    await page.click('[data-testid="placement-add"]');
    await page.locator('[data-testid="read-report"]').waitFor({ timeout: 120_000 });
    placed.push(await since(page, start));
    await mapIdle(page, 120_000);
    draw.push(await since(page, start));
    const glAfter = await gl();
    // What MapLibre linked for the diamonds and their clusters (on the CPU renderer, one long wait of the main thread).
    links.push({ programs: glAfter.programs - glBefore.programs, ms: Math.round(glAfter.linkMs - glBefore.linkMs) });
    drawn = await drawnRows(page);
    // The harness's own check: the layer is on the map (most of its rows lie in the view), not only its legend.
    if (drawn < rows / 2) throw new Error(`user data: only ${drawn} of ${rows} rows drawn in view`);
    start = await mark(page);
    await page.selectOption('[data-testid="user-layer-colour"]', 'sector');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    await mapIdle(page, 120_000);
    recolour.push(await since(page, start));
    await page.keyboard.press('Escape');
    await mapIdle(page);
    for (let i = 0; i < FILTERS; i++) filterWith.push(withCount(await timeToIdle(page, APP_FILTER)));
    await page.close();
  }
  const of = (timed: Timed[]) => ({
    ...summary(timed.map((t) => Math.round(t.ms))),
    longestTask: Math.round(Math.max(...timed.map((t) => t.longest))),
    tasksOver100: Math.max(...timed.map((t) => t.over100)),
  });
  return {
    rows,
    csvBytes: csv.length,
    drawnRows: drawn,
    read: of(read),
    placed: of(placed),
    draw: of(draw),
    shaderLinksWhileDrawing: links,
    recolour: of(recolour),
    filterWithout: of(filterWithout),
    filterWith: of(filterWith),
  };
}
