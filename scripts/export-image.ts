/**
 * `npm run export -- --query "pillar=3&lang=en" --size 1920x1080 --out pillar3.png`
 * Writes one PNG of exactly that size, made by the built app in headless Chromium.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openAppSession, parseSize, viewportFor } from './app-session.ts';
import { dataUrlBytes, pngSize } from './png.ts';
import { errorMessage } from '../src/lib/error-message.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { query: { type: 'string', default: '' }, size: { type: 'string', default: '1920x1080' }, out: { type: 'string' } },
  });
  if (!values.out) throw new Error('--out is required: the PNG file to write, e.g. --out pillar3.png');
  const size = parseSize(values.size);
  const query = values.query.replace(/^\?/, '');
  const viewport = viewportFor(size);
  const session = await openAppSession(`embed=1${query ? `&${query}` : ''}`, viewport.width, viewport.height);
  try {
    const dataUrl = await session.page.evaluate(({ width, height }) => window.foipAtlas!.exportPng(width, height), size);
    const bytes = dataUrlBytes(dataUrl);
    const actual = pngSize(bytes);
    if (!actual || actual.width !== size.width || actual.height !== size.height)
      throw new Error(`The app made a ${actual?.width}×${actual?.height} image instead of ${size.width}×${size.height}.`);
    writeFileSync(values.out, bytes);
    console.log(`wrote ${values.out} (${size.width}×${size.height}, ${Math.round(bytes.length / 1024)} KB)`);
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(`export: ${errorMessage(error)}`);
  process.exit(1);
});
