/** What every part of a slide is laid out with: the slide's size in inches, text's base options, colours and paragraphs as pptxgenjs takes them. */
import type PptxGenJS from 'pptxgenjs';

/** LAYOUT_WIDE: 13.333 × 7.5 inches (12,192,000 × 6,858,000 EMU), 16:9. */
export const W = 12_192_000 / 914_400;
export const H = 7.5;

/** Every text's language, and the deck's font where it has one of its own (Japanese). */
export type TextBase = { lang: string; fontFace?: string };

/** Paragraphs of one run each. Empty ones are left out (an empty run makes PowerPoint ask to repair: PptxGenJS #913). */
export function paragraphs(items: readonly { text: string; options: PptxGenJS.TextPropsOptions }[]): PptxGenJS.TextProps[] {
  const kept = items.filter((item) => item.text !== '');
  return kept.map((item, k) => ({ text: item.text, options: { ...item.options, breakLine: k < kept.length - 1 } }));
}

/** "#0072B2" → "0072B2" */
export function hex(color: string): string {
  return color.replace('#', '').toUpperCase();
}
