/**
 * `npm run slides -- --tour osa --out slides/ [--size 1920x1080] [--lang ja]`
 *   one PNG per step of a tour (the default, `--format png`);
 * `npm run slides -- --tour osa --format pptx --out osa.pptx [--size 1920x1080] [--lang ja]`
 *   a PowerPoint deck: title slide, one slide per step (map picture, editable caption and
 *   legend counts, speaker notes with each initiative's source and quote), closing slide.
 * Made by the built app in headless Chromium, with a progress bar on the terminal.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset } from '../src/data/validate.ts';
import { buildDeck } from '../src/deck/deck-model.ts';
import type { StepInfo } from '../src/deck/step-info.ts';
import { writePptx, type StepMedia } from '../src/deck/write-pptx.ts';
import { openAppSession, parseSize, viewportFor, type AppSession } from './app-session.ts';
import { dataUrlBytes, pngSize } from './png.ts';
import { errorMessage } from '../src/lib/error-message.ts';
import { progressBar } from './progress.ts';

interface Api {
  tours(): { id: string; steps: number }[];
  showStep(id: string, index: number): Promise<void>;
  exportPng(w: number, h: number, picture?: 'image' | 'deck'): Promise<string>;
  stepInfo(id: string, index: number): StepInfo;
}

const FORMATS = ['png', 'pptx'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  readonly tour: string;
  readonly out: string;
  readonly format: Format;
  readonly lang: 'en' | 'ja';
  readonly size: { width: number; height: number };
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
    },
  });
  if (!values.tour) throw new Error('--tour is required, e.g. --tour osa (built-in: three-focus-areas, japan-india, pacific-islands, osa, autoplay-pillar, autoplay-partner, autoplay-tool)');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format expects png (a folder of PNGs) or pptx (a PowerPoint deck); got "${values.format}"`);
  if (!values.out) throw new Error(format === 'pptx' ? '--out is required: the .pptx file to write, e.g. --out osa.pptx' : '--out is required: the folder to write the PNGs into');
  if (format === 'pptx' && !values.out.toLowerCase().endsWith('.pptx')) throw new Error(`--out for --format pptx names the deck file and ends in .pptx; got "${values.out}"`);
  if (values.lang !== 'en' && values.lang !== 'ja') throw new Error(`--lang expects en or ja; got "${values.lang}"`);
  const size = parseSize(values.size);
  // Pictures fill a 16:9 slide edge to edge; any other shape would be stretched.
  if (format === 'pptx' && size.width * 9 !== size.height * 16) throw new Error(`--size for a deck must be 16:9 (1920x1080, 1280x720, 3840x2160); got ${values.size}`);
  return { tour: values.tour, out: values.out, format, lang: values.lang, size };
}

/** Shows each step of the tour and hands its picture (and, for decks, its info) to `onStep`. */
async function eachStep(session: AppSession, tourId: string, size: Options['size'], picture: 'image' | 'deck', onStep: (index: number, png: Uint8Array, info: StepInfo | null) => void): Promise<number> {
  const tours = await session.page.evaluate(() => (window as unknown as { foipAtlas: Api }).foipAtlas.tours());
  const tour = tours.find((t) => t.id === tourId);
  if (!tour) throw new Error(`No tour "${tourId}". Known tours: ${tours.map((t) => t.id).join(', ')}`);
  for (let i = 0; i < tour.steps; i++) {
    process.stdout.write(`\r${progressBar(i, tour.steps)} step ${i + 1}`);
    const { dataUrl, info } = await session.page.evaluate(
      async ({ id, index, width, height, kind }) => {
        const api = (window as unknown as { foipAtlas: Api }).foipAtlas;
        await api.showStep(id, index);
        return { dataUrl: await api.exportPng(width, height, kind), info: kind === 'deck' ? api.stepInfo(id, index) : null };
      },
      { id: tour.id, index: i, ...size, kind: picture },
    );
    const bytes = dataUrlBytes(dataUrl);
    const actual = pngSize(bytes);
    if (!actual || actual.width !== size.width || actual.height !== size.height) throw new Error(`step ${i + 1}: the app made a ${actual?.width}×${actual?.height} image`);
    onStep(i, bytes, info);
  }
  process.stdout.write(`\r${progressBar(tour.steps, tour.steps)} done\n`);
  return tour.steps;
}

async function writePngs(session: AppSession, options: Options): Promise<void> {
  mkdirSync(options.out, { recursive: true });
  const steps = await eachStep(session, options.tour, options.size, 'image', (i, png) => {
    writeFileSync(join(options.out, `${options.tour}-${String(i + 1).padStart(2, '0')}.png`), png);
  });
  console.log(`wrote ${steps} slides of ${options.size.width}×${options.size.height} to ${options.out}`);
}

async function writeDeck(session: AppSession, options: Options): Promise<void> {
  // The notes come from the dataset the built app ships (the same file, read here).
  const dataset = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
  if (!dataset.ok) throw new Error(`data/initiatives.geojson does not validate (npm run validate says why)`);
  const byId = new Map(dataset.value.initiatives.map((i) => [i.id, i]));
  const infos: StepInfo[] = [];
  const media: StepMedia[] = [];
  await eachStep(session, options.tour, options.size, 'deck', (_, png, info) => {
    if (!info) throw new Error('the page gave no step info');
    infos.push(info);
    media.push({ png });
  });
  const deck = buildDeck({ lang: options.lang, steps: infos, initiative: (id) => byId.get(id), metadata: dataset.value.metadata });
  const bytes = await writePptx(deck, media);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, bytes);
  console.log(`wrote ${options.out}: ${deck.slides.length} slides (${infos.length} steps, pictures ${options.size.width}×${options.size.height}, ${options.lang}), ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
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
