/**
 * The language of the map's own labels (country names), as global state read by the label layer.
 * Japanese names wait for the Japanese font: MapLibre keeps every glyph as first drawn, so a name
 * drawn before the font has loaded would stay an empty box (load-japanese-font.ts).
 */
import type { Lang } from '../../lib/lang.ts';
import { whenLabelsCanDraw } from '../../lib/load-japanese-font.ts';
import { touch, type MapSession } from '../owner/map-session.ts';

export interface LanguageInput {
  readonly lang: Lang;
}

export function diffLanguage(prev: LanguageInput | null, next: LanguageInput): LanguageInput | null {
  return prev?.lang === next.lang ? null : next;
}

export function applyLanguage(session: MapSession, { lang }: LanguageInput): void | (() => void) {
  const { map } = session;
  if (map.getGlobalState()['lang'] === lang) return;
  // Busy until the map next goes idle. The names switch only once the Japanese font can draw them;
  // whenIdle() does not wait for the font (the map keeps its English names meanwhile rather than boxes).
  touch(session);
  let applied = false;
  const cancel = whenLabelsCanDraw(lang, () => {
    applied = true;
    if (!session.removed) map.setGlobalStateProperty('lang', lang);
  });
  return () => {
    cancel();
    // Dropped before it drew: a frame, so the map settles (its idle clears the busy mark).
    if (!applied && !session.removed) map.triggerRepaint();
  };
}

export const languageSync = { diff: diffLanguage, apply: applyLanguage };
