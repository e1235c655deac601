/**
 * `npm run video -- --tour osa --out osa.mp4 [--size 1920x1080] [--fps 30] [--lang ja|en] [--hold 3] [--format mp4|gif] [--steps 2-3] [--encoder auto|ffmpeg|browser]`
 * Records a tour (or an autoplay sequence: --tour autoplay-pillar) frame by frame in the built app,
 * in headless Chromium, and writes the video: H.264 in MP4 — by the system's ffmpeg (libx264) when it
 * is on the PATH, else by the browser's encoder, saying which (--encoder chooses) —, or VP9 in WebM
 * where the browser must encode and cannot do H.264 (the file then ends in .webm, and this says why),
 * or a short GIF (at most 960 px wide).
 * `--steps 2-3` records only those steps (from 1); a clip that starts after step 1 flies in from the step before.
 */
import { statSync, writeFileSync } from 'node:fs';
import type { RecordedVideoInfo } from '../src/app/automation.ts';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { videoSettings } from '../src/video/settings.ts';
import { numberOption, openAppSession, parseSize, viewportFor } from './app-session.ts';
import { progressLine } from './progress.ts';
import { chooseEncoder, containerOf, recordInPage, recordWithFfmpeg } from './video-session.ts';

const TOURS_HINT = 'built-in: three-focus-areas, japan-india, pacific-islands, osa, autoplay-pillar, autoplay-partner, autoplay-tool';

/** "2-3" or "2" (steps from 1) → 0-based first and last. */
export function parseSteps(value: string): { first: number; last: number } {
  const match = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
  const first = Number(match?.[1]);
  const last = Number(match?.[2] ?? match?.[1]);
  if (!match || first < 1 || last < first)
    throw new Error(`--steps expects a step or a range of steps from 1, e.g. 2 or 2-3; got "${value}".`);
  return { first: first - 1, last: last - 1 };
}

/** `out` with the extension the file really has. */
function withExtension(out: string, extension: string): string {
  return extname(out).toLowerCase() === `.${extension}` ? out : `${out.slice(0, out.length - extname(out).length)}.${extension}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tour: { type: 'string' },
      out: { type: 'string' },
      size: { type: 'string', default: '1920x1080' },
      fps: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      hold: { type: 'string' },
      format: { type: 'string' },
      steps: { type: 'string' },
      encoder: { type: 'string', default: 'auto' },
    },
  });
  if (!values.tour) throw new Error(`--tour is required, e.g. --tour osa (${TOURS_HINT})`);
  if (!values.out) throw new Error('--out is required: the file to write, e.g. --out osa.mp4');
  if (values.lang !== 'en' && values.lang !== 'ja') throw new Error(`--lang expects en or ja; got "${values.lang}"`);
  // Without --format, a .gif file name asks for a GIF.
  const format = values.format ?? (extname(values.out).toLowerCase() === '.gif' ? 'gif' : 'mp4');
  const asked = parseSize(values.size);
  const settings = videoSettings({
    ...asked,
    fps: numberOption('fps', values.fps),
    holdSeconds: numberOption('hold', values.hold),
    format,
  });
  if (!settings.ok) throw new Error(settings.error);
  for (const note of settings.value.notes) console.log(note);
  const { width, height, fps, holdSeconds } = settings.value;

  const encoder = chooseEncoder(values.encoder, format);
  console.log(encoder.said);

  const viewport = viewportFor({ width, height });
  const session = await openAppSession(`embed=1&lang=${values.lang}`, viewport.width, viewport.height);
  try {
    const started = Date.now();
    const range = values.steps ? parseSteps(values.steps) : {};
    const job = { tour: values.tour, width, height, fps, holdSeconds, format, ...range };
    const progress = (done: number, total: number) => {
      process.stdout.write(`\r${progressLine(done, total, Date.now() - started, 'frames')}`);
    };
    let info: RecordedVideoInfo;
    let out: string;
    if (encoder.kind === 'ffmpeg') {
      out = withExtension(values.out, 'mp4');
      info = await recordWithFfmpeg(session, job, out, progress);
      process.stdout.write('\n');
    } else {
      const recorded = await recordInPage(session.page, job, progress);
      process.stdout.write('\n');
      info = recorded.info;
      const container = containerOf(recorded.bytes);
      if (container !== info.extension)
        throw new Error(`The page said it wrote ${info.extension}, but the bytes are ${container ?? 'not a known video'}.`);
      // A WebM is never written under a .mp4 name.
      out = withExtension(values.out, container);
      writeFileSync(out, recorded.bytes);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const megabytes = (statSync(out).size / 1024 / 1024).toFixed(1);
    console.log(
      `wrote ${out}${out !== values.out ? ` (not ${values.out})` : ''}: ${info.width}×${info.height}, ${info.fps} fps, ${info.frames} frames (${info.durationSeconds.toFixed(2)} s), ${megabytes} MB, ${info.label}, recorded in ${seconds} s`,
    );
    console.log(`${info.times.stillFrames} of ${info.frames} frames showed a settled map, taken as it stood instead of drawn again.`);
    console.log(info.reason);
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`\nvideo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
