/**
 * The tool rule holds: every tool tag of every feature is named by its quote's sentence, its
 * world-map label, or a note in data/notes/ that quotes the heading naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { Initiative } from './initiative.ts';
import { parseToolNotes, termsIn, toolEvidenceIssues, TOOL_TERMS, type SourceTexts, type ToolNote } from './tool-evidence.ts';
import { parseDataset } from './validate.ts';
import { TOOLS, type SourceDoc, type Tool } from './vocabulary.ts';

const sources: SourceTexts = {
  'evolved-foip': readFileSync('data/sources/evolved-foip.txt', 'utf8'),
  'japan-india-summit': readFileSync('data/sources/japan-india-summit.txt', 'utf8'),
};
const notes = readdirSync('data/notes')
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => parseToolNotes(readFileSync(`data/notes/${name}`, 'utf8'), `data/notes/${name}`));
const parsed = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!parsed.ok) throw new Error('dataset does not parse');
const { initiatives } = parsed.value;

describe('the shipped dataset', () => {
  it('backs every tool tag with the text or a note', () => {
    expect(toolEvidenceIssues(initiatives, sources, notes)).toEqual([]);
  });

  it('has notes only for tags the item’s own text does not name', () => {
    const withoutNotes = toolEvidenceIssues(initiatives, sources, []).map((i) => `${i.feature} ${i.field}`);
    const noted = notes.map((n) => {
      const tools: readonly string[] = initiatives.find((i) => i.id === n.id)?.properties.tools ?? [];
      return `${n.id} properties.tools[${tools.indexOf(n.tool)}]`;
    });
    // A note for a tag that the sentence or label already names would hide a later change of that text.
    expect(noted.filter((key) => !withoutNotes.includes(key))).toEqual(['cyber-exercise-pacific-islands properties.tools[1]']);
  });

  it('has a term for every tool but "unspecified"', () => {
    expect(TOOLS.filter((t) => t !== 'unspecified' && TOOL_TERMS[t].length === 0)).toEqual([]);
  });
});

function feature(tools: Tool[], quote: string, mapLabel?: string, doc: SourceDoc = 'evolved-foip'): Initiative {
  const base = palauAirport();
  return { ...base, id: 'probe', properties: { ...base.properties, tools, source: { ...base.properties.source, doc, quote, mapLabel } } };
}

describe('toolEvidenceIssues', () => {
  it.each<[string, Initiative, string[]]>([
    ['a means named in the quote', feature(['ODA'], 'ODAを活用し、パラオ国際空港のターミナル拡張・運営支援を実施'), []],
    ['a means named earlier in the same sentence', feature(['ODA'], 'パラオ国際空港のターミナル拡張・運営支援を実施'), []],
    [
      'a means named only in the map label',
      feature(['OSA'], 'ポンペイ港の拡張を支援', 'パラオやミクロネシアへの空港・港湾整備支援（ODA・OSA)'),
      [],
    ],
    ['full-width letters', feature(['ODA'], 'ＯＤＡ等を通じて日ＡＳＥＡＮサイバーセキュリティ能力構築センターの運営等を支援'), []],
    ['a means the text does not name', feature(['ODA'], 'ポンペイ港の拡張を支援'), ['probe properties.tools[0]']],
    [
      'a means named in another sentence of the bullet',
      feature(['private'], '日本国内で製造している抗菌薬の製造体制を強化'),
      ['probe properties.tools[0]'],
    ],
    ['unspecified alone', feature(['unspecified'], 'ポンペイ港の拡張を支援'), []],
    [
      'unspecified beside a tool',
      feature(['unspecified', 'ODA'], 'ODAを活用し、パラオ国際空港のターミナル拡張・運営支援を実施'),
      ['probe properties.tools'],
    ],
    [
      'OSA backed only by the letters inside 「GOSAT」',
      feature(['OSA'], '温室効果ガス観測技術衛星GOSATのデータ活用', '温室効果ガス観測技術衛星GOSATのデータ活用'),
      ['probe properties.tools[0]'],
    ],
    [
      'ODA backed only by the 技術協力 of 「防衛装備・技術協力」',
      feature(['ODA'], 'メイク・イン・インドを前提とした防衛装備・技術協力を推進', undefined, 'japan-india-summit'),
      ['probe properties.tools[0]'],
    ],
  ])('%s', (_name, probe, expected) => {
    expect(toolEvidenceIssues([probe], sources, []).map((i) => `${i.feature} ${i.field}`)).toEqual(expected);
  });

  const bare = feature(
    ['OSA'],
    'フィリピンやジブチへの沿岸監視レーダーシステム、バングラデシュやフィジー、インドネシアへの警備艇、マレーシア、スリランカ、トンガへの無人航空機（UAV）供与を決定',
  );
  const note = (line: string): ToolNote[] => parseToolNotes(line, 'notes.md');

  it.each<[string, string, string[]]>([
    [
      'a note quoting the heading that names the means',
      '- `probe` `OSA`: under 「●安全保障に資するODAやOSAの活用、防衛装備移転・協力の推進」.',
      [],
    ],
    ['no note', 'The boats are OSA.', ['probe properties.tools[0]']],
    [
      'a note whose fragment is not in the document',
      '- `probe` `OSA`: 「OSAで供与する」.',
      ['probe notes (notes.md:1)', 'probe properties.tools[0]'],
    ],
    [
      'a note whose fragment does not name the means',
      '- `probe` `OSA`: 「トンガへの無人航空機（UAV）供与を決定」.',
      ['probe notes (notes.md:1)', 'probe properties.tools[0]'],
    ],
    [
      'a stale note for a tool the feature does not carry',
      '- `probe` `ODA`: 「安全保障に資するODAやOSAの活用」.',
      ['probe notes (notes.md:1)', 'probe properties.tools[0]'],
    ],
    [
      'a note for an unknown feature',
      '- `nope` `OSA`: 「安全保障に資するODAやOSAの活用」.',
      ['nope notes (notes.md:1)', 'probe properties.tools[0]'],
    ],
  ])('%s', (_name, line, expected) => {
    expect(toolEvidenceIssues([bare], sources, note(line)).map((i) => `${i.feature} ${i.field}`)).toEqual(expected);
  });

  it('says how to fix an unbacked tag', () => {
    const [issue] = toolEvidenceIssues([feature(['ODA'], 'ポンペイ港の拡張を支援')], sources, []);
    expect(issue?.message).toContain('"ODA" (ODA, 政府開発援助, 円借款');
    expect(issue?.message).toContain('tag it "unspecified"');
  });
});

describe('parseToolNotes', () => {
  it('reads the id, the tool, the line and the quoted fragments; skips prose and indented examples', () => {
    const markdown = [
      '# Notes',
      'Prose about `probe` `OSA`: not a note.',
      '    - `probe` `OSA`: an example 「x」',
      '- `probe` `OSA`: 「a」 and 「b」',
    ].join('\n');
    expect(parseToolNotes(markdown, 'n.md')).toEqual([{ where: 'n.md:4', id: 'probe', tool: 'OSA', fragments: ['a', 'b'] }]);
  });
});

describe('termsIn', () => {
  it.each<[string, Tool, string[]]>([
    ['送電事業へのJBICによる融資を実施', 'JBIC', ['JBIC']],
    ['送電事業へのJBICによる融資を実施', 'loan', ['融資']],
    ['「AI協力に関する日印共同声明」の発出', 'agreement', ['声明']],
    ['豪企業と協力した豪州産レアアース', 'private', []],
    ['海峡通航に関するルール整備に貢献', 'trade-rules', []],
    // Latin terms are words: not inside other Latin letters, whatever the script around them.
    ['温室効果ガス観測技術衛星GOSATのデータ活用', 'OSA', []],
    ['ｇｏｓａｔのデータ', 'OSA', []],
    ['空港・港湾整備支援（ODA・OSA)', 'OSA', ['OSA']],
    ['OSAの規模・対象国・分野を拡大する', 'OSA', ['OSA']],
    ['ＯＤＡ等を通じて', 'ODA', ['ODA']],
    ['CEPA2', 'trade-rules', ['CEPA']],
    // 「防衛装備・技術協力」 is defence co-operation, not the technical co-operation of ODA.
    ['防衛装備・技術協力を推進', 'ODA', []],
    ['防衛装備・技術協力を推進', 'defence-transfer', ['防衛装備']],
    ['防衛装備・技術協力と、JICAの技術協力', 'ODA', ['技術協力', 'JICA']],
    ['技術協力を実施', 'ODA', ['技術協力']],
  ])('%s → %s', (text, tool, expected) => {
    expect(termsIn(text, tool)).toEqual(expected);
  });
});
