/**
 * The committed Japanese font is current: it holds every Japanese character the app can show, read
 * back with fontkit (an independent reader of the font's cmap, not the harfbuzz code that wrote it).
 * When this fails after an edit of the dataset, the tours or the interface, run `npm run build:font`.
 */
import { readFileSync } from 'node:fs';
import { openSync, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { JAPANESE_FONT_FAMILY } from '../src/map/japanese-font.ts';
import { cssFontList, UI_FONTS } from '../src/map/japanese-text.ts';
import { CSS_FILE, FONT_FILE, fontCodePoints, fontFaceCss, fontTextSources, jsonStrings, SOURCE_FONT, sourceStrings } from './font-text.ts';

function openFont(path: string): Font {
  const font = openSync(path);
  if (!('characterSet' in font)) throw new Error(`${path} is a font collection, not one font`);
  return font;
}

const hex = (points: readonly number[]) => points.map((p) => `${String.fromCodePoint(p)} U+${p.toString(16).toUpperCase()}`).join(', ');

const committed = openFont(FONT_FILE);
// fontkit lists U+FFFF, the end marker of a format-4 cmap, as a character; no text has it.
const inFont = new Set(committed.characterSet.filter((p) => p !== 0xffff));
const sources = fontTextSources();
const rebuild = 'run `npm run build:font` and commit src/assets/fonts/';

describe('the committed Japanese font (src/assets/fonts)', () => {
  it('is a WOFF2 of Noto Sans JP', () => {
    expect(committed.type).toBe('WOFF2');
    expect(committed.familyName).toBe('Noto Sans JP');
  });

  it.each(sources.filter((s) => !s.name.startsWith('kana') && fontCodePoints([s.text]).length > 0).map((s) => [s.name, s.text] as const))('holds every Japanese character of %s', (name, text) => {
    const missing = fontCodePoints([text]).filter((p) => !inFont.has(p));
    expect(missing, `${name} uses characters the font lacks: ${hex(missing)}; ${rebuild}`).toEqual([]);
  });

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

  it('is declared by the committed @font-face rule, with the unicode-range of src/map/japanese-text.ts', () => {
    expect(readFileSync(CSS_FILE, 'utf8'), rebuild).toBe(fontFaceCss(fontCodePoints(sources.map((s) => s.text)).length));
  });

  it('is named in the interface font stack after the system Japanese fonts, and app.css imports its rule', () => {
    const css = readFileSync('src/app/app.css', 'utf8');
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

  it('keeps only characters in the font’s unicode-range', () => {
    expect(fontCodePoints(['Tokyo 東京、“quoted” ①', 'ＵＡＶ']).map((p) => String.fromCodePoint(p)).join('')).toBe('、京東ＡＵＶ');
  });
});
