/** After `build:single`: one file, nothing it would fetch from elsewhere. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JAPANESE_FONT_FAMILY } from '../src/lib/japanese-font.ts';

const files = readdirSync('dist-single').filter((f) => !f.startsWith('.'));
const html = files.find((f) => f.endsWith('.html'));
if (!html || files.some((f) => f !== html)) {
  console.error(`build:single: expected dist-single/ to hold one HTML file, found: ${files.join(', ')}`);
  process.exit(1);
}
const text = readFileSync(`dist-single/${html}`, 'utf8');
// Only the page's own tags matter here (strings inside the inlined code are not requests).
const tags = [...text.matchAll(/<(?:script|link|img)\b[^>]*?\b(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? '');
const external = tags.filter((url) => !url.startsWith('data:'));
if (external.length > 0) {
  console.error(`build:single: the page still refers to files: ${external.join(', ')}`);
  process.exit(1);
}
// It runs from file://, where a service worker cannot: the build leaves out the registration (src/app/offline/).
if (text.includes('serviceWorker')) {
  console.error('build:single: the page holds service worker code (navigator.serviceWorker); the single file must not register one');
  process.exit(1);
}
// The Japanese font travels inside the file too: each of its @font-face rules holds its WOFF2 as a data: URL.
const FONT_FILES = ['src/assets/fonts/foip-noto-sans-jp.woff2', 'src/assets/fonts/foip-noto-sans-jp-english-page.woff2'];
const fontFaces = [...text.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1] ?? '');
const inlined = fontFaces
  .filter((rule) => rule.replace(/["']/g, '').includes(`font-family:${JAPANESE_FONT_FAMILY};`))
  .map((rule) => /url\(["']?data:font\/woff2;base64,([A-Za-z0-9+/=]+)["']?\)/.exec(rule)?.[1]);
for (const file of FONT_FILES) {
  const bytes = readFileSync(file);
  if (!inlined.some((data) => data !== undefined && Buffer.from(data, 'base64').equals(bytes))) {
    console.error(`build:single: the page has no @font-face for '${JAPANESE_FONT_FAMILY}' with ${file} inlined as a data: URL`);
    process.exit(1);
  }
}
// The site-zoom coastlines travel inside too: world-atlas's 1:10m topology, as the data: URL its worker fetches (src/map/detail-tiles.ts).
const detailFile = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
const detailBytes = readFileSync(detailFile);
if (!text.includes(`data:application/json;base64,${detailBytes.toString('base64')}`)) {
  console.error(`build:single: the page does not hold ${detailFile} inlined as a data: URL (the 1:10m coastlines at site zoom)`);
  process.exit(1);
}
const fontBytes = FONT_FILES.reduce((sum, file) => sum + readFileSync(file).length, 0);
console.log(
  `dist-single/${html}: ${(statSync(`dist-single/${html}`).size / 1024 / 1024).toFixed(1)} MB, self-contained, with the Japanese font (${fontBytes.toLocaleString('en')} bytes) and the 1:10m coastlines (${detailBytes.length.toLocaleString('en')} bytes) inlined`,
);
