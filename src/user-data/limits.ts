/**
 * The largest file and the most features a user's layer may have: beyond them the browser would
 * stall or run out of memory, so the file is refused with the limit named, never half read.
 */
import type { ReadError } from './types';

export const LIMITS = {
  /** 100 MB (100 × 1024 × 1024 bytes), the file as opened, before decoding. */
  bytes: 100 * 1024 * 1024,
  /** Rows of a table or features of a feature file. */
  features: 500_000,
} as const;

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

/** Null when the file is small enough; otherwise the error that names the limit. */
export function checkFileSize(bytes: number, limit: number = LIMITS.bytes): ReadError | null {
  if (bytes <= limit) return null;
  const size = megabytes(bytes);
  const max = Math.round(limit / MB);
  return {
    code: 'too-large',
    message: {
      en: `This file is ${size} MB; files of up to ${max} MB can be opened. Open a smaller extract (fewer rows or columns).`,
      ja: `このファイルは${size} MBです。開けるのは${max} MBまでです。行や列を減らした抜粋を開いてください。`,
    },
  };
}

/** Null when there are few enough rows or features; otherwise the error that names the limit. */
export function checkFeatureCount(count: number, limit: number = LIMITS.features): ReadError | null {
  if (count <= limit) return null;
  const n = count.toLocaleString('en-US');
  const max = limit.toLocaleString('en-US');
  return {
    code: 'too-many-features',
    message: {
      en: `This file has ${n} rows or features; up to ${max} can be shown. Open a smaller extract.`,
      ja: `このファイルには${n}件の行または地物があります。表示できるのは${max}件までです。件数を減らした抜粋を開いてください。`,
    },
  };
}
