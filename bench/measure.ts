/**
 * What the benchmark measures, in the page: load to the first drawn map, a change to the next idle
 * map, frame intervals during autoplay and a tour, heap over tour cycles, export time, and the
 * bundle's sizes. No verdicts here (budgets.ts) and no printing (print.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { frameStats, median, percentile } from './stats.ts';
import { mapIdle } from '../scripts/chromium.ts';

export const SIZES = ['real', 'synthetic-10k', 'synthetic-100k'] as const;
export type Size = (typeof SIZES)[number];
/** The baseline's raw ways of filtering (bench/pages/baseline.ts). */
export const WAYS = ['setFilter', 'global-state', 'setData'] as const;
export type Way = (typeof WAYS)[number];

export function log(message: string): void {
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
export function bundle(appScripts: readonly string[]) {
  const appJs = appScripts.reduce((sum, path) => sum + gz(join('dist', path)), 0);
  const baseJs = gz(asset('dist-bench', 'baseline-', '.js'));
  const worker = gz(asset('dist', 'maplibre-gl-worker-', '.mjs'));
  const require = createRequire(import.meta.url);
  const maplibre = gz(require.resolve('maplibre-gl/dist/maplibre-gl.mjs')) + gz(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'));
  return {
    app: {
      javascript: appJs + worker,
      main: appJs,
      worker,
      scripts: appScripts,
      basemap: ['countries-', 'borders-'].reduce(
        (sum, name) => sum + gz(asset('dist', name, '.geojson')),
        gz(asset('dist', 'labels-', '.json')),
      ),
      dataset: gz(asset('dist', 'initiatives-', '.geojson')),
    },
    baseline: { javascript: baseJs + worker, main: baseJs, worker },
    maplibreOwn: maplibre,
  };
}

// ---- page measurements ----------------------------------------------------
// tsx (esbuild) names functions with a __name helper that page.evaluate does not carry over: define it in the page.
const LONG_TASKS = `window.__name = (f) => f; window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;
/**
 * Shader programs, in every page: how many the page links, and how long it waits for them. Chromium
 * links in the GPU process and the page blocks at the first question about a program (MapLibre asks
 * for its LINK_STATUS), so that wait is what linking costs the main thread.
 */
const SHADER_PROGRAMS = `window.__gl = { programs: 0, linkMs: 0 }; (() => {
  const proto = WebGL2RenderingContext.prototype;
  const link = proto.linkProgram;
  proto.linkProgram = function (program) { window.__gl.programs++; return link.call(this, program); };
  const ask = proto.getProgramParameter;
  proto.getProgramParameter = function (program, name) {
    if (name !== this.LINK_STATUS) return ask.call(this, program, name);
    const start = performance.now();
    try { return ask.call(this, program, name); } finally { window.__gl.linkMs += performance.now() - start; }
  };
})();`;

/**
 * `motion: 'reduce'` for load and filter timings: the app's 200 ms fade and camera flights then become
 * cuts, so what is timed is the work of drawing the new set, as in the baseline, which has no transition.
 */
export async function openPage(browser: Browser, url: string, motion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: motion });
  await page.addInitScript(LONG_TASKS);
  await page.addInitScript(SHADER_PROGRAMS);
  page.on('pageerror', (error) => log(`  [page error] ${error.message}`));
  await page.goto(url);
  return page;
}

/** The size of what a page draws, once loaded: its style's sources and layers, the shader programs linked and the main thread's wait for them. */
export interface PictureSize {
  readonly sources: number;
  readonly layers: number;
  readonly programs: number;
  readonly linkMs: number;
}

/** `map`: how to reach the page's map (the app's instrumentation, or a floor page's `bench.map`). */
export async function pictureSize(page: Page, map: 'app' | 'bench'): Promise<PictureSize> {
  return page.evaluate((which) => {
    const live = which === 'app' ? window.foipMap! : (window as unknown as { bench: { map: import('maplibre-gl').Map } }).bench.map;
    const style = live.getStyle();
    const gl = (window as unknown as { __gl: { programs: number; linkMs: number } }).__gl;
    return {
      sources: Object.keys(style.sources).length,
      layers: style.layers.length,
      programs: gl.programs,
      linkMs: Math.round(gl.linkMs),
    };
  }, map);
}

/** The median of each figure over the runs. */
export function medianSize(sizes: readonly PictureSize[]): PictureSize {
  const of = (key: keyof PictureSize) => median(sizes.map((size) => size[key]));
  return { sources: of('sources'), layers: of('layers'), programs: of('programs'), linkMs: of('linkMs') };
}

export async function loaded(page: Page): Promise<{ ms: number; longest: number }> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-first-drawn]') !== null, undefined, {
    timeout: 180_000,
    polling: 50,
  });
  return page.evaluate(() => {
    const ms = Number(document.querySelector<HTMLElement>('[data-first-drawn]')!.dataset['firstDrawn']);
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return { ms, longest: Math.max(0, ...tasks.filter((t) => t.start <= ms).map((t) => t.duration)) };
  });
}

/** The JavaScript files `page` fetched before its map was first drawn at `drawnAt` (ms), MapLibre's worker aside. */
export async function scriptsFetchedBefore(page: Page, drawnAt: number): Promise<string[]> {
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
export async function timeToIdle(page: Page, trigger: string): Promise<{ ms: number; longest: number }> {
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

/**
 * Runs `trigger` and times it to the first frame that shows the new set. Every frame after the
 * trigger (MapLibre's `render` event, fired once the frame is drawn) is stamped and the initiatives
 * it draws are listed with `queryRenderedFeatures`; once the map is idle again, the answer is the
 * first frame whose list equals the list at idle, the set the change settles on. It is exact: a
 * frame counts only when every initiative of the new set is drawn and none of the old one is left
 * (placed symbols included, as the query reads MapLibre's placement). The listing costs each frame
 * the same query in the app and in the baseline. `page` names its map and lister in `window.__frames`.
 */
export async function timeToFirstFrame(page: Page, trigger: string): Promise<number> {
  return page.evaluate(async (code) => {
    type Lister = {
      map: { on(e: string, f: () => void): void; off(e: string, f: () => void): void; once(e: string, f: () => void): void };
      ids(): string[];
    };
    const { map, ids } = (window as unknown as { __frames: () => Lister }).__frames();
    const frames: { at: number; ids: string }[] = [];
    const onRender = () => frames.push({ at: performance.now(), ids: ids().sort().join(',') });
    const start = performance.now();
    map.on('render', onRender);
    (new Function(code) as () => void)();
    // The idle that follows the change: the first `idle` once a frame has been drawn after the trigger.
    await new Promise<void>((resolve) => {
      const check = () => (frames.length > 0 ? resolve() : map.once('idle', check));
      map.once('idle', check);
    });
    map.off('render', onRender);
    const settled = ids().sort().join(',');
    const first = frames.find((frame) => frame.ids === settled);
    if (!first) throw new Error('no frame showed the set the map settled on');
    return first.at - start;
  }, trigger);
}

/** The app's map and lister for timeToFirstFrame (the instrumentation's, with ?debug). */
export const APP_FRAMES = `window.__frames = () => ({ map: window.foipMap, ids: () => window.foipDebug.renderedIds() })`;
/** The baseline's. */
export const BASELINE_FRAMES = `window.__frames = () => ({ map: window.bench.map, ids: () => window.bench.renderedIds() })`;

export const APP_FILTER = `document.querySelector('[data-facet="pillar"] input[data-value="2"]').click()`;

export interface Sample {
  load: number[];
  loadLongest: number[];
  filter: number[];
  filterLongest: number[];
  /** App only: a facet change that also refits the camera (the map flies to the new set). */
  filterWithFit: number[];
  /** App only: a facet change with motion allowed, so with the fade of the features that come and go. */
  filterWithFade: number[];
  /** The real data only: a facet change to the first frame showing the new set. */
  firstFrame: number[];
}
export const empty = (): Sample => ({
  load: [],
  loadLongest: [],
  filter: [],
  filterLongest: [],
  filterWithFit: [],
  filterWithFade: [],
  firstFrame: [],
});

/** A small drag on the map, as a user would: from then on a facet change leaves the camera where it is. */
export async function userPan(page: Page): Promise<void> {
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

export function summary(values: number[]): { median: number; p95: number; runs: number } {
  return { median: Math.round(median(values)), p95: Math.round(percentile(values, 95)), runs: values.length };
}

export async function animation(browser: Browser, url: string, quick: boolean) {
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

/** Frame intervals in ms: median, p95, the share over 16.7 ms, and how many. */
export interface FrameFigures {
  readonly median: number;
  readonly p95: number;
  readonly over16: number;
  readonly frames: number;
  /** Each flight's own p95. */
  readonly runP95s: readonly number[];
}

/** The camera flight both pages fly: from the opening view to Palau, as a tour step or a host page's fly-to does. */
export const FLIGHT = { from: 'view=120,10,0.6', to: { lng: 134.5, lat: 7.4, zoom: 6 } } as const;

/**
 * Frame intervals during one camera flight, the app's against bare MapLibre's: the app is asked through
 * its own path (a host page's `foip:fly-to` message, which a tour step's camera also takes), the baseline
 * calls `flyTo` with the app's duration. Timestamps are every animation frame from `movestart` to `moveend`.
 * With `samePicture` (dist-bench/same-picture.json written), bare MapLibre drawing the app's picture flies too.
 * The app flies twice: as it draws on this machine (`app`: its light mode in motion where WebGL runs on the
 * CPU), and with the full picture in motion too (`appFull`, `?render=full`), like for like with the same picture.
 */
export async function flight(
  browser: Browser,
  url: string,
  runs: number,
  samePicture: boolean,
): Promise<{ app: FrameFigures; appFull: FrameFigures; baseline: FrameFigures; samePicture?: FrameFigures }> {
  const stamps = { app: [] as number[][], appFull: [] as number[][], baseline: [] as number[][], samePicture: [] as number[][] };
  const pages = {
    app: `${url}/?${FLIGHT.from}&embed=1&debug=1`,
    appFull: `${url}/?${FLIGHT.from}&embed=1&debug=1&render=full`,
    baseline: `${url}/bench/baseline.html?${FLIGHT.from}`,
    samePicture: `${url}/bench/same-picture.html?style=same-picture.json&${FLIGHT.from}`,
  };
  for (let run = 0; run < runs; run++) {
    for (const who of samePicture ? (['app', 'appFull', 'baseline', 'samePicture'] as const) : (['app', 'appFull', 'baseline'] as const)) {
      const page = await openPage(browser, pages[who]);
      const app = who === 'app' || who === 'appFull';
      if (app) await mapIdle(page);
      else
        await page.waitForFunction(
          () => 'bench' in window && document.querySelector<HTMLElement>('[data-first-drawn]') !== null,
          undefined,
          { timeout: 60_000 },
        );
      stamps[who].push(
        await page.evaluate(
          ({ app: side, to }) =>
            new Promise<number[]>((resolve) => {
              const map = side ? window.foipMap! : (window as unknown as { bench: { map: import('maplibre-gl').Map } }).bench.map;
              const times: number[] = [];
              let flying = false;
              const frame = (now: number) => {
                if (flying) times.push(now);
                requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
              map.once('movestart', () => (flying = true));
              map.once('moveend', () => {
                flying = false;
                resolve(times);
              });
              if (side) window.postMessage({ type: 'foip:fly-to', ...to }, window.location.origin);
              else map.flyTo({ center: [to.lng, to.lat], zoom: to.zoom, duration: 1200 });
            }),
          { app, to: FLIGHT.to },
        ),
      );
      await page.close();
    }
  }
  // Intervals within each flight, pooled over the runs; and each run's own p95, for the budgets' intervals.
  const intervalsOf = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);
  const pooled = (list: number[][]) => {
    const intervals = list.flatMap(intervalsOf);
    return {
      median: Math.round(median(intervals) * 10) / 10,
      p95: Math.round(percentile(intervals, 95) * 10) / 10,
      over16: intervals.length ? Math.round((intervals.filter((d) => d > 16.7).length / intervals.length) * 100) / 100 : Number.NaN,
      frames: intervals.length,
      runP95s: list.map((times) => Math.round(percentile(intervalsOf(times), 95) * 10) / 10),
    };
  };
  return {
    app: pooled(stamps.app),
    appFull: pooled(stamps.appFull),
    baseline: pooled(stamps.baseline),
    ...(samePicture ? { samePicture: pooled(stamps.samePicture) } : {}),
  };
}

export async function memory(browser: Browser, url: string, quick: boolean) {
  const cycles = quick ? 2 : 20;
  const page = await openPage(browser, `${url}/?tour=three-focus-areas`);
  await mapIdle(page);
  const heaps: number[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    log(`memory: tour cycle ${cycle + 1}/${cycles}`);
    heaps.push(
      await page.evaluate(async () => {
        const api = window.foipAtlas!;
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

export async function exportTime(browser: Browser, url: string, quick: boolean) {
  const page = await openPage(browser, `${url}/?pillar=3`);
  await mapIdle(page);
  const times: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    times.push(
      await page.evaluate(async () => {
        const start = performance.now();
        await window.foipAtlas!.exportPng(1920, 1080);
        return performance.now() - start;
      }),
    );
  }
  await page.close();
  return summary(times);
}
