/**
 * `npm run slides -- --tour osa --out slides/ [--size 1920x1080] [--lang ja]`
 *   one PNG per step of a tour (the default, `--format png`);
 * `npm run slides -- --tour osa --format pptx --out osa.pptx [--size 1920x1080] [--lang ja] [--video [--fps 30] [--hold 1.5]]`
 *   a PowerPoint deck: title slide, one slide per step (map picture, editable caption and
 *   legend counts, speaker notes with each initiative's source and quote), closing slide;
 *   with `--video`, each step slide also holds the step's camera flight as an MP4 clip (slide-clips.ts).
 * Made by the built app in headless Chromium, with a progress bar on the terminal.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset } from '../src/data/validate.ts';
import { buildDeck } from '../src/deck/deck-model.ts';
import type { StepInfo } from '../src/deck/step-info.ts';
import { writePptx, type StepMedia } from '../src/deck/write-pptx.ts';
import { openAppSession, numberOption, parseSize, viewportFor, type AppSession } from './app-session.ts';
import { dataUrlBytes, pngSize } from './png.ts';
import { errorMessage } from '../src/lib/error-message.ts';
import { progressBar, statusLine, timeLeft } from './progress.ts';
import { CLIP_HOLD_SECONDS, CLIP_MAX, clipOptions, recordStepClip, type ClipOptions } from './slide-clips.ts';

const FORMATS = ['png', 'pptx'] as const;
type Format = (typeof FORMATS)[number];

export const USAGE = `npm run slides -- --tour ID --out DIR [--size 1920x1080] [--lang en|ja]
  one PNG per step of a tour, captions drawn in (--format png, the default)
npm run slides -- --tour ID --format pptx --out FILE.pptx [--size 1920x1080] [--lang en|ja] [--video [--fps 30] [--hold ${CLIP_HOLD_SECONDS}] [--encoder auto|ffmpeg|browser]]
  a PowerPoint deck: title slide, a slide per step (map picture, editable caption and legend, notes with sources), closing slide
  --video   each step slide also holds the step's camera flight as an H.264 MP4 clip, the still as its poster:
            the flight into the step (1.2 s; step 1's from the opening view of the map) and a hold of --hold seconds,
            at the deck's size up to ${CLIP_MAX.width}x${CLIP_MAX.height} (a 1920x1080 deck's clips are ${CLIP_MAX.width}x${CLIP_MAX.height}), --fps frames a second;
            encoded by the system's ffmpeg (libx264) when it is on the PATH, else in the browser (--encoder chooses)
tours: three-focus-areas, japan-india, pacific-islands, osa, autoplay-pillar, autoplay-partner, autoplay-tool`;

interface Options {
  readonly tour: string;
  readonly out: string;
  readonly format: Format;
  readonly lang: 'en' | 'ja';
  readonly size: { width: number; height: number };
  /** The clips of --video, or null for a deck of stills. */
  readonly video: ClipOptions | null;
}

/** The command line, checked: every mistake named with what was expected. */
export function parseOptions(args: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...args],
    options: {
      tour: { type: 'string' },
      out: { type: 'string' },
      size: { type: 'string', default: '1920x1080' },
      lang: { type: 'string', default: 'en' },
      format: { type: 'string', default: 'png' },
      video: { type: 'boolean', default: false },
      fps: { type: 'string' },
      hold: { type: 'string' },
      encoder: { type: 'string' },
    },
  });
  if (!values.tour)
    throw new Error(
      '--tour is required, e.g. --tour osa (built-in: three-focus-areas, japan-india, pacific-islands, osa, autoplay-pillar, autoplay-partner, autoplay-tool)',
    );
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new Error(`--format expects png (a folder of PNGs) or pptx (a PowerPoint deck); got "${values.format}"`);
  if (values.video && format !== 'pptx')
    throw new Error(
      "--video puts each step's camera flight on its slide, so it needs --format pptx (for a video file of the tour: npm run video)",
    );
  if (!values.video && (values.fps !== undefined || values.hold !== undefined || values.encoder !== undefined))
    throw new Error('--fps, --hold and --encoder set the clips of --video: add --video (for a video file of the tour: npm run video)');
  if (!values.out)
    throw new Error(
      format === 'pptx'
        ? '--out is required: the .pptx file to write, e.g. --out osa.pptx'
        : '--out is required: the folder to write the PNGs into',
    );
  if (format === 'pptx' && !values.out.toLowerCase().endsWith('.pptx'))
    throw new Error(`--out for --format pptx names the deck file and ends in .pptx; got "${values.out}"`);
  if (values.lang !== 'en' && values.lang !== 'ja') throw new Error(`--lang expects en or ja; got "${values.lang}"`);
  const size = parseSize(values.size);
  // Pictures fill a 16:9 slide edge to edge; any other shape would be stretched.
  if (format === 'pptx' && size.width * 9 !== size.height * 16)
    throw new Error(`--size for a deck must be 16:9 (1920x1080, 1280x720, 3840x2160); got ${values.size}`);
  const video = values.video
    ? clipOptions(size, numberOption('fps', values.fps), numberOption('hold', values.hold), values.encoder ?? 'auto')
    : null;
  return { tour: values.tour, out: values.out, format, lang: values.lang, size, video };
}

