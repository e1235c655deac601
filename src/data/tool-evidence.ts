/**
 * The tool rule, as a check: a tool is tagged only where the text names that means. "The text"
 * is the feature's quote with the sentence(s) around it, its world-map label, or — where a
 * heading or a parent bullet names the means — a line of data/notes/ that quotes that heading.
 * `unspecified` needs no evidence, but it stands alone.
 */
import type { Initiative } from './initiative.ts';
import { normaliseText } from './search.ts';
import { enclosingSentences, sourceHolds } from './source-text.ts';
import type { DataIssue } from './validate.ts';
import type { SourceDoc, Tool } from './vocabulary.ts';

/**
 * Japanese (and Latin) words that name each means. A word here allows the tag; it never
 * requires it. Compared after NFKC and case folding, so ＯＤＡ is ODA.
 */
export const TOOL_TERMS: Readonly<Record<Tool, readonly string[]>> = {
  ODA: ['ODA', '政府開発援助', '円借款', '無償資金協力', '技術協力', 'JICA', '国際協力機構'],
  OSA: ['OSA', '政府安全保障能力強化支援'],
  JBIC: ['JBIC', '国際協力銀行'],
  JOGMEC: ['JOGMEC', 'エネルギー・金属鉱物資源機構'],
  loan: ['融資', '借款', '貸付'],
  private: ['日本企業', '本邦企業', '民間', '経済界', '製薬企業', '中小企業'],
  agreement: ['合意', '協力覚書', '覚書', 'MoC', 'MoU', '宣言', '声明', '協力文書', '署名'],
  dialogue: ['対話', '会合', '意見交換', '協議'],
  research: ['研究', '共同開発', '技術開発'],
  demonstration: ['実証'],
  exercise: ['演習', '訓練'],
  'defence-transfer': ['防衛装備', '移転'],
  'capacity-building': ['能力構築', '能力向上', '能力の向上', '人材育成', '人材の育成', '研修', '技術支援', '教育'],
  'trade-rules': ['CPTPP', 'CEPA', '経済連携協定', '自由貿易', 'AfCFTA', '貿易協定', '投資協定'],
  contribution: ['資金貢献', '拠出', '出資'],
  exchange: ['交流', '記念行事', '頭脳循環'],
  unspecified: [],
};

/**
 * Phrases in which a term of TOOL_TERMS does not name its means. 「防衛装備・技術協力」 is defence
 * equipment and technology co-operation (the summit's heading and its Make in India item), not
 * the technical co-operation of ODA.
 */
export const NOT_TERMS: Readonly<Record<string, readonly string[]>> = {
  技術協力: ['防衛装備・技術協力'],
};

/**
 * The words of TOOL_TERMS[tool] that the text holds. A Latin term is a word: it does not count
 * inside other Latin letters (the OSA of 「GOSAT」); a term does not count inside a phrase of
 * NOT_TERMS.
 */
export function termsIn(text: string, tool: Tool): string[] {
  const haystack = normaliseText(text);
  return TOOL_TERMS[tool].filter((term) => namesTerm(haystack, term));
}

const LATIN_LETTER = /\p{Script=Latin}/u;

function namesTerm(haystack: string, term: string): boolean {
  const needle = normaliseText(term);
  const latinStart = LATIN_LETTER.test(needle.charAt(0));
  const latinEnd = LATIN_LETTER.test(needle.charAt(needle.length - 1));
  const exceptions = (NOT_TERMS[term] ?? []).map((phrase) => {
    const normalised = normaliseText(phrase);
    return { phrase: normalised, offset: normalised.indexOf(needle) };
  });
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (latinStart && LATIN_LETTER.test(haystack.charAt(at - 1))) continue;
    if (latinEnd && LATIN_LETTER.test(haystack.charAt(at + needle.length))) continue;
    if (exceptions.some(({ phrase, offset }) => offset >= 0 && at >= offset && haystack.startsWith(phrase, at - offset))) continue;
    return true;
  }
  return false;
}

