/**
 * `npm run bench:video [-- --runs 3 --size 1280x720 --fps 30 --hold 0.5 --tour osa --steps 1-2]`
 * What encoding costs when a tour is recorded: the same frames, drawn on the frozen clock and
 * composed with their overlay, once encoded (MP4 through WebCodecs and mediabunny) and once
 * captured without encoding, alternating run by run in one page. Prints milliseconds per frame of
 * each and their ratio (the target: encoding adds at most 25 %), and writes them to
 * bench-video-results.json (git-ignored).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openAppSession, parseSize, viewportFor } from '../scripts/app-session.ts';
import { mapIdle } from '../scripts/chromium.ts';
import { bootstrapInterval, budget, median } from './stats.ts';
import { parseSteps } from '../scripts/video.ts';
import { recordInPage } from '../scripts/video-session.ts';

/** Encoding may add this much to each frame's time (issue 13). */
const TARGET_RATIO = 1.25;

/** Until everything asked of the map is drawn (the automation API's whenIdle; product pages carry no debug marks). */
async function settle(page: Page): Promise<void> {
  await mapIdle(page);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      size: { type: 'string', default: '1280x720' },
      fps: { type: 'string', default: '30' },
      hold: { type: 'string', default: '0.5' },
      tour: { type: 'string', default: 'osa' },
      steps: { type: 'string', default: '1-2' },
      out: { type: 'string', default: 'bench-video-results.json' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a whole number of runs; got "${values.runs}".`);
  const size = parseSize(values.size);
  const job = {
    tour: values.tour,
    ...size,
    fps: Number(values.fps),
    holdSeconds: Number(values.hold),
    format: 'mp4',
    ...parseSteps(values.steps),
  };
  const viewport = viewportFor(size);
  const session = await openAppSession('embed=1&lang=en', viewport.width, viewport.height);
  const perFrame = { capture: [] as number[], encode: [] as number[] };
  /** Of each encoded run's time per frame: drawing and composing, and waiting for the encoder. */
  const encodeParts = { draw: [] as number[], wait: [] as number[] };
  let frames = 0;
  let codec = '';
  try {
    // Warm-up, not counted: loads the recorder and the encoder's chunk, compiles the map's shaders at this size.
    await recordInPage(session.page, { ...job, first: job.first, last: job.first });
    await settle(session.page);
    for (let run = 0; run < runs; run++) {
      // Alternate which goes first, so a machine that slows down over time weighs on both alike.
      const order = run % 2 === 0 ? (['capture', 'encode'] as const) : (['encode', 'capture'] as const);
      for (const mode of order) {
        const { info } = await recordInPage(session.page, { ...job, encode: mode === 'encode' });
        perFrame[mode].push(info.elapsedMs / info.frames);
        frames = info.frames;
        if (mode === 'encode') {
          codec = `${info.label} (${info.codec})`;
          encodeParts.draw.push(info.times.drawMs / info.frames);
          encodeParts.wait.push((info.times.sinkMs + info.times.finishMs) / info.frames);
        }
        process.stdout.write(
          `run ${run + 1}/${runs} ${mode}: ${(info.elapsedMs / info.frames).toFixed(1)} ms/frame over ${info.frames} frames\n`,
        );
        await settle(session.page);
      }
    }
  } finally {
    await session.close();
  }
  const capture = median(perFrame.capture);
  const encode = median(perFrame.encode);
  const ratio = encode / capture;
  const interval = bootstrapInterval([perFrame.encode, perFrame.capture], ([e, c]) => median(e!) / median(c!));
  const verdict = budget('encoding overhead', ratio, TARGET_RATIO, '×', interval);
  console.log(
    `\nVideo recording — ${values.tour} steps ${values.steps}, ${size.width}×${size.height}, ${job.fps} fps, ${frames} frames, ${runs} run(s) each — medians`,
  );
  console.log(`  captured without encoding  ${capture.toFixed(1)} ms/frame`);
  console.log(`  captured and encoded       ${encode.toFixed(1)} ms/frame   ${codec}`);
  console.log(
    `    of which drawing         ${median(encodeParts.draw).toFixed(1)} ms/frame, waiting for the encoder ${median(encodeParts.wait).toFixed(1)} ms/frame`,
  );
  const range = verdict.interval
    ? ` (95 % interval ${verdict.interval[0].toFixed(2)}–${verdict.interval[1].toFixed(2)})`
    : verdict.tooFewRuns
      ? ' (too few runs for an interval)'
      : '';
  const word = verdict.undecided ? 'undecided: more runs needed' : verdict.pass ? 'PASS' : 'MISS';
  console.log(`  ratio                      ${ratio.toFixed(2)}×${range}   target ≤ ${TARGET_RATIO}×  ${word}`);
  writeFileSync(
    values.out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        tour: values.tour,
        steps: values.steps,
        ...size,
        fps: job.fps,
        holdSeconds: job.holdSeconds,
        frames,
        runs,
        cpus: cpus().length,
        codec,
        msPerFrame: {
          capture: perFrame.capture,
          encode: perFrame.encode,
          captureMedian: capture,
          encodeMedian: encode,
          encodeDrawMedian: median(encodeParts.draw),
          encodeWaitMedian: median(encodeParts.wait),
        },
        loadAverage: loadavg(),
        ratio,
        interval: verdict.interval ?? null,
        target: TARGET_RATIO,
        verdict: word,
      },
      null,
      2,
    )}\n`,
  );
  console.log(
    `  machine: ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (WebGL and the H.264 encoder both run on the CPU here)`,
  );
  console.log(`wrote ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(`bench:video: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
