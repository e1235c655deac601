/**
 * The text the bundled Japanese font must draw: every character that the app can show in Japanese,
 * gathered from where it comes from. `npm run build:font` subsets Noto Sans JP to it, and
 * scripts/font-subset.test.ts fails when the committed font lacks one of them.
 *
 * - the dataset: every string in data/initiatives.geojson;
 * - the tours: every string in data/tours/*.json;
 * - the interface: string literals, template text and JSX text in src/ (tests excluded; comments are
 *   never shown, so they are not read), found with TypeScript's own parser;
 * - amounts: the detail panel writes amounts in Japanese units (万, 億, 兆) through Intl.NumberFormat;
 * - country names: the app names countries with Intl.DisplayNames (src/data/countries.ts) for any
 *   ISO code i18n-iso-countries knows, so every such code's Japanese name is included, as Node's
 *   CLDR writes it and as i18n-iso-countries' own Japanese table does (a hedge for browsers with
 *   another CLDR version; tests/japanese-font.e2e.test.ts checks Chromium's names);
 * - the basics: all kana, CJK punctuation and full-width ASCII, for captions people type.
 *
 * Only characters in the font's unicode-range are kept (JAPANESE_FONT_RANGES, src/lib/japanese-text.ts): the font is used
 * for nothing else, so other glyphs would be bytes no browser reads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import countries from 'i18n-iso-countries';
import ts from 'typescript';
import { JAPANESE_FONT_FAMILY } from '../src/lib/japanese-font.ts';
import { cssUnicodeRange, inJapaneseFontRange, JAPANESE_FONT_RANGES, rangesOf, rangesWithout } from '../src/lib/japanese-text.ts';
import { formatAmount } from '../src/data/amount.ts';
import { strings } from '../src/ui/strings.ts';

/** The full font that is subset (Google Fonts' Noto Sans JP Regular, as @expo-google-fonts ships it). */
export const SOURCE_FONT = 'node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf';
export const SOURCE_LICENSE = 'node_modules/@expo-google-fonts/noto-sans-jp/LICENSE_FONT';
export const FONT_DIR = 'src/assets/fonts';
export const FONT_FILE = `${FONT_DIR}/foip-noto-sans-jp.woff2`;
/** The few characters English pages show in Japanese (the language button's 日本語), as a face of their own. */
export const ENGLISH_PAGE_FONT_FILE = `${FONT_DIR}/foip-noto-sans-jp-english-page.woff2`;
export const CSS_FILE = `${FONT_DIR}/foip-noto-sans-jp.css`;
export const LICENSE_FILE = `${FONT_DIR}/OFL.txt`;

export interface FontTextSource {
  /** Where the text comes from, for messages: a file, or a description. */
  readonly name: string;
  readonly text: string;
}

/** Kana, CJK punctuation and full-width forms that any Japanese caption may use. */
export const BASIC_RANGES: readonly (readonly [number, number])[] = [
  [0x3000, 0x303f], // CJK symbols and punctuation: 、。「」『』〜
  [0x3041, 0x3096], // hiragana
  [0x3099, 0x309f],
  [0x30a0, 0x30ff], // katakana
  [0xff01, 0xff60], // full-width ASCII: ０-９ Ａ-Ｚ （）／
  [0xffe0, 0xffe6], // full-width ¢ £ ¬ ￣ ¦ ￥ ￦
];

/** All strings anywhere in a JSON value (object keys are field names, never shown). */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The text of string literals, template pieces and JSX text of a TypeScript/TSX source; comments are left out. */
export function sourceStrings(fileName: string, code: string): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // Regular expressions match text; they are never shown.
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      if (node.text) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
    });
}

const isAppSource = (path: string): boolean => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.endsWith('.d.ts');

/** The Japanese name of every country code the app can name, from this runtime's CLDR and from i18n-iso-countries. */
export function countryNamesJa(): string[] {
  const names = new Intl.DisplayNames(['ja'], { type: 'region', fallback: 'code' });
  const codes = Object.keys(countries.getAlpha2Codes());
  const table = createRequire(import.meta.url)('i18n-iso-countries/langs/ja.json') as { countries: Record<string, string | string[]> };
  return [...codes.map((code) => names.of(code) ?? code), ...Object.values(table.countries).flat()];
}

