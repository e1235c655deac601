export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ja';
}

/** Text in both languages, as the dataset stores it. */
export interface LocalText {
  readonly ja: string;
  readonly en: string;
}