/**
 * A line of data/notes/ that backs one tool of one feature, starting in the first column:
 *   - `feature-id` `tool`: why, quoting the heading 「…」 that names the means.
 * (Indented, as in a code block, it is an example and not read.)
 */
export interface ToolNote {
  /** Where the line is, e.g. `data/notes/tool-evidence.md:12`. */
  readonly where: string;
  readonly id: string;
  readonly tool: string;
  /** The 「…」 fragments the line quotes. */
  readonly fragments: readonly string[];
}

const NOTE_LINE = /^-\s+`([a-z0-9]+(?:-[a-z0-9]+)*)`\s+`([A-Za-z-]+)`:\s*(.+)$/;

/** The tool notes of one markdown file; other lines are prose and are skipped. */
export function parseToolNotes(markdown: string, file: string): ToolNote[] {
  const notes: ToolNote[] = [];
  markdown.split('\n').forEach((line, index) => {
    const match = NOTE_LINE.exec(line);
    if (!match) return;
    const [, id = '', tool = '', text = ''] = match;
    const fragments = [...text.matchAll(/「([^「」]+)」/g)].map((m) => m[1] ?? '');
    notes.push({ where: `${file}:${index + 1}`, id, tool, fragments });
  });
  return notes;
}

export type SourceTexts = Readonly<Record<SourceDoc, string>>;

/**
 * Every tool tag that the text does not back, every `unspecified` that does not stand alone, and
 * every note that backs nothing (unknown feature, a tool the feature does not carry, a fragment
 * that is not in the document or does not name the means).
 */
export function toolEvidenceIssues(initiatives: readonly Initiative[], sources: SourceTexts, notes: readonly ToolNote[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const noteBacks = new Set<string>();

  for (const note of notes) {
    const initiative = byId.get(note.id);
    const problem = noteProblem(note, initiative, sources);
    if (problem) issues.push({ feature: note.id, field: `notes (${note.where})`, message: problem });
    else noteBacks.add(`${note.id} ${note.tool}`);
  }

  for (const initiative of initiatives) {
    const { tools, source } = initiative.properties;
    if (tools.includes('unspecified') && tools.length > 1) {
      issues.push({ feature: initiative.id, field: 'properties.tools', message: `expected "unspecified" alone, got ${tools.join(', ')}` });
    }
    const evidence = [enclosingSentences(sources[source.doc], source.quote) ?? source.quote, source.mapLabel ?? ''].join('\n');
    tools.forEach((tool, index) => {
      if (tool === 'unspecified' || termsIn(evidence, tool).length > 0 || noteBacks.has(`${initiative.id} ${tool}`)) return;
      issues.push({
        feature: initiative.id,
        field: `properties.tools[${index}]`,
        message:
          `expected the quote's sentence or the map label to name "${tool}" (${TOOL_TERMS[tool].join(', ')}), ` +
          `or a line "- \`${initiative.id}\` \`${tool}\`: …「heading that names it」" in data/notes/; otherwise tag it "unspecified"`,
      });
    });
  }
  return issues;
}

function noteProblem(note: ToolNote, initiative: Initiative | undefined, sources: SourceTexts): string | null {
  if (!initiative) return 'expected the id of a feature of the dataset';
  const tools: readonly string[] = initiative.properties.tools;
  if (!tools.includes(note.tool)) return `expected a tool the feature carries (${tools.join(', ')}), got "${note.tool}": the note is stale`;
  const tool = note.tool as Tool;
  const document = sources[initiative.properties.source.doc];
  const found = note.fragments.filter((fragment) => sourceHolds(document, fragment));
  if (found.length === 0) return `expected a 「…」 fragment found verbatim in ${initiative.properties.source.doc}`;
  if (!found.some((fragment) => termsIn(fragment, tool).length > 0)) {
    return `expected a quoted fragment that names "${tool}" (${TOOL_TERMS[tool].join(', ')})`;
  }
  return null;
}
