/** The benchmark's table and verdicts on the terminal. */
import { MIN_BOOTSTRAP_RUNS, type Budget } from './stats.ts';
import type { bundle } from './measure.ts';

export function print(results: Record<string, unknown>, quick: boolean, runs: number): void {
  const r = results as Record<string, unknown>;
  console.log(`\nFOIP Atlas benchmark — ${quick ? 'quick' : `${runs} runs`} — medians in ms (SwiftShader: compare ratios)\n`);
  const b = r['bundle'] as unknown as ReturnType<typeof bundle>;
  console.log(
    `bundle (gzip): app JS ${kb(b.app.main)} + worker ${kb(b.app.worker)}; baseline JS ${kb(b.baseline.main)}; MapLibre's own ${kb(b.maplibreOwn)}; basemap ${kb(b.app.basemap)}; dataset ${kb(b.app.dataset)}`,
  );
  const rows: string[][] = [
    ['', 'app', 'app+refit', 'app+fade', 'base setFilter', 'base global-state', 'base setData', 'app longest task'],
  ];
  const load = r['load'] as unknown as Record<string, { app: { median: number }; baseline: { median: number }; appLongestTask: number }>;
  const filter = r['filter'] as unknown as Record<
    string,
    {
      app: { median: number };
      appWithRefit: { median: number };
      appWithFade: { median: number };
      appFirstFrame?: { median: number };
      appLongestTask: number;
      baseline: Record<string, { median: number; firstFrame?: { median: number } }>;
    }
  >;
  for (const size of Object.keys(load)) {
    rows.push([
      `load ${size}`,
      String(load[size]!.app.median),
      '',
      '',
      String(load[size]!.baseline.median),
      '',
      '',
      String(Math.round(load[size]!.appLongestTask)),
    ]);
    const f = filter[size]!;
    rows.push([
      `filter ${size}`,
      String(f.app.median),
      String(f.appWithRefit.median),
      String(f.appWithFade.median),
      String(f.baseline['setFilter']!.median),
      String(f.baseline['global-state']!.median),
      String(f.baseline['setData']!.median),
      String(Math.round(f.appLongestTask)),
    ]);
    if (f.appFirstFrame)
      rows.push([
        `first frame ${size}`,
        String(f.appFirstFrame.median),
        '',
        '',
        '',
        '',
        String(f.baseline['setData']!.firstFrame?.median ?? ''),
        '',
      ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log(`animation: ${JSON.stringify(r['animation'])}`);
  const same = samePicture(r);
  if (same.length > 0) {
    console.log(
      '\nwhere the time goes (real data): app ÷ bare MapLibre drawing the same picture (the app’s own cost), and that ÷ the circles baseline (the picture’s)',
    );
    for (const line of same) console.log(`  ${line}`);
  }
  const size = pictureSizes(r);
  if (size.length > 0) {
    console.log('\nthe picture’s size at load (real data):');
    for (const line of size) console.log(`  ${line}`);
  }
  console.log(`memory: ${JSON.stringify(r['memory'])}`);
  console.log(`export 1920×1080: ${JSON.stringify(r['export'])}`);
  if (r['userData']) console.log(`your data (100,000-row CSV): ${JSON.stringify(r['userData'])}`);
  console.log('\nbudgets:');
  for (const item of r['budgets'] as unknown as Budget[]) {
    const interval = item.interval
      ? ` [95 %: ${item.interval[0]}–${item.interval[1]}${item.undecided ? ', undecided: more runs needed' : ''}]`
      : item.tooFewRuns
        ? ` [no interval from fewer than ${MIN_BOOTSTRAP_RUNS} values each]`
        : '';
    console.log(
      `  ${item.pass ? 'PASS' : 'MISS'}  ${item.name}: ${item.measured}${interval} (budget ${item.limit}${item.unit ? ` ${item.unit}` : ''})`,
    );
  }
  console.log('\nwrote bench-results.json');
}

/**
 * The real data's figures against the same-picture floor (bench/pages/same-picture.ts): what is the app's own
 * work (app ÷ same picture) and what is the picture's (same picture ÷ the circles baseline).
 */
export function samePicture(r: Record<string, unknown>): string[] {
  const load = (
    r['load'] as Record<string, { app: { median: number }; baseline: { median: number }; samePicture?: { median: number } }> | undefined
  )?.['real'];
  const filter = (
    r['filter'] as
      | Record<
          string,
          {
            appFirstFrame?: { median: number };
            samePictureFirstFrame?: { median: number };
            baseline: Record<string, { firstFrame?: { median: number } }>;
          }
        >
      | undefined
  )?.['real'];
  const flight = (r['animation'] as { flight?: Record<string, { p95: number }> } | undefined)?.flight;
  const line = (name: string, app: number, same: number, base: number, unit: string) =>
    `${name}: app ${app}${unit}, same picture ${same}${unit}, baseline ${base}${unit} → app ÷ same picture ${ratio(app, same)}×, same picture ÷ baseline ${ratio(same, base)}×`;
  const out: string[] = [];
  if (load?.samePicture) out.push(line('load', load.app.median, load.samePicture.median, load.baseline.median, ' ms'));
  const baseFirst = filter?.baseline['setData']?.firstFrame;
  if (filter?.appFirstFrame && filter.samePictureFirstFrame && baseFirst)
    out.push(
      line('first frame showing the new set', filter.appFirstFrame.median, filter.samePictureFirstFrame.median, baseFirst.median, ' ms'),
    );
  // The app with the full picture in motion, like for like; then as it draws here (light in motion on a software renderer).
  const app = flight?.['appFull'] ?? flight?.['app'];
  if (flight?.['samePicture'] && app && flight['baseline'])
    out.push(line('flight frame-interval p95', app.p95, flight['samePicture'].p95, flight['baseline'].p95, ' ms'));
  if (flight?.['appFull'] && flight['app'] && flight['baseline'])
    out.push(
      `flight frame-interval p95 with the light picture in motion: app ${flight['app'].p95} ms → ÷ full picture ${ratio(flight['app'].p95, flight['appFull'].p95)}×, ÷ baseline ${ratio(flight['app'].p95, flight['baseline'].p95)}×`,
    );
  return out;
}

/** Sources, layers and shader programs of each page's picture, and the main thread's wait for the programs to link. */
export function pictureSizes(r: Record<string, unknown>): string[] {
  const picture = r['picture'] as Record<string, { sources: number; layers: number; programs: number; linkMs: number }> | undefined;
  if (!picture) return [];
  const names: Record<string, string> = { app: 'app', samePicture: 'same picture', baseline: 'circles baseline' };
  return Object.entries(picture).map(
    ([who, size]) =>
      `${names[who] ?? who}: ${size.sources} sources, ${size.layers} layers, ${size.programs} shader programs linked, ${size.linkMs} ms waiting for them`,
  );
}

function ratio(a: number, b: number): string {
  return (a / b).toFixed(2);
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}
