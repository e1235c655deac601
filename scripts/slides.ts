/**
 * `npm run slides -- --tour osa --out slides/ [--size 1920x1080] [--lang ja]`
 * Writes one PNG per step of a tour, made by the built app in headless Chromium,
 * with a progress bar on the terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAppSession, parseSize, viewportFor } from './app-session.ts';
import { dataUrlBytes, pngSize } from './png.ts';
import { progressBar } from './progress.ts';

interface Api {
  tours(): { id: string; steps: number }[];
  showStep(id: string, index: number): Promise<void>;
  exportPng(w: number, h: number): Promise<string>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { tour: { type: 'string' }, out: { type: 'string' }, size: { type: 'string', default: '1920x1080' }, lang: { type: 'string', default: 'en' } },
  });
  if (!values.tour) throw new Error('--tour is required, e.g. --tour osa (built-in: three-focus-areas, japan-india, pacific-islands, osa, autoplay-pillar, autoplay-partner, autoplay-tool)');
  if (!values.out) throw new Error('--out is required: the folder to write the PNGs into');
  if (values.lang !== 'en' && values.lang !== 'ja') throw new Error(`--lang expects en or ja; got "${values.lang}"`);
  const size = parseSize(values.size);
  const viewport = viewportFor(size);
  const session = await openAppSession(`embed=1&lang=${values.lang}`, viewport.width, viewport.height);
  try {
    const tours = await session.page.evaluate(() => (window as unknown as { foipAtlas: Api }).foipAtlas.tours());
    const tour = tours.find((t) => t.id === values.tour);
    if (!tour) throw new Error(`No tour "${values.tour}". Known tours: ${tours.map((t) => t.id).join(', ')}`);
    mkdirSync(values.out, { recursive: true });
    for (let i = 0; i < tour.steps; i++) {
      process.stdout.write(`\r${progressBar(i, tour.steps)} step ${i + 1}`);
      const dataUrl = await session.page.evaluate(
        async ({ id, index, width, height }) => {
          const api = (window as unknown as { foipAtlas: Api }).foipAtlas;
          await api.showStep(id, index);
          return api.exportPng(width, height);
        },
        { id: tour.id, index: i, ...size },
      );
      const bytes = dataUrlBytes(dataUrl);
      const actual = pngSize(bytes);
      if (!actual || actual.width !== size.width || actual.height !== size.height) throw new Error(`step ${i + 1}: the app made a ${actual?.width}×${actual?.height} image`);
      writeFileSync(join(values.out, `${tour.id}-${String(i + 1).padStart(2, '0')}.png`), bytes);
    }
    process.stdout.write(`\r${progressBar(tour.steps, tour.steps)} done\n`);
    console.log(`wrote ${tour.steps} slides of ${size.width}×${size.height} to ${values.out}`);
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`\nslides: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
