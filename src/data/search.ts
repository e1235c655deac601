/**
 * Free-text search, tolerant of case, width and accents: "ＡＩ" finds "AI", "ｶﾞｽ"
 * finds "ガス", "Viet Nam" matches "VIET NAM", "Réunion" matches "reunion". Japanese
 * voicing marks (が vs か) are kept: they change the word.
 */
import type { Initiative } from './initiative.ts';

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

/** The query's words, normalised; an initiative must contain every one. */
export function queryTokens(query: string): string[] {
  return normaliseText(query)
    .split(/[\s\u3000]+/u)
    .filter((token) => token.length > 0);
}

/**
 * Everything a search looks in, in both languages: titles, summaries, places, the source quote,
 * and the document's heading and world-map label (so a reader who searches for a heading such as
 * 「人的交流」 or "Security cooperation" finds the items under it).
 */
export function searchText(initiative: Initiative): string {
  const p = initiative.properties;
  const s = p.source;
  return normaliseText(
    [
      p.title.en,
      p.title.ja,
      p.summary.en,
      p.summary.ja,
      p.place?.en,
      p.place?.ja,
      s.quote,
      s.section,
      s.sectionEn,
      s.mapLabel,
      s.mapLabelEn,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

export function matchesTokens(text: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => text.includes(token));
}