/** The tour's id and length, from the page. */
async function findTour(session: AppSession, tourId: string): Promise<{ id: string; steps: number }> {
  const tours = await session.page.evaluate(() => window.foipAtlas!.tours());
  const tour = tours.find((t) => t.id === tourId);
  if (!tour) throw new Error(`No tour "${tourId}". Known tours: ${tours.map((t) => t.id).join(', ')}`);
  return tour;
}

/** Shows step `index` and returns its picture (and, for decks, its info). */
async function stepStill(
  session: AppSession,
  tourId: string,
  index: number,
  size: Options['size'],
  picture: 'image' | 'deck',
): Promise<{ png: Uint8Array; info: StepInfo | null }> {
  const { dataUrl, info } = await session.page.evaluate(
    async ({ id, index: i, width, height, kind }) => {
      const api = window.foipAtlas!;
      await api.showStep(id, i);
      return { dataUrl: await api.exportPng(width, height, kind), info: kind === 'deck' ? api.stepInfo(id, i) : null };
    },
    { id: tourId, index, ...size, kind: picture },
  );
  const png = dataUrlBytes(dataUrl);
  const actual = pngSize(png);
  if (!actual || actual.width !== size.width || actual.height !== size.height)
    throw new Error(`step ${index + 1}: the app made a ${actual?.width}×${actual?.height} image`);
  return { png, info };
}

/** Redraws one status line on the terminal, clearing what a longer line before it left. */
function statusWriter(): (line: string) => void {
  let last = 0;
  return (line) => {
    process.stdout.write(`\r${line.padEnd(last)}`);
    last = line.length;
  };
}

async function writePngs(session: AppSession, options: Options): Promise<void> {
  mkdirSync(options.out, { recursive: true });
  const tour = await findTour(session, options.tour);
  for (let i = 0; i < tour.steps; i++) {
    process.stdout.write(`\r${progressBar(i, tour.steps)} step ${i + 1}`);
    const { png } = await stepStill(session, tour.id, i, options.size, 'image');
    writeFileSync(join(options.out, `${options.tour}-${String(i + 1).padStart(2, '0')}.png`), png);
  }
  process.stdout.write(`\r${progressBar(tour.steps, tour.steps)} done\n`);
  console.log(`wrote ${tour.steps} slides of ${options.size.width}×${options.size.height} to ${options.out}`);
}

async function writeDeck(session: AppSession, options: Options): Promise<void> {
  const started = Date.now();
  // The notes come from the dataset the built app ships (the same file, read here).
  const dataset = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
  if (!dataset.ok) throw new Error(`data/initiatives.geojson does not validate (npm run validate says why)`);
  const byId = new Map(dataset.value.initiatives.map((i) => [i.id, i]));
  const tour = await findTour(session, options.tour);
  const { video } = options;
  if (video) console.log(video.encoder.said);
  const status = statusWriter();
  const infos: StepInfo[] = [];
  const media: StepMedia[] = [];
  let codec = '';
  for (let i = 0; i < tour.steps; i++) {
    const steps = `${progressBar(i, tour.steps)} steps · step ${i + 1}`;
    let clip: Uint8Array | undefined;
    // The clip first: step 1's flies in from the opening view, which the page shows until a step is.
    if (video) {
      const recorded = await recordStepClip(session, tour.id, i, video, (done, total) => {
        const left = timeLeft(i * video.frames + done, tour.steps * video.frames, Date.now() - started);
        status(statusLine(steps, `clip ${done}/${total} frames`, left));
      });
      clip = recorded.bytes;
      codec = recorded.info.label;
    }
    status(statusLine(steps, 'picture'));
    const { png, info } = await stepStill(session, tour.id, i, options.size, 'deck');
    if (!info) throw new Error('the page gave no step info');
    infos.push(info);
    media.push(clip ? { png, video: clip } : { png });
  }
  status(`${progressBar(tour.steps, tour.steps)} steps · writing the deck`);
  const deck = buildDeck({ lang: options.lang, steps: infos, initiative: (id) => byId.get(id), metadata: dataset.value.metadata });
  const bytes = await writePptx(deck, media);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, bytes);
  process.stdout.write('\n');
  const clips = video
    ? `, a clip per step (${codec} MP4, ${video.width}×${video.height}, ${video.fps} fps, ${video.frames} frames: ${(video.frames / video.fps).toFixed(2)} s)`
    : '';
  console.log(
    `wrote ${options.out}: ${deck.slides.length} slides (${infos.length} steps, pictures ${options.size.width}×${options.size.height}, ${options.lang})${clips}, ` +
      `${(bytes.length / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const options = parseOptions(args);
  const viewport = viewportFor(options.size);
  const session = await openAppSession(`embed=1&lang=${options.lang}`, viewport.width, viewport.height);
  try {
    if (options.format === 'pptx') await writeDeck(session, options);
    else await writePngs(session, options);
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`\nslides: ${errorMessage(error)}`);
    process.exit(1);
  });
}
