/**
 * The bundled Japanese font and the font stacks that fall back to it. On a machine with no Japanese
 * font (a fresh server, a kiosk, CI) Japanese would otherwise be drawn as empty boxes. The font is
 * Noto Sans JP (SIL OFL 1.1) subset by `npm run build:font` to the characters the app shows
 * (src/assets/fonts/), declared by CSS `@font-face` with a `unicode-range` of Japanese blocks only,
 * and named after the system's own Japanese fonts in every stack: a browser reaches it only for a
 * character that no earlier font has, so an English page never downloads it and a Japanese
 * machine keeps its own fonts.
 */

export const JAPANESE_FONT_FAMILY = 'FOIP Noto Sans JP';

/** Blocks the font serves (its CSS `unicode-range`): CJK, kana and full-width forms only. */
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

/** The ranges as CSS writes them: `U+3000-303F, …`. */
export function cssUnicodeRange(): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return JAPANESE_FONT_RANGES.map(([from, to]) => `U+${hex(from)}-${hex(to)}`).join(', ');
}

/** Japanese fonts that systems ship (macOS, Windows, Linux), tried before the bundled one. */
export const SYSTEM_JAPANESE_FONTS = ['Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', 'Yu Gothic', 'Meiryo', 'Noto Sans CJK JP', 'Noto Sans JP'] as const;

/** The interface's fonts, in CSS order; src/app/app.css writes the same list (a test checks it). */
export const UI_FONTS = ['system-ui', '-apple-system', 'Segoe UI', ...SYSTEM_JAPANESE_FONTS, JAPANESE_FONT_FAMILY, 'sans-serif'] as const;

const GENERIC = new Set(['system-ui', '-apple-system', 'sans-serif', 'serif', 'monospace']);

/** A list of families as CSS and canvas `font` write it: names quoted, generic families bare. */
export function cssFontList(fonts: readonly string[]): string {
  return fonts.map((font) => (GENERIC.has(font) ? font : `'${font}'`)).join(', ');
}

/**
 * The map's label fonts (`text-font`): MapLibre draws each glyph on a canvas with this list, so the
 * browser takes Latin from the default sans-serif as before, Japanese from a system font, and only
 * failing those from the bundled font. (A `text-font` other than MapLibre's default is drawn with
 * its own list, not `localIdeographFontFamily`.)
 */
export const MAP_LABEL_FONTS = ['sans-serif', ...SYSTEM_JAPANESE_FONTS, JAPANESE_FONT_FAMILY];
