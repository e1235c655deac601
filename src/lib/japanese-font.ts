/**
 * The bundled Japanese font's name and the map's label fonts. On a machine with no Japanese font (a
 * fresh server, a kiosk, CI) Japanese would otherwise be drawn as empty boxes. The font is Noto Sans
 * JP (SIL OFL 1.1) subset by `npm run build:font` to the characters the app shows
 * (src/assets/fonts/), declared by CSS `@font-face` with a `unicode-range` of Japanese blocks only
 * (japanese-text.ts), and named after the system's own Japanese fonts in every list: a browser
 * reaches it only for a character that no earlier font has, so an English page never downloads it
 * and a Japanese machine keeps its own fonts.
 *
 * This module is part of the first render (the map's layers need the list); the rest is in
 * japanese-text.ts, which loads with the explorer.
 */

export const JAPANESE_FONT_FAMILY = 'FOIP Noto Sans JP';

/** Japanese fonts that systems ship (macOS, Windows, Linux), tried before the bundled one. */
export const SYSTEM_JAPANESE_FONTS = [
  'Hiragino Sans',
  'Hiragino Kaku Gothic ProN',
  'Yu Gothic UI',
  'Yu Gothic',
  'Meiryo',
  'Noto Sans CJK JP',
  'Noto Sans JP',
];

/**
 * The map's label fonts (`text-font`): MapLibre draws each glyph on a canvas with this list, so the
 * browser takes Latin from the default sans-serif as before, Japanese from a system font, and only
 * failing those from the bundled font. (A `text-font` other than MapLibre's default is drawn with
 * its own list, not with `localIdeographFontFamily`: MapLibre 6.17 `GlyphManager._getTinySDF`.)
 */
export const MAP_LABEL_FONTS = ['sans-serif', ...SYSTEM_JAPANESE_FONTS, JAPANESE_FONT_FAMILY];
