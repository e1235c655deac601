/** The performance issues' budgets, as verdicts over the measured runs (stats.ts computes ratios and intervals). */
import { budget, ratioToFastest, type Budget } from './stats.ts';
import type { UserDataFigures } from './user-data.ts';
import { WAYS, type bundle, type FrameFigures, type Sample, type Size, type Way } from './measure.ts';

/**
 * The budgets. Timed ratios are ratios of medians, each with a 95 % bootstrap interval over the same
 * runs (stats.ts): a ratio whose interval holds its limit is marked undecided, and more runs
 * (`--runs`) are what settles it. The real data's timed budgets take two floors (decided in the
 * performance issue): the app's own cost against bare MapLibre drawing the app's own picture
 * (`same`), and the picture's own cost against bare MapLibre's circles (`base`). A flight's figure is
 * the median of its runs' frame-interval p95s.
 */
export function budgets(
  results: Record<string, unknown>,
  app: Record<Size, Sample>,
  base: Record<Size, Record<Way, Sample>>,
  same: Sample,
  sizes: readonly Size[],
): Budget[] {
  const r = results as {
    bundle: ReturnType<typeof bundle>;
    filter: Record<Size, { appLongestTask: number }>;
    load: Record<Size, { appLongestTask: number; baselineLongestTask: number }>;
    memory: { growth: number; webglContexts: number };
    animation: { flight: { app: FrameFigures; appFull: FrameFigures; baseline: FrameFigures; samePicture?: FrameFigures } };
    userData?: UserDataFigures;
  };
  const timed = (name: string, { ratio: measured, interval }: { ratio: number; interval: [number, number] }, limit: number) =>
    budget(name, round(measured), limit, '×', [round(interval[0]), round(interval[1])]);
  const out: Budget[] = [];
  const flight = r.animation.flight;
  if (sizes.includes('real')) {
    const circles = base.real.setData;
    out.push(
      timed('load (real data), app ÷ same picture', ratioToFastest(app.real.load, [same.load]), 1.3),
      timed('first frame showing a new set (real), app ÷ same picture', ratioToFastest(app.real.firstFrame, [same.firstFrame]), 1.2),
    );
    if (flight.samePicture)
      out.push(
        timed(
          // Like for like: the app with the full picture in motion (?render=full), as the same picture draws it.
          'camera flight frame-interval p95, app (full picture) ÷ same picture',
          ratioToFastest(flight.appFull.runP95s, [flight.samePicture.runP95s]),
          1.2,
        ),
      );
    // The picture's own cost: what people wait for is the whole picture, not only the app's overhead.
    out.push(timed('load (real data), same picture ÷ circles', ratioToFastest(same.load, [base.real.setFilter.load]), 1.3));
    if (flight.samePicture)
      out.push(
        timed(
          'camera flight frame-interval p95, same picture ÷ circles',
          ratioToFastest(flight.samePicture.runP95s, [flight.baseline.runP95s]),
          1.3,
        ),
      );
    out.push(
      timed('first frame showing a new set (real), app ÷ circles setData', ratioToFastest(app.real.firstFrame, [circles.firstFrame]), 1.5),
    );
  }
  // The light mode's target: the app's flight as it draws on this machine, as smooth as bare MapLibre's circles.
  out.push(
    timed(
      'camera flight frame-interval p95, app (light in motion) ÷ circles',
      ratioToFastest(flight.app.runP95s, [flight.baseline.runP95s]),
      1,
    ),
  );
  out.push(budget('JavaScript before first render (gzip)', r.bundle.app.javascript, r.bundle.maplibreOwn + 150 * 1024, 'bytes'));
  for (const size of sizes) {
    if (size === 'real') continue;
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
  // Your data beside ours: a 100,000-row CSV opened "within a few seconds, with no main-thread task over 100 ms", and the
  // explorer's own figures no worse while it is shown (bench/user-data.ts).
  const user = r.userData;
  if (user) {
    out.push(
      budget('your 100,000-row CSV, file chosen to drawn', user.read.median + user.draw.median, 5000, 'ms'),
      budget('your 100,000-row CSV, longest main-thread task reading it', user.read.longestTask, 100, 'ms'),
      budget('your 100,000-row CSV, longest main-thread task from "add" to drawn', user.draw.longestTask, 100, 'ms'),
      budget('your 100,000-row CSV, longest main-thread task colouring it by a column', user.recolour.longestTask, 100, 'ms'),
      budget(
        'filter with your 100,000 rows shown ÷ without (same page)',
        round(user.filterWith.median / user.filterWithout.median),
        1.2,
        '×',
      ),
    );
  }
  out.push(
    budget('heap growth over tour cycles', round(r.memory.growth), 0.1, '×'),
    budget('WebGL contexts alive', r.memory.webglContexts, 1, ''),
  );
  return out;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
