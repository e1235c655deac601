/**
 * `npm run bench [-- --quick]`: FOIP Atlas against a bare MapLibre page (bench/pages/baseline.html)
 * drawing the same basemap and data, in headless Chromium, alternating app and baseline
 * run by run. Prints a table and writes bench-results.json. Times on this machine are CPU
 * (SwiftShader) rendering: compare the ratios, not the absolute numbers.
 * --quick: one run of each on the real data and 10k, short animation and memory runs,
 * to prove the harness works (CI); no budget is enforced either way.
 * This file runs the pages in turn; measure.ts measures, budgets.ts gives the
 * verdicts, print.ts prints.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { budgets } from './budgets.ts';
import {
  animation,
  flight,
  APP_FILTER,
  APP_FRAMES,
  BASELINE_FRAMES,
  timeToFirstFrame,
  bundle,
  empty,
  exportTime,
  loaded,
  log,
  memory,
  openPage,
  scriptsFetchedBefore,
  SIZES,
  summary,
  timeToIdle,
  userPan,
  WAYS,
  medianSize,
  pictureSize,
  type PictureSize,
  type Sample,
  type Size,
} from './measure.ts';
import { print } from './print.ts';
import { userData } from './user-data.ts';
import { dumpPicture } from './dump-picture.ts';
import { launchBrowser, mapIdle } from '../scripts/chromium.ts';
import { serveFolders } from '../scripts/static-server.ts';
import { errorMessage } from '../src/lib/error-message.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    /**
     * `user-data`: only the user's 100,000-row file (bench/user-data.ts); `bundle`: only the JavaScript
     * before first render, with its budget. Printed and not written.
     */
    only: { type: 'string' },
  },
});
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 5));
const sizes: readonly Size[] = values.sizes
  ? SIZES.filter((s) => values.sizes!.split(',').includes(s))
  : quick
    ? ['real', 'synthetic-10k']
    : SIZES;
const VIEW = 'view=120,10,0.6';

