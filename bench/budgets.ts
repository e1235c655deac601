/** The performance issue's budgets, as verdicts over the measured runs (stats.ts computes ratios and intervals). */
import { budget, ratioToFastest, type Budget } from './stats.ts';
import { WAYS, type bundle, type Sample, type Size, type Way } from './measure.ts';

/**
 * The budgets. Timed ratios are ratios of medians, as the issue defines them, each with a
 * 95 % bootstrap interval over the same runs (stats.ts): a ratio whose interval holds its
 * limit is marked undecided, and more runs (`--runs`) are what settles it.
 */
export function budgets(
  results: Record<string, unknown>,
  app: Record<Size, Sample>,
  base: Record<Size, Record<Way, Sample>>,
  sizes: readonly Size[],
): Budget[] {
  const r = results as {
    bundle: ReturnType<typeof bundle>;
    filter: Record<Size, { appLongestTask: number }>;
    load: Record<Size, { appLongestTask: number; baselineLongestTask: number }>;
    memory: { growth: number; webglContexts: number };
    animation: { flight: { app: { p95: number }; baseline: { p95: number } } };
  };
  const timed = (name: string, { ratio: measured, interval }: { ratio: number; interval: [number, number] }, limit: number) =>
    budget(name, round(measured), limit, '×', [round(interval[0]), round(interval[1])]);
  const out: Budget[] = [
    budget('JavaScript before first render (gzip)', r.bundle.app.javascript, r.bundle.maplibreOwn + 150 * 1024, 'bytes'),
  ];
  if (sizes.includes('real'))
    out.unshift(timed('load (real data), app ÷ baseline', ratioToFastest(app.real.load, [base.real.setFilter.load]), 1.3));
  for (const size of sizes) {
    if (size === 'real') {
      // At the real size the budget is the first frame showing the new set (time to idle is in the table, as information):
      // counted badges are symbols, which MapLibre places again one frame after a change.
      out.push(
        timed(
          'filter (real), first frame showing the new set, app ÷ baseline setData',
          ratioToFastest(app.real.firstFrame, [base.real.setData.firstFrame]),
          1.2,
        ),
      );
      continue;
    }
    const ways = WAYS.map((way) => base[size][way].filter);
    out.push(timed(`filter (${size}), app ÷ baseline's fastest way`, ratioToFastest(app[size].filter, ways), 1.2));
    // "Faster than setData" holds at every size, also where setData is the baseline's fastest way.
    out.push(timed(`filter (${size}), app ÷ baseline setData`, ratioToFastest(app[size].filter, [base[size].setData.filter]), 1));
    if (size === 'synthetic-100k') {
      out.push(budget('longest main-thread task during a filter change at 100k', round(r.filter[size].appLongestTask), 100, 'ms'));
      out.push(
        budget(
          'longest main-thread task during load at 100k, app ÷ baseline',
          round(r.load[size].appLongestTask / r.load[size].baselineLongestTask),
          1.2,
          '×',
        ),
      );
    }
  }
  // Pooled frame intervals over all flights: one ratio of p95s, with no interval of its own.
  out.push(
    budget(
      'camera flight frame-interval p95, app ÷ baseline',
      round(r.animation.flight.app.p95 / r.animation.flight.baseline.p95),
      1.2,
      '×',
    ),
  );
  out.push(
    budget('heap growth over tour cycles', round(r.memory.growth), 0.1, '×'),
    budget('WebGL contexts alive', r.memory.webglContexts, 1, ''),
  );
  return out;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
