/**
 * `npm run build:font`: subsets Noto Sans JP Regular to the characters the app shows in Japanese
 * (scripts/font-text.ts) with harfbuzz (subset-font), and writes the WOFF2, its `@font-face` rule and
 * the font's licence to src/assets/fonts/, where they are committed: `npm start` and the builds use
 * them as they are. Run it again after changing the dataset, the tours or the interface's Japanese
 * text; scripts/font-subset.test.ts (part of `npm test`) fails until you do.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { CSS_FILE, FONT_DIR, FONT_FILE, fontCodePoints, fontFaceCss, fontTextSources, LICENSE_FILE, SOURCE_FONT, SOURCE_LICENSE } from './font-text.ts';

if (!existsSync(SOURCE_FONT)) {
  console.error(`build:font: ${SOURCE_FONT} is missing; run \`npm install\` (it comes with the devDependency @expo-google-fonts/noto-sans-jp).`);
  process.exit(1);
}

const sources = fontTextSources();
const points = fontCodePoints(sources.map((source) => source.text));
const font = readFileSync(SOURCE_FONT);
// No layout closure: vertical forms and typographic alternates (jp78, hwid, vert, …) reached only
// through GSUB are never used here, and they made the file 66 % larger (183 KB against 110 KB).
const subset = await subsetFont(font, String.fromCodePoint(...points), { targetFormat: 'woff2', noLayoutClosure: true });

mkdirSync(FONT_DIR, { recursive: true });
writeFileSync(FONT_FILE, subset);
writeFileSync(CSS_FILE, fontFaceCss(points.length));
copyFileSync(SOURCE_LICENSE, LICENSE_FILE);
for (const source of sources) {
  const count = fontCodePoints([source.text]).length;
  if (count > 0) console.log(`  ${source.name}: ${count} characters`);
}
console.log(`${FONT_FILE}: ${points.length} characters, ${subset.length.toLocaleString('en')} bytes (${(subset.length / 1024).toFixed(1)} KiB)`);
