/** Builds the errors and notes the readers give, so every message is said in both languages. */
import { LIMITS } from './limits.ts';
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

/** A file over the size limit, refused before it is read: checked on the page (File.size) and again in the reader. */
export function tooLarge(name: string, bytes: number): ReadError {
  return readError(
    'too-large',
    `“${name}” is ${formatBytes(bytes)}; files of up to ${formatBytes(LIMITS.bytes)} can be opened. Split it, or keep only the rows and columns you need.`,
    `「${name}」は ${formatBytes(bytes)} です。開けるのは ${formatBytes(LIMITS.bytes)} までです。ファイルを分けるか、必要な行と列だけにしてください。`,
  );
}

/** What a reader (or its library) threw, with the file's name: never a crash. */
export function unreadable(name: string, message: string): ReadError {
  return readError('unreadable', `“${name}” could not be read: ${message}`, `「${name}」を読めませんでした: ${message}`);
}

/** A table to place that its reader no longer holds (the reader stopped, or read another file since). */
export function tableNoLongerHeld(): ReadError {
  return readError(
    'unreadable',
    'The rows could not be placed: the reader no longer holds this table. Open the file again.',
    '行を地図に配置できませんでした。読み取り処理がこの表を保持していません。ファイルをもう一度開いてください。',
  );
}
