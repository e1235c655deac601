/** Statistics for the benchmark: medians, percentiles and budget checks. Pure. */

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
  readonly pass: boolean;
}

export function budget(name: string, measured: number, limit: number, unit: string): Budget {
  return { name, measured, limit, unit, pass: Number.isFinite(measured) && measured <= limit };
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
