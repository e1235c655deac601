/**
 * Recording a tour as a video in the app's page (foipAtlas.recordVideo) from Node, with the bytes
 * brought back in base64 parts so a large file never travels as one string.
 */
import type { Page } from 'playwright-core';
import type { RecordedVideoInfo } from '../src/app/automation.ts';
import type { VideoJob } from '../src/app/automation.ts';

/** Bytes per part brought back from the page (base64 makes it a third larger on the wire). */
const PART = 4 * 1024 * 1024;

let bindings = 0;

export async function recordInPage(
  page: Page,
  job: VideoJob & { tour: string },
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ info: RecordedVideoInfo; bytes: Uint8Array }> {
  // A binding of its own per recording: a page can record more than once.
  const binding = `foipVideoProgress${++bindings}`;
  await page.exposeFunction(binding, onProgress);
  const info = await page.evaluate(
    ({ job: asked, binding: name }) => {
      const api = window.foipAtlas!;
      const report = (window as unknown as Record<string, (done: number, total: number) => void>)[name];
      return api.recordVideo(asked, (progress) => void report?.(progress.done, progress.total));
    },
    { job, binding },
  );
  const bytes = new Uint8Array(info.byteLength);
  for (let offset = 0; offset < info.byteLength; offset += PART) {
    const part = await page.evaluate(({ offset: from, length }) => window.foipAtlas!.videoBytes(from, length), { offset, length: PART });
    bytes.set(Buffer.from(part, 'base64'), offset);
  }
  return { info, bytes };
}

/** The container the bytes start with, read from the file itself. */
export function containerOf(bytes: Uint8Array): 'mp4' | 'webm' | 'gif' | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 8 && ascii(4, 8) === 'ftyp') return 'mp4';
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF89a' || ascii(0, 6) === 'GIF87a')) return 'gif';
  return null;
}
