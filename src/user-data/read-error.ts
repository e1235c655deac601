/** Builds the errors and notes the readers give, so every message is said in both languages. */
import type { Bilingual, ReadError } from './types.ts';

export function readError(code: ReadError['code'], en: string, ja: string): ReadError {
  return { code, message: { en, ja } };
}

export function bilingual(en: string, ja: string): Bilingual {
  return { en, ja };
}

/** A size for a person: "1.5 MB", "320 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
