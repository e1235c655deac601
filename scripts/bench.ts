/**
 * `npm run bench [-- --quick]`: FOIP Atlas against a bare MapLibre page (bench/baseline.html)
 * drawing the same basemap and data, in headless Chromium, alternating app and baseline
 * run by run. Prints a table and writes bench-results.json. Times on this machine are CPU
 * (SwiftShader) rendering: compare the ratios, not the absolute numbers.
 * --quick: one run of each on the real data and 10k, short animation and memory runs,
 * to prove the harness works (CI); no budget is enforced either way.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { budget, frameStats, median, MIN_BOOTSTRAP_RUNS, percentile, ratioToFastest, type Budget } from './bench-stats.ts';
import { CHROMIUM_ARGS, chromiumPath, mapIdle } from './chromium.ts';
import { serveFolders } from './static-server.ts';
import { errorMessage } from '../src/lib/error-message.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, runs: { type: 'string' }, sizes: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 5));
const SIZES = ['real', 'synthetic-10k', 'synthetic-100k'] as const;
type Size = (typeof SIZES)[number];
const sizes: readonly Size[] = values.sizes
  ? SIZES.filter((s) => values.sizes!.split(',').includes(s))
  : quick
    ? ['real', 'synthetic-10k']
    : SIZES;
const WAYS = ['setFilter', 'global-state', 'setData'] as const;
const VIEW = 'view=120,10,0.6';

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

// ---- bundle ---------------------------------------------------------------
function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}
function asset(dir: string, prefix: string, ext: string): string {
  const found = readdirSync(join(dir, 'assets')).find((f) => f.startsWith(prefix) && f.endsWith(ext));
  if (!found) throw new Error(`no ${prefix}*${ext} in ${dir}/assets`);
  return join(dir, 'assets', found);
}
/**
 * Sizes, gzip-compressed. `appScripts`: the JavaScript files the app's page fetched before its
 * first drawn map, as the page listed them (entry, chunks it imports at start, the explorer's chunk
 * it loads at once); MapLibre's worker is counted apart.
 */