async function main(): Promise<void> {
  if (!values['no-build']) {
    log('building the app and the baseline…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
    execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  const server = await serveFolders({ '/': 'dist', '/bench/': 'dist-bench' });
  const browser = await launchBrowser({ args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  const results: Record<string, unknown> = { date: new Date().toISOString(), quick, runs };
  if (values.only === 'user-data') {
    try {
      console.log(JSON.stringify(await userData(browser, server.url, quick), null, 2));
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  if (values.only === 'bundle') {
    try {
      const page = await openPage(browser, `${server.url}/?${VIEW}&debug=1`, 'reduce');
      const sizes = bundle(await scriptsFetchedBefore(page, (await loaded(page)).ms));
      const budget = sizes.maplibreOwn + 150 * 1024;
      console.log(JSON.stringify({ ...sizes.app, budget, verdict: sizes.app.javascript <= budget ? 'PASS' : 'MISS' }, null, 2));
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  let appScripts: string[] | undefined;
  const app: Record<Size, Sample> = Object.fromEntries(sizes.map((s) => [s, empty()])) as Record<Size, Sample>;
  const base: Record<Size, Record<(typeof WAYS)[number], Sample>> = Object.fromEntries(
    sizes.map((s) => [s, Object.fromEntries(WAYS.map((w) => [w, empty()]))]),
  ) as never;
  // The real data's second floor: bare MapLibre drawing the app's own picture (bench/pages/same-picture.ts).
  const same = empty();
  // What each page's picture holds at the real data's load.
  const sizesOf: Record<'app' | 'samePicture' | 'baseline', PictureSize[]> = { app: [], samePicture: [], baseline: [] };
  try {
    const picture = sizes.includes('real') ? await dumpPicture(browser, server.url, VIEW, 'dist-bench/same-picture.json') : null;
    for (const size of sizes) {
      const data = size === 'real' ? '' : `&data=${size}`;
      const n = size === 'synthetic-100k' ? Math.max(1, Math.min(runs, 3)) : runs;
      for (let run = 0; run < n; run++) {
        log(`${size}: run ${run + 1}/${n}`);
        // A: the app (load, then a facet change on and off).
        {
          // `debug`: the app's instrumentation marks the first drawn map and counts its idle events (src/map/owner/instrumentation.ts).
          const page = await openPage(browser, `${server.url}/?${VIEW}${data}&debug=1`, 'reduce');
          const load = await loaded(page);
          appScripts ??= await scriptsFetchedBefore(page, load.ms);
          app[size].load.push(load.ms);
          app[size].loadLongest.push(load.longest);
          await mapIdle(page);
          if (size === 'real') sizesOf.app.push(await pictureSize(page, 'app'));
          // First with the automatic refit (camera flight included), then as a user who has moved the map.
          for (let i = 0; i < 2; i++) app[size].filterWithFit.push((await timeToIdle(page, APP_FILTER)).ms);
          await userPan(page);
          for (let i = 0; i < 2; i++) {
            const filter = await timeToIdle(page, APP_FILTER);
            app[size].filter.push(filter.ms);
            app[size].filterLongest.push(filter.longest);
          }
          // The real data's budget: to the first frame showing the new set, both directions.
          if (size === 'real') {
            await page.evaluate(APP_FRAMES);
            for (let i = 0; i < 2; i++) app[size].firstFrame.push(await timeToFirstFrame(page, APP_FILTER));
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
          if (size === 'real') sizesOf.baseline.push(await pictureSize(page, 'bench'));
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
            if (size === 'real' && way === 'setData') {
              await page.evaluate(BASELINE_FRAMES);
              for (const step of [`filter('setData', 2)`, `reset('setData')`])
                sample.firstFrame.push(await timeToFirstFrame(page, `window.bench.${step}`));
            }
          }
          await page.close();
        }
        // C: bare MapLibre drawing the app's picture, at the app's map size (real data only).
        if (picture) {
          const page = await openPage(
            browser,
            `${server.url}/bench/same-picture.html?style=same-picture.json&width=${picture.width}&height=${picture.height}&${VIEW}`,
            'reduce',
          );
          same.load.push((await loaded(page)).ms);
          sizesOf.samePicture.push(await pictureSize(page, 'bench'));
          await page.evaluate(BASELINE_FRAMES);
          for (const step of ['filter()', 'reset()']) same.firstFrame.push(await timeToFirstFrame(page, `window.bench.${step}`));
          await page.close();
        }
      }
    }
    if (!appScripts) throw new Error('no app page was loaded, so the JavaScript before first render is unknown');
    results['bundle'] = bundle(appScripts);
    if (sizes.includes('real')) {
      results['picture'] = {
        app: medianSize(sizesOf.app),
        samePicture: medianSize(sizesOf.samePicture),
        baseline: medianSize(sizesOf.baseline),
      };
    }
    results['load'] = Object.fromEntries(
      sizes.map((s) => [
        s,
        {
          app: summary(app[s].load),
          baseline: summary(base[s].setFilter.load),
          ...(s === 'real' ? { samePicture: summary(same.load) } : {}),
          appLongestTask: Math.max(...app[s].loadLongest),
          baselineLongestTask: Math.max(...base[s].setFilter.loadLongest),
        },
      ]),
    );
    results['filter'] = Object.fromEntries(
      sizes.map((s) => [
        s,
        {
          app: summary(app[s].filter),
          appWithRefit: summary(app[s].filterWithFit),
          appWithFade: summary(app[s].filterWithFade),
          appLongestTask: Math.max(...app[s].filterLongest),
          ...(s === 'real' ? { appFirstFrame: summary(app[s].firstFrame), samePictureFirstFrame: summary(same.firstFrame) } : {}),
          baseline: Object.fromEntries(
            WAYS.map((w) => [
              w,
              {
                ...summary(base[s][w].filter),
                longestTask: Math.max(...base[s][w].filterLongest),
                ...(s === 'real' && w === 'setData' ? { firstFrame: summary(base[s][w].firstFrame) } : {}),
              },
            ]),
          ),
        },
      ]),
    );

    results['animation'] = {
      ...(await animation(browser, server.url, quick)),
      flight: await flight(browser, server.url, quick ? 1 : runs, picture !== null),
    };
    results['memory'] = await memory(browser, server.url, quick);
    results['export'] = await exportTime(browser, server.url, quick);
    results['userData'] = await userData(browser, server.url, quick);
  } finally {
    await browser.close();
    await server.close();
  }
  results['budgets'] = budgets(results, app, base, same, sizes);
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  print(results, quick, runs);
}

main().catch((error: unknown) => {
  console.error(`bench: ${errorMessage(error)}`);
  process.exit(1);
});
