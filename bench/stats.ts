/** Statistics for the benchmark: medians, percentiles, bootstrap intervals and budget checks. Pure. */
import { seededRandom } from '../src/data/synthetic.ts';

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0–100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export interface Budget {
  readonly name: string;
  readonly measured: number;
  readonly limit: number;
  readonly unit: string;
  /** The verdict, from `measured` alone. */
  readonly pass: boolean;
  /** Where timed: a 95 % bootstrap interval of `measured`. */
  readonly interval?: readonly [number, number];
  /** True when that interval holds the limit: these runs cannot tell a pass from a miss. */
  readonly undecided?: boolean;
  /** Timed, but from too few runs for an interval (see bootstrapInterval). */
  readonly tooFewRuns?: boolean;
}

export function budget(name: string, measured: number, limit: number, unit: string, interval?: readonly [number, number]): Budget {
  const pass = Number.isFinite(measured) && measured <= limit;
  if (!interval) return { name, measured, limit, unit, pass };
  if (!interval.every(Number.isFinite)) return { name, measured, limit, unit, pass, tooFewRuns: true };
  return { name, measured, limit, unit, pass, interval, undecided: interval[0] <= limit && limit < interval[1] };
}

/**
 * A percentile bootstrap interval (95 % by default) of `statistic` over `samples`: each sample is
 * resampled with replacement, independently, `iterations` times from `seed`, so the same runs
 * always give the same interval. Timings on this machine swing by a factor of two from run to run;
 * the interval says whether a ratio of medians is told apart from its budget by the runs taken.
 * NaN when any sample has fewer than MIN_BOOTSTRAP_RUNS values: resampling one or two values would
 * give an interval as narrow as the values are few, which reads as certainty.
 */
export function bootstrapInterval(
  samples: readonly (readonly number[])[],
  statistic: (resampled: readonly number[][]) => number,
  { iterations = 2000, seed = 1, level = 0.95 }: { iterations?: number; seed?: number; level?: number } = {},
): [number, number] {
  if (samples.some((sample) => sample.length < MIN_BOOTSTRAP_RUNS)) return [Number.NaN, Number.NaN];
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let i = 0; i < iterations; i++) {
    values.push(statistic(samples.map((sample) => sample.map(() => sample[Math.floor(random() * sample.length)]!))));
  }
  const tail = ((1 - level) / 2) * 100;
  return [percentile(values, tail), percentile(values, 100 - tail)];
}

/** The fewest values per sample from which bootstrapInterval gives an interval. */
export const MIN_BOOTSTRAP_RUNS = 4;

/** `app`'s median over the smallest median among `baselines` (one baseline: a plain ratio of medians), and its bootstrap interval. */
export function ratioToFastest(
  app: readonly number[],
  baselines: readonly (readonly number[])[],
): { ratio: number; interval: [number, number] } {
  const ratio = ([first, ...rest]: readonly (readonly number[])[]) =>
    median(first ?? []) / Math.min(...rest.map((values) => median(values)));
  return { ratio: ratio([app, ...baselines]), interval: bootstrapInterval([app, ...baselines], ratio) };
}

/** Frame intervals (ms) from animation-frame timestamps: median, p95 and the share over one 60 Hz frame. */
export function frameStats(timestamps: readonly number[]): { median: number; p95: number; over16: number; frames: number } {
  const intervals = timestamps.slice(1).map((t, i) => t - timestamps[i]!);
  return {
    median: median(intervals),
    p95: percentile(intervals, 95),
    over16: intervals.length ? intervals.filter((d) => d > 16.7).length / intervals.length : Number.NaN,
    frames: intervals.length,
  };
}
