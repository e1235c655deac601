/**
 * The committed Japanese font is current: it holds every Japanese character the app can show, read
 * back with fontkit (an independent reader of the font's cmap, not the harfbuzz code that wrote it).
 * When this fails after an edit of the dataset, the tours or the interface, run `npm run build:font`.
 */
import { readFileSync } from 'node:fs';
import { openSync, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { JAPANESE_FONT_FAMILY } from '../src/lib/japanese-font.ts';
import { cssFontList, cssUnicodeRange, rangesOf, rangesWithout, UI_FONTS } from '../src/lib/japanese-text.ts';
import {
  CSS_FILE,
  ENGLISH_PAGE_FONT_FILE,
  englishPageCodePoints,
  FONT_FILE,
  fontCodePoints,
  fontFaceCss,
  fontTextSources,
  jsonStrings,
  SOURCE_FONT,
  sourceStrings,
} from './font-text.ts';

function openFont(path: string): Font {
  const font = openSync(path);
  if (!('characterSet' in font)) throw new Error(`${path} is a font collection, not one font`);
  return font;
}

const hex = (points: readonly number[]) => points.map((p) => `${String.fromCodePoint(p)} U+${p.toString(16).toUpperCase()}`).join(', ');

const committed = openFont(FONT_FILE);
const englishPage = openFont(ENGLISH_PAGE_FONT_FILE);
// fontkit lists U+FFFF, the end marker of a format-4 cmap, as a character; no text has it.
const characters = (font: Font) => font.characterSet.filter((p) => p !== 0xffff);
const english = englishPageCodePoints();
/** The family's two files together. */
const inFont = new Set([...characters(committed), ...characters(englishPage)]);
const sources = fontTextSources();
const rebuild = 'run `npm run build:font` and commit src/assets/fonts/';

describe('the committed Japanese font (src/assets/fonts)', () => {
  it('is two WOFF2 files of Noto Sans JP', () => {
    for (const font of [committed, englishPage]) {
      expect(font.type).toBe('WOFF2');
      expect(font.familyName).toBe('Noto Sans JP');
    }
  });

  it('keeps the Japanese that English pages show (the language button) in the small file, and only that', () => {
    expect(String.fromCodePoint(...english)).toMatch(/^[日本語]{3}$/u);
    expect(
      characters(englishPage).sort((a, b) => a - b),
      rebuild,
    ).toEqual(english);
    expect(characters(committed).filter((p) => english.includes(p))).toEqual([]);
  });

  it.each(sources.filter((s) => !s.name.startsWith('kana') && fontCodePoints([s.text]).length > 0).map((s) => [s.name, s.text] as const))(
    'holds every Japanese character of %s',
    (name, text) => {
      const missing = fontCodePoints([text]).filter((p) => !inFont.has(p));
      expect(missing, `${name} uses characters the font lacks: ${hex(missing)}; ${rebuild}`).toEqual([]);
    },
  );

  it('holds all kana, CJK punctuation and full-width forms that Noto Sans JP has', () => {
    const source = openFont(SOURCE_FONT);
    const basics = sources.find((s) => s.name.startsWith('kana'));
    const missing = fontCodePoints([basics?.text ?? '']).filter((p) => source.hasGlyphForCodePoint(p) && !inFont.has(p));
    expect(basics).toBeDefined();
    expect(missing, `${hex(missing)}; ${rebuild}`).toEqual([]);
  });

  it('holds nothing that no input needs any more', () => {
    const needed = new Set(fontCodePoints(sources.map((s) => s.text)));
    const extra = [...inFont].filter((p) => !needed.has(p));
    expect(extra, `no input uses ${hex(extra)} now; ${rebuild}`).toEqual([]);
  });

  it('is declared by the committed @font-face rule, with the unicode-range of src/lib/japanese-text.ts', () => {
    expect(readFileSync(CSS_FILE, 'utf8'), rebuild).toBe(fontFaceCss(fontCodePoints(sources.map((s) => s.text)).length, english));
  });

  it('is named in the interface font stack after the system Japanese fonts, and app.css imports its rule', () => {
    // Whitespace as one space: the formatter lays a long font list out one name a line.
    const css = readFileSync('src/app/app.css', 'utf8').replace(/\s+/g, ' ');
    expect(css).toContain(`@import '../assets/fonts/foip-noto-sans-jp.css';`);
    expect(css).toContain(`font-family: ${cssFontList(UI_FONTS)};`);
    expect(cssFontList(UI_FONTS).indexOf(JAPANESE_FONT_FAMILY)).toBeGreaterThan(cssFontList(UI_FONTS).indexOf('Hiragino Sans'));
  });
});

describe('what the font is built from', () => {
  it('reads string literals, template text and JSX text of a source, not its comments or regular expressions', () => {
    const code = `// 注釈\nconst a = '日本'; const b = \`\${a}語\`; const re = /[漢]/u;\nexport const C = () => <p title="地図">本文</p>; /* 他 */`;
    expect(sourceStrings('x.tsx', code).join('|')).toBe('日本|語|地図|本文');
  });

  it('reads every string of a JSON value and none of its keys', () => {
    expect(jsonStrings({ 名前: ['東', { ja: '西', n: 3 }], ok: true })).toEqual(['東', '西']);
  });

  it('writes unicode-range without the small file’s characters, and theirs as the fewest ranges', () => {
    expect(cssUnicodeRange(rangesWithout([[0x4e00, 0x9fff]], [0x4e00, 0x65e5, 0x65e6, 0x9fff]))).toBe('U+4E01-65E4, U+65E7-9FFE');
    expect(cssUnicodeRange(rangesOf([0x8a9e, 0x65e5, 0x65e6, 0x672c]))).toBe('U+65E5-65E6, U+672C, U+8A9E');
  });

  it('keeps only characters in the font’s unicode-range', () => {
    expect(
      fontCodePoints(['Tokyo 東京、“quoted” ①', 'ＵＡＶ'])
        .map((p) => String.fromCodePoint(p))
        .join(''),
    ).toBe('、京東ＡＵＶ');
  });
});
