/**
 * `npm run build:font`: subsets Noto Sans JP Regular to the characters the app shows in Japanese
 * (scripts/font-text.ts) with harfbuzz (subset-font), and writes the WOFF2, its `@font-face` rule and
 * the font's licence to src/assets/fonts/, where they are committed: `npm start` and the builds use
 * them as they are. Run it again after changing the dataset, the tours or the interface's Japanese
 * text; scripts/font-subset.test.ts (part of `npm test`) fails until you do.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import {
  CSS_FILE,
  ENGLISH_PAGE_FONT_FILE,
  englishPageCodePoints,
  FONT_DIR,
  FONT_FILE,
  fontCodePoints,
  fontFaceCss,
  fontTextSources,
  LICENSE_FILE,
  SOURCE_FONT,
  SOURCE_LICENSE,
} from './font-text.ts';

if (!existsSync(SOURCE_FONT)) {
  console.error(
    `build:font: ${SOURCE_FONT} is missing; run \`npm install\` (it comes with the devDependency @expo-google-fonts/noto-sans-jp).`,
  );
  process.exit(1);
}

const sources = fontTextSources();
const points = fontCodePoints(sources.map((source) => source.text));
const english = englishPageCodePoints();
const font = readFileSync(SOURCE_FONT);
// No layout closure: vertical forms and typographic alternates (jp78, hwid, vert, …) reached only
// through GSUB are never used here, and they made the file 66 % larger (183 KB against 110 KB).
const subset = (text: number[]) => subsetFont(font, String.fromCodePoint(...text), { targetFormat: 'woff2', noLayoutClosure: true });
const main = await subset(points.filter((p) => !english.includes(p)));
const englishPage = await subset(english);

mkdirSync(FONT_DIR, { recursive: true });
writeFileSync(FONT_FILE, main);
writeFileSync(ENGLISH_PAGE_FONT_FILE, englishPage);
writeFileSync(CSS_FILE, fontFaceCss(points.length, english));
copyFileSync(SOURCE_LICENSE, LICENSE_FILE);
for (const source of sources) {
  const count = fontCodePoints([source.text]).length;
  if (count > 0) console.log(`  ${source.name}: ${count} characters`);
}
const size = (bytes: Buffer) => `${bytes.length.toLocaleString('en')} bytes (${(bytes.length / 1024).toFixed(1)} KiB)`;
console.log(`${FONT_FILE}: ${points.length - english.length} characters, ${size(main)}`);
console.log(`${ENGLISH_PAGE_FONT_FILE}: ${String.fromCodePoint(...english)}, ${size(englishPage)}`);
