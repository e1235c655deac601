/**
 * `npm run bench:video [-- --runs 3 --size 1280x720 --fps 30 --hold 0.5 --tour osa --steps 1-2]`
 * What encoding costs when a tour is recorded from the command line: the same frames, drawn on the
 * frozen clock and composed with their overlay, captured without encoding, encoded by the system's
 * ffmpeg (the command line's path: frames handed out of the page, libx264), handed out the same way
 * and dropped (what reading back and handing out cost, apart from encoding), and encoded in the
 * browser (WebCodecs and mediabunny), in turns, run by run, in one page. Prints milliseconds per
 * frame of each and their ratios to capturing alone — the budget is on ffmpeg's (encoding adds at
 * most 25 %); the browser's is reported, its software H.264 encoder being the cost on a machine
 * without a hardware one — and writes them to bench-video-results.json (git-ignored).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openAppSession, parseSize, viewportFor } from '../scripts/app-session.ts';
import { mapIdle } from '../scripts/chromium.ts';
import { bootstrapInterval, budget, median } from './stats.ts';
import { parseSteps } from '../scripts/video.ts';
import { ffmpegMissing } from '../scripts/ffmpeg.ts';
import { recordInPage, recordWithFfmpeg } from '../scripts/video-session.ts';
import { dropFrames } from './dropped-frames.ts';
import type { RecordedVideoInfo } from '../src/app/automation.ts';

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
  const missing = ffmpegMissing();
  if (missing) throw new Error(`bench:video measures the command line's ffmpeg path: ${missing}.`);
  const viewport = viewportFor(size);
  const session = await openAppSession('embed=1&lang=en', viewport.width, viewport.height);
  const modes = ['capture', 'handout', 'ffmpeg', 'browser'] as const;
  type Mode = (typeof modes)[number];
  const perFrame: Record<Mode, number[]> = { capture: [], handout: [], ffmpeg: [], browser: [] };
  /** Of each run's time per frame but capture's: drawing and composing, and handing frames on or waiting for the encoder. */
  const parts: Record<Exclude<Mode, 'capture'>, { draw: number[]; wait: number[] }> = {
    handout: { draw: [], wait: [] },
    ffmpeg: { draw: [], wait: [] },
    browser: { draw: [], wait: [] },
  };
  const labels: Record<Mode, string> = { capture: '', handout: '', ffmpeg: '', browser: '' };
  const scratch = mkdtempSync(join(tmpdir(), 'foip-bench-video-'));
  let frames = 0;
  const record = async (mode: Mode): Promise<RecordedVideoInfo> => {
    if (mode === 'ffmpeg') return await recordWithFfmpeg(session, job, join(scratch, 'ffmpeg.mp4'));
    // The same frames read back and handed out of the page as for ffmpeg, dropped on arrival.
    if (mode === 'handout') return await recordWithFfmpeg(session, job, join(scratch, 'dropped.mp4'), undefined, dropFrames);
    return (await recordInPage(session.page, { ...job, encode: mode === 'browser' })).info;
  };
  try {
    // Warm-up, not counted: loads the recorder and the encoders' chunks, compiles the map's shaders at this size.
    await recordInPage(session.page, { ...job, first: job.first, last: job.first });
    await recordWithFfmpeg(session, { ...job, first: job.first, last: job.first }, join(scratch, 'warm.mp4'));
    await settle(session.page);
    for (let run = 0; run < runs; run++) {
      // Turn which goes first, so a machine that slows down over time weighs on each alike.
      const order = modes.map((_, k) => modes[(k + run) % modes.length]!);
      for (const mode of order) {
        const info = await record(mode);
        perFrame[mode].push(info.elapsedMs / info.frames);
        frames = info.frames;
        if (mode !== 'capture') {
          labels[mode] = mode === 'handout' ? '' : `${info.label} (${info.codec})`;
          parts[mode].draw.push(info.times.drawMs / info.frames);
          parts[mode].wait.push((info.times.sinkMs + info.times.finishMs) / info.frames);
        }
        process.stdout.write(
          `run ${run + 1}/${runs} ${mode}: ${(info.elapsedMs / info.frames).toFixed(1)} ms/frame over ${info.frames} frames (${info.times.stillFrames} of a settled map, not drawn again)\n`,
        );
        await settle(session.page);
      }
    }
  } finally {
    await session.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  const capture = median(perFrame.capture);
  /** `mode`'s median time a frame ÷ `to`'s (capture by default); `intervalOf` resamples the same ratio over the runs. */
  const ratioOf = (mode: Exclude<Mode, 'capture'>, to: Mode = 'capture') => median(perFrame[mode]) / median(perFrame[to]);
  const intervalOf = (mode: Exclude<Mode, 'capture'>, to: Mode = 'capture') =>
    bootstrapInterval([perFrame[mode], perFrame[to]], ([e, c]) => median(e!) / median(c!));
  const verdict = budget('encoding overhead (ffmpeg)', ratioOf('ffmpeg'), TARGET_RATIO, '×', intervalOf('ffmpeg'));
  const browserInterval = intervalOf('browser');
  console.log(
    `\nVideo recording — ${values.tour} steps ${values.steps}, ${size.width}×${size.height}, ${job.fps} fps, ${frames} frames, ${runs} run(s) each — medians`,
  );
  console.log(`  captured without encoding        ${capture.toFixed(1)} ms/frame`);
  const names = {
    handout: 'read back, handed out, dropped  ',
    ffmpeg: 'encoded by ffmpeg (command line)',
    browser: 'encoded in the browser          ',
  } as const;
  for (const mode of ['handout', 'ffmpeg', 'browser'] as const) {
    const name = names[mode];
    console.log(`  ${name} ${median(perFrame[mode]).toFixed(1)} ms/frame   ${labels[mode]}`);
    console.log(
      `    of which drawing               ${median(parts[mode].draw).toFixed(1)} ms/frame, handing on and waiting ${median(parts[mode].wait).toFixed(1)} ms/frame`,
    );
  }
  const range = (interval: readonly number[] | undefined) =>
    interval?.every(Number.isFinite)
      ? ` (95 % interval ${interval[0]!.toFixed(2)}–${interval[1]!.toFixed(2)})`
      : ' (too few runs for an interval)';
  const word = verdict.undecided ? 'undecided: more runs needed' : verdict.pass ? 'PASS' : 'MISS';
  console.log(
    `  ffmpeg ÷ capture                 ${ratioOf('ffmpeg').toFixed(2)}×${range(verdict.interval)}   target ≤ ${TARGET_RATIO}×  ${word}`,
  );
  console.log(
    `  browser ÷ capture                ${ratioOf('browser').toFixed(2)}×${range(browserInterval)}   reported (the browser's software encoder)`,
  );
  // Where ffmpeg's overhead over capture goes: reading the frames back and handing them out of the page, then encoding.
  const handoutInterval = intervalOf('handout');
  const encodingInterval = intervalOf('ffmpeg', 'handout');
  console.log(
    `  handed out ÷ capture             ${ratioOf('handout').toFixed(2)}×${range(handoutInterval)}   reported (reading frames back and handing them out of the page)`,
  );
  console.log(
    `  ffmpeg ÷ handed out              ${ratioOf('ffmpeg', 'handout').toFixed(2)}×${range(encodingInterval)}   reported (what ffmpeg itself adds)`,
  );
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
        codecs: { ffmpeg: labels.ffmpeg, browser: labels.browser },
        msPerFrame: {
          ...perFrame,
          captureMedian: capture,
          handoutMedian: median(perFrame.handout),
          ffmpegMedian: median(perFrame.ffmpeg),
          browserMedian: median(perFrame.browser),
          ffmpegDrawMedian: median(parts.ffmpeg.draw),
          ffmpegWaitMedian: median(parts.ffmpeg.wait),
          browserDrawMedian: median(parts.browser.draw),
          browserWaitMedian: median(parts.browser.wait),
        },
        loadAverage: loadavg(),
        ratio: ratioOf('ffmpeg'),
        interval: verdict.interval ?? null,
        browserRatio: ratioOf('browser'),
        browserInterval: browserInterval.every(Number.isFinite) ? browserInterval : null,
        handoutRatio: ratioOf('handout'),
        handoutInterval: handoutInterval.every(Number.isFinite) ? handoutInterval : null,
        encodingRatio: ratioOf('ffmpeg', 'handout'),
        encodingInterval: encodingInterval.every(Number.isFinite) ? encodingInterval : null,
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
