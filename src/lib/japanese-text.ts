/**
 * Which characters the bundled Japanese font serves (its CSS `unicode-range`), and the interface's
 * font list that ends with it. Used by the image export, by `npm run build:font` and by the tests.
 */
import { JAPANESE_FONT_FAMILY, SYSTEM_JAPANESE_FONTS } from './japanese-font.ts';

/** Blocks the font serves: CJK, kana and full-width forms only. */
export const JAPANESE_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3040, 0x309f], // hiragana
  [0x30a0, 0x30ff], // katakana
  [0x31f0, 0x31ff], // katakana phonetic extensions
  [0x3200, 0x33ff], // enclosed CJK letters, CJK compatibility (㈱ ㎞)
  [0x3400, 0x4dbf], // CJK unified ideographs extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half-width and full-width forms
  [0x20000, 0x2fa1f], // CJK extensions B–F and compatibility supplement
];

export function inJapaneseFontRange(codePoint: number): boolean {
  return JAPANESE_FONT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Whether `text` has a character the bundled font serves. */
export function hasJapanese(text: string): boolean {
  for (const char of text) if (inJapaneseFontRange(char.codePointAt(0) ?? 0)) return true;
  return false;
}

/** Ranges as CSS `unicode-range` writes them: `U+3000-303F, U+65E5, …`. */
export function cssUnicodeRange(ranges: readonly (readonly [number, number])[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}

/** `ranges` with the code points `out` taken out of them. */
export function rangesWithout(ranges: readonly (readonly [number, number])[], out: readonly number[]): [number, number][] {
  const sorted = [...new Set(out)].sort((a, b) => a - b);
  return ranges.flatMap(([from, to]) => {
    const pieces: [number, number][] = [];
    let start = from;
    for (const point of sorted.filter((p) => p >= from && p <= to)) {
      if (point > start) pieces.push([start, point - 1]);
      start = point + 1;
    }
    if (start <= to) pieces.push([start, to]);
    return pieces;
  });
}

/** Sorted code points as the fewest ranges. */
export function rangesOf(points: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const point of [...new Set(points)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else ranges.push([point, point]);
  }
  return ranges;
}

/** The interface's fonts, in CSS order; src/app/app.css writes the same list (a test checks it). */
export const UI_FONTS = ['system-ui', '-apple-system', 'Segoe UI', ...SYSTEM_JAPANESE_FONTS, JAPANESE_FONT_FAMILY, 'sans-serif'];

const GENERIC = new Set(['system-ui', '-apple-system', 'sans-serif', 'serif', 'monospace']);

/** A list of families as CSS and a canvas `font` write it: names quoted, generic families bare. */
export function cssFontList(fonts: readonly string[]): string {
  return fonts.map((font) => (GENERIC.has(font) ? font : `'${font}'`)).join(', ');
}
