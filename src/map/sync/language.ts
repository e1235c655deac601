/** The language of the map's own labels (country names), as global state read by the label layer. */
import type { Lang } from '../../lib/lang.ts';
import { touch, type MapSession } from '../map-session.ts';

export interface LanguageInput {
  readonly lang: Lang;
}

export function diffLanguage(prev: LanguageInput | null, next: LanguageInput): LanguageInput | null {
  return prev?.lang === next.lang ? null : next;
}

export function applyLanguage(session: MapSession, { lang }: LanguageInput): void {
  if (session.map.getGlobalState()['lang'] === lang) return;
  touch(session);
  session.map.setGlobalStateProperty('lang', lang);
}

export const languageSync = { diff: diffLanguage, apply: applyLanguage };