/** Amounts as the detail panel writes them in Japanese, for each currency of the dataset, at every magnitude. */
export function amountsJa(currencies: readonly string[]): string[] {
  return currencies.flatMap((currency) => Array.from({ length: 21 }, (_, power) => formatAmount(1.5 * 10 ** power, currency, 'ja')));
}

function datasetCurrencies(dataset: unknown): string[] {
  const features = (dataset as { features?: { properties?: { amount?: { currency?: unknown } } }[] }).features ?? [];
  return [...new Set(features.map((f) => f.properties?.amount?.currency).filter((c): c is string => typeof c === 'string'))];
}

export function fontTextSources(root = process.cwd()): FontTextSource[] {
  const dataset: unknown = JSON.parse(readFileSync(join(root, 'data/initiatives.geojson'), 'utf8'));
  const tours = filesUnder(join(root, 'data/tours'), (p) => p.endsWith('.json')).map((path) => ({
    name: relative(root, path),
    text: jsonStrings(JSON.parse(readFileSync(path, 'utf8')) as unknown).join('\n'),
  }));
  const ui = filesUnder(join(root, 'src'), isAppSource).map((path) => ({
    name: relative(root, path),
    text: sourceStrings(path, readFileSync(path, 'utf8')).join('\n'),
  }));
  const basics = BASIC_RANGES.map(([from, to]) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i))).join(
    '',
  );
  return [
    { name: 'data/initiatives.geojson', text: jsonStrings(dataset).join('\n') },
    ...tours,
    ...ui,
    {
      name: 'amounts (Intl.NumberFormat ja-JP, compact)',
      text: amountsJa([...new Set(['JPY', 'USD', ...datasetCurrencies(dataset)])]).join('\n'),
    },
    { name: 'country names (Intl.DisplayNames ja, i18n-iso-countries ja)', text: countryNamesJa().join('\n') },
    { name: 'kana, CJK punctuation and full-width forms', text: basics },
  ];
}

/** The code points of `text` that the font serves (its unicode-range), sorted, each once. */
export function fontCodePoints(texts: readonly string[]): number[] {
  const points = new Set<number>();
  for (const text of texts) {
    for (const char of text) {
      const point = char.codePointAt(0);
      if (point !== undefined && inJapaneseFontRange(point)) points.add(point);
    }
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * Japanese that an English page shows all the same: the language button (日本語) and the search
 * hint. Read from the English strings (a function's source holds its literal text).
 */
export function englishPageCodePoints(): number[] {
  return fontCodePoints(
    Object.values(strings('en')).map((value: unknown) => (typeof value === 'function' ? value.toString() : String(value))),
  );
}

function fontFace(file: string, unicodeRange: string): string {
  return `@font-face {
  font-family: '${JAPANESE_FONT_FAMILY}';
  src: url('./${file.split('/').at(-1)}') format('woff2');
  font-weight: 400;
  font-style: normal;
  font-display: swap;
  unicode-range: ${unicodeRange};
}
`;
}

/**
 * The `@font-face` rules, written next to the font by build:font (a test checks they are current):
 * one family in two files, so that the characters English pages show (`english`) never make a
 * browser fetch the whole font.
 */
export function fontFaceCss(characters: number, english: readonly number[]): string {
  return `/* Generated by \`npm run build:font\` (scripts/build-font.ts); do not edit. Noto Sans JP Regular (SIL Open Font
   License 1.1, OFL.txt), subset to the ${characters} characters the app shows in Japanese. Named after the system's own
   fonts in every stack and limited to Japanese blocks, so a browser fetches a file only for a Japanese character that
   no earlier font has. The second file holds the ${english.length} characters English pages show too. */
${fontFace(FONT_FILE, cssUnicodeRange(rangesWithout(JAPANESE_FONT_RANGES, english)))}${fontFace(ENGLISH_PAGE_FONT_FILE, cssUnicodeRange(rangesOf(english)))}`;
}
