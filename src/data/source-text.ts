/**
 * The source documents as the dataset quotes them. The text copies in data/sources/ keep the
 * documents' line wraps (a sentence often breaks mid-word) and the summit page's markdown
 * emphasis; quotes are stored without either. These functions find a quote again and widen it
 * to the whole sentence(s) it stands in, which is what the tool rule reads ("the prose bullet").
 */

/** A document or a fragment of it as quotes are compared: no `**`, no line breaks with their indents. */
export function normaliseSourceText(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s*\n\s*/g, '');
}

/**
 * The document cut into blocks: a bullet (•, -, ●, ▪, ◆, ・ at the start of a line) or a paragraph
 * (text between blank lines), each normalised. World-map labels are paragraphs.
 */
export function sourceBlocks(document: string): string[] {
  return document
    .replace(/\*\*/g, '')
    .split(/\n[ \t]*\n|\n(?=[ \t]*(?:[-•●▪◆]\s|・))/)
    .map((block) => normaliseSourceText(block).trim())
    .filter((block) => block.length > 0);
}

/**
 * The sentence or sentences of `document` that hold `quote`: the quote widened to the 。 before
 * and after it, within its bullet or paragraph. Blocks without a 。 are lists and map labels, where
 * the next label can run on without a blank line (the Nacala label follows an ASEAN bullet), so
 * there the quote stands alone; so it does when it spans blocks. Null when the document does not
 * hold the quote at all.
 */
export function enclosingSentences(document: string, quote: string): string | null {
  const wanted = normaliseSourceText(quote);
  if (wanted.length === 0) return null;
  for (const block of sourceBlocks(document)) {
    const at = block.indexOf(wanted);
    if (at < 0) continue;
    if (!block.includes('。')) return wanted;
    const before = block.lastIndexOf('。', at - 1);
    const start = before < 0 ? 0 : before + 1;
    const after = block.indexOf('。', at + wanted.length);
    const end = after < 0 ? block.length : after + 1;
    return block.slice(start, end);
  }
  return normaliseSourceText(document).includes(wanted) ? wanted : null;
}

/** True when the document holds the fragment verbatim (line breaks and emphasis aside). */
export function sourceHolds(document: string, fragment: string): boolean {
  const wanted = normaliseSourceText(fragment);
  return wanted.length > 0 && normaliseSourceText(document).includes(wanted);
}