function bundle(appScripts: readonly string[]) {
  const appJs = appScripts.reduce((sum, path) => sum + gz(join('dist', path)), 0);
  const baseJs = gz(asset('dist-bench', 'baseline-', '.js'));
  const worker = gz(asset('dist', 'maplibre-gl-worker-', '.mjs'));
  const require = createRequire(import.meta.url);
  const maplibre = gz(require.resolve('maplibre-gl/dist/maplibre-gl.mjs')) + gz(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'));
  return {
    app: { javascript: appJs + worker, main: appJs, worker, scripts: appScripts, basemap: gz(asset('dist', 'countries-50m-', '.json')), dataset: gz(asset('dist', 'initiatives-', '.geojson')) },
    baseline: { javascript: baseJs + worker, main: baseJs, worker },
    maplibreOwn: maplibre,
  };
}

// ---- page measurements ----------------------------------------------------
// tsx (esbuild) names functions with a __name helper that page.evaluate does not carry over: define it in the page.
const LONG_TASKS = `window.__name = (f) => f; window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;

/**
 * `motion: 'reduce'` for load and filter timings: the app's 200 ms fade and camera flights then become
 * cuts, so what is timed is the work of drawing the new set, as in the baseline, which has no transition.
 */
async function openPage(browser: Browser, url: string, motion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: motion });
  await page.addInitScript(LONG_TASKS);
  page.on('pageerror', (error) => log(`  [page error] ${error.message}`));
  await page.goto(url);
  return page;
}

async function loaded(page: Page): Promise<{ ms: number; longest: number }> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-first-drawn]') !== null, undefined, { timeout: 180_000, polling: 50 });
  return page.evaluate(() => {
    const ms = Number(document.querySelector<HTMLElement>('[data-first-drawn]')!.dataset['firstDrawn']);
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return { ms, longest: Math.max(0, ...tasks.filter((t) => t.start <= ms).map((t) => t.duration)) };
  });
}

/** The JavaScript files `page` fetched before its map was first drawn at `drawnAt` (ms), MapLibre's worker aside. */
async function scriptsFetchedBefore(page: Page, drawnAt: number): Promise<string[]> {
  const scripts = await page.evaluate(
    (drawn) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= drawn)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\.m?js$/.test(path) && !path.includes('maplibre-gl-worker-')),
    drawnAt,
  );
  if (scripts.length === 0) throw new Error('the app fetched no JavaScript before its first drawn map: the resource list is wrong');
  return scripts;
}

/** Runs `trigger` in the page and times it to the map's next idle; also the longest main-thread task meanwhile. */
async function timeToIdle(page: Page, trigger: string): Promise<{ ms: number; longest: number }> {
  return page.evaluate(async (code) => {
    const element = document.querySelector<HTMLElement>('[data-idle-count]')!;
    const before = Number(element.dataset['idleCount']);
    const start = performance.now();
    (new Function(code) as () => void)();
    await new Promise<void>((resolve) => {
      const check = () => (Number(element.dataset['idleCount']) > before ? resolve() : setTimeout(check, 5));
      check();
    });
    const ms = performance.now() - start;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return { ms, longest: Math.max(0, ...tasks.filter((t) => t.start >= start - 1).map((t) => t.duration)) };
  }, trigger);
}

const APP_FILTER = `document.querySelector('[data-facet="pillar"] input[data-value="2"]').click()`;

interface Sample {
  load: number[];
  loadLongest: number[];
  filter: number[];
  filterLongest: number[];
  /** App only: a facet change that also refits the camera (the map flies to the new set). */
  filterWithFit: number[];
  /** App only: a facet change with motion allowed, so with the fade of the features that come and go. */
  filterWithFade: number[];
}
const empty = (): Sample => ({ load: [], loadLongest: [], filter: [], filterLongest: [], filterWithFit: [], filterWithFade: [] });

/** A small drag on the map, as a user would: from then on a facet change leaves the camera where it is. */
async function userPan(page: Page): Promise<void> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('no map on the page');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 30, y + 10, { steps: 4 });
  await page.mouse.up();
  await mapIdle(page);
}

async function main(): Promise<void> {
  if (!values['no-build']) {
    log('building the app and the baseline…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
    execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  const server = await serveFolders({ '/': 'dist', '/bench/': 'dist-bench' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  const results: Record<string, unknown> = { date: new Date().toISOString(), quick, runs };
  let appScripts: string[] | undefined;
  const app: Record<Size, Sample> = Object.fromEntries(sizes.map((s) => [s, empty()])) as Record<Size, Sample>;
  const base: Record<Size, Record<(typeof WAYS)[number], Sample>> = Object.fromEntries(sizes.map((s) => [s, Object.fromEntries(WAYS.map((w) => [w, empty()]))])) as never;
  try {
    for (const size of sizes) {
      const data = size === 'real' ? '' : `&data=${size}`;
      const n = size === 'synthetic-100k' ? Math.max(1, Math.min(runs, 3)) : runs;
      for (let run = 0; run < n; run++) {
        log(`${size}: run ${run + 1}/${n}`);
        // A: the app (load, then a facet change on and off).
        {
          // `debug`: the app's instrumentation marks the first drawn map and counts its idle events (app/instrumentation.ts).
          const page = await openPage(browser, `${server.url}/?${VIEW}${data}&debug=1`, 'reduce');
          const load = await loaded(page);
          appScripts ??= await scriptsFetchedBefore(page, load.ms);
          app[size].load.push(load.ms);
          app[size].loadLongest.push(load.longest);
          await mapIdle(page);
          // First with the automatic refit (camera flight included), then as a user who has moved the map.
          for (let i = 0; i < 2; i++) app[size].filterWithFit.push((await timeToIdle(page, APP_FILTER)).ms);
          await userPan(page);
          for (let i = 0; i < 2; i++) {
            const filter = await timeToIdle(page, APP_FILTER);
            app[size].filter.push(filter.ms);
            app[size].filterLongest.push(filter.longest);
          }
          // As most people see it: with the fade of what arrives and leaves (small datasets only).
          await page.emulateMedia({ reducedMotion: 'no-preference' });
          for (let i = 0; i < 2; i++) app[size].filterWithFade.push((await timeToIdle(page, APP_FILTER)).ms);
          await page.close();
        }
        // B: the baseline, each raw way.
        {
          const page = await openPage(browser, `${server.url}/bench/baseline.html?${VIEW}${data}`, 'reduce');
          const load = await loaded(page);
          for (const way of WAYS) {
            const sample = base[size][way];
            if (way === 'setFilter') {
              sample.load.push(load.ms);
              sample.loadLongest.push(load.longest);
            }
            await timeToIdle(page, `window.bench.prepare(${JSON.stringify(way)})`);
            // Both directions, as the app's toggle: one focus area only, then everything again.
            for (const step of [`filter(${JSON.stringify(way)}, 2)`, `reset(${JSON.stringify(way)})`]) {
              const filter = await timeToIdle(page, `window.bench.${step}`);
              sample.filter.push(filter.ms);
              sample.filterLongest.push(filter.longest);
            }
          }
          await page.close();
        }
      }
    }
    if (!appScripts) throw new Error('no app page was loaded, so the JavaScript before first render is unknown');
    results['bundle'] = bundle(appScripts);
    results['load'] = Object.fromEntries(sizes.map((s) => [s, { app: summary(app[s].load), baseline: summary(base[s].setFilter.load), appLongestTask: Math.max(...app[s].loadLongest), baselineLongestTask: Math.max(...base[s].setFilter.loadLongest) }]));
    results['filter'] = Object.fromEntries(
      sizes.map((s) => [
        s,
        {
          app: summary(app[s].filter),
          appWithRefit: summary(app[s].filterWithFit),
          appWithFade: summary(app[s].filterWithFade),
          appLongestTask: Math.max(...app[s].filterLongest),
          baseline: Object.fromEntries(WAYS.map((w) => [w, { ...summary(base[s][w].filter), longestTask: Math.max(...base[s][w].filterLongest) }])),
        },
      ]),
    );

    results['animation'] = await animation(browser, server.url);
    results['memory'] = await memory(browser, server.url);
    results['export'] = await exportTime(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
  results['budgets'] = budgets(results, app, base);
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  print(results);
}

function summary(values: number[]): { median: number; p95: number; runs: number } {
  return { median: Math.round(median(values)), p95: Math.round(percentile(values, 95)), runs: values.length };
}

async function animation(browser: Browser, url: string) {
  const seconds = quick ? 3 : 8;
  const out: Record<string, ReturnType<typeof frameStats>> = {};
  for (const [name, query, drive] of [
    ['autoplay', 'tour=autoplay-pillar', 'play'],
    ['tour', 'tour=three-focus-areas', 'keys'],
  ] as const) {
    const page = await openPage(browser, `${url}/?${query}`);
    await page.waitForSelector('[data-testid="tour-player"]');
    await mapIdle(page);
    if (drive === 'play') {
      await page.selectOption('.speed select', '3000');
      await page.click('[data-testid="tour-play"]');
    }
    const timestamps = await page.evaluate(
      ({ ms, keys }) =>
        new Promise<number[]>((resolve) => {
          const stamps: number[] = [];
          const start = performance.now();
          let next = start + 1500;
          const frame = (now: number) => {
            stamps.push(now);
            if (keys && now > next) {
              window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
              next = now + 1500;
            }
            if (now - start < ms) requestAnimationFrame(frame);
            else resolve(stamps);
          };
          requestAnimationFrame(frame);
        }),
      { ms: seconds * 1000, keys: drive === 'keys' },
    );
    out[name] = frameStats(timestamps);
    await page.close();
  }
  return out;
}

async function memory(browser: Browser, url: string) {
  const cycles = quick ? 2 : 20;
  const page = await openPage(browser, `${url}/?tour=three-focus-areas`);
  await mapIdle(page);
  const heaps: number[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    log(`memory: tour cycle ${cycle + 1}/${cycles}`);
    heaps.push(
      await page.evaluate(async () => {
        const api = (window as unknown as { foipAtlas: { showStep(id: string, i: number): Promise<void> } }).foipAtlas;
        for (let i = 0; i < 4; i++) await api.showStep('three-focus-areas', i);
        (window as unknown as { gc?: () => void }).gc?.();
        await new Promise((r) => setTimeout(r, 200));
        return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
      }),
    );
  }
  const contexts = await page.evaluate(() => document.querySelectorAll('canvas.maplibregl-canvas').length);
  await page.close();
  const first = heaps[0] ?? Number.NaN;
  const last = heaps[heaps.length - 1] ?? Number.NaN;
  return { cycles, heapAfterFirst: first, heapAfterLast: last, growth: last / first - 1, webglContexts: contexts };
}

async function exportTime(browser: Browser, url: string) {
  const page = await openPage(browser, `${url}/?pillar=3`);
  await mapIdle(page);
  const times: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    times.push(
      await page.evaluate(async () => {
        const start = performance.now();
        await (window as unknown as { foipAtlas: { exportPng(w: number, h: number): Promise<string> } }).foipAtlas.exportPng(1920, 1080);
        return performance.now() - start;
      }),
    );
  }
  await page.close();
  return summary(times);
}

/**
 * The issue's budgets. Timed ratios are ratios of medians, as the issue defines them, each with a
 * 95 % bootstrap interval over the same runs (bench-stats.ts): a ratio whose interval holds its
 * limit is marked undecided, and more runs (`--runs`) are what settles it.
 */
function budgets(results: Record<string, unknown>, app: Record<Size, Sample>, base: Record<Size, Record<(typeof WAYS)[number], Sample>>): Budget[] {
  const r = results as {
    bundle: ReturnType<typeof bundle>;
    filter: Record<Size, { appLongestTask: number }>;
    memory: { growth: number; webglContexts: number };
  };
  const timed = (name: string, { ratio: measured, interval }: { ratio: number; interval: [number, number] }, limit: number) =>
    budget(name, round(measured), limit, '×', [round(interval[0]), round(interval[1])]);
  const out: Budget[] = [budget('JavaScript before first render (gzip)', r.bundle.app.javascript, r.bundle.maplibreOwn + 150 * 1024, 'bytes')];
  if (sizes.includes('real')) out.unshift(timed('load (real data), app ÷ baseline', ratioToFastest(app.real.load, [base.real.setFilter.load]), 1.3));
  for (const size of sizes) {
    const ways = WAYS.map((way) => base[size][way].filter);
    out.push(timed(`filter (${size}), app ÷ baseline's fastest way`, ratioToFastest(app[size].filter, ways), 1.2));
    // "Faster than setData" holds at every size, also where setData is the baseline's fastest way.
    out.push(timed(`filter (${size}), app ÷ baseline setData`, ratioToFastest(app[size].filter, [base[size].setData.filter]), 1));
    if (size === 'synthetic-100k') out.push(budget('longest main-thread task during a filter change at 100k', round(r.filter[size].appLongestTask), 100, 'ms'));
  }
  out.push(budget('heap growth over tour cycles', round(r.memory.growth), 0.1, '×'), budget('WebGL contexts alive', r.memory.webglContexts, 1, ''));
  return out;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function print(results: Record<string, unknown>): void {
  const r = results as Record<string, unknown>;
  console.log(`\nFOIP Atlas benchmark — ${quick ? 'quick' : `${runs} runs`} — medians in ms (SwiftShader: compare ratios)\n`);
  const b = r['bundle'] as unknown as ReturnType<typeof bundle>;
  console.log(`bundle (gzip): app JS ${kb(b.app.main)} + worker ${kb(b.app.worker)}; baseline JS ${kb(b.baseline.main)}; MapLibre's own ${kb(b.maplibreOwn)}; basemap ${kb(b.app.basemap)}; dataset ${kb(b.app.dataset)}`);
  const rows: string[][] = [['', 'app', 'app+refit', 'app+fade', 'base setFilter', 'base global-state', 'base setData', 'app longest task']];
  const load = r['load'] as unknown as Record<string, { app: { median: number }; baseline: { median: number }; appLongestTask: number }>;
  const filter = r['filter'] as unknown as Record<string, { app: { median: number }; appWithRefit: { median: number }; appWithFade: { median: number }; appLongestTask: number; baseline: Record<string, { median: number }> }>;
  for (const size of Object.keys(load)) {
    rows.push([`load ${size}`, String(load[size]!.app.median), '', '', String(load[size]!.baseline.median), '', '', String(Math.round(load[size]!.appLongestTask))]);
    const f = filter[size]!;
    rows.push([`filter ${size}`, String(f.app.median), String(f.appWithRefit.median), String(f.appWithFade.median), String(f.baseline['setFilter']!.median), String(f.baseline['global-state']!.median), String(f.baseline['setData']!.median), String(Math.round(f.appLongestTask))]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log(`animation: ${JSON.stringify(r['animation'])}`);
  console.log(`memory: ${JSON.stringify(r['memory'])}`);
  console.log(`export 1920×1080: ${JSON.stringify(r['export'])}`);
  console.log('\nbudgets:');
  for (const item of r['budgets'] as unknown as Budget[]) {
    const interval = item.interval
      ? ` [95 %: ${item.interval[0]}–${item.interval[1]}${item.undecided ? ', undecided: more runs needed' : ''}]`
      : item.tooFewRuns
        ? ` [no interval from fewer than ${MIN_BOOTSTRAP_RUNS} values each]`
        : '';
    console.log(`  ${item.pass ? 'PASS' : 'MISS'}  ${item.name}: ${item.measured}${interval} (budget ${item.limit}${item.unit ? ` ${item.unit}` : ''})`);
  }
  console.log('\nwrote bench-results.json');
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

main().catch((error: unknown) => {
  console.error(`bench: ${errorMessage(error)}`);
  process.exit(1);
});
