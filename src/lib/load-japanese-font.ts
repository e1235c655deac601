/**
 * Loading the bundled Japanese font before anything draws Japanese on a canvas. The page's own text
 * needs nothing from here: CSS fetches the font when a character reaches it and redraws
 * (`font-display: swap`). A canvas does not wait: MapLibre draws each label glyph once on a canvas
 * and keeps the bitmap, and an export draws its text once, so a glyph drawn before the font is
 * loaded stays an empty box. Both wait for this first.
 */
import { errorMessage } from './error-message.ts';
import type { Lang } from './lang.ts';
import { JAPANESE_FONT_FAMILY } from './japanese-font.ts';
import { hasJapanese } from './japanese-text.ts';

let loading: Promise<void> | null = null;

/**
 * Resolves once the bundled Japanese font can draw `text`: at once when `text` has no Japanese (an
 * English page never downloads it). Rejects, saying so, when the font cannot be loaded.
 */
export function loadJapaneseFontFor(text: string): Promise<void> {
  if (!hasJapanese(text) || typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  // Every file of the family (src/assets/fonts/foip-noto-sans-jp.css): the map's names and an
  // image's text may need any character of it, and the files are small.
  const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === JAPANESE_FONT_FAMILY);
  if (faces.length === 0)
    return Promise.reject(new Error(`The Japanese font is missing: no @font-face for '${JAPANESE_FONT_FAMILY}' is in the page's styles.`));
  loading ??= Promise.all(faces.map((face) => face.load())).then(() => undefined);
  return loading.catch((error: unknown) => {
    loading = null; // a later call tries again
    throw new Error(`The Japanese font could not be loaded (${errorMessage(error)}); Japanese text would be drawn as empty boxes.`);
  });
}

/**
 * Calls `apply` once the map's labels can be drawn in `lang`: at once in English, once the Japanese
 * font is loaded in Japanese (if it cannot be, the labels switch all the same and the failure is
 * logged). Returns a function that cancels the call, for an effect's cleanup.
 */
export function whenLabelsCanDraw(lang: Lang, apply: () => void): () => void {
  if (lang !== 'ja') {
    apply();
    return () => undefined;
  }
  let cancelled = false;
  loadJapaneseFontFor('あ').then(
    () => {
      if (!cancelled) apply();
    },
    (error: unknown) => {
      console.warn(errorMessage(error));
      if (!cancelled) apply();
    },
  );
  return () => {
    cancelled = true;
  };
}
