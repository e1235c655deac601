import { describe, expect, it } from 'vitest';
import { enclosingSentences, normaliseSourceText, sourceBlocks, sourceHolds } from './source-text.ts';

const prose = [
  '• 中部太平洋の戦略的要衝に位置するパラオに対して、ODAを活用し、パラオ国際空港のターミナル拡張・運営支援を実',
  '施。また、ミクロネシアに対して、同国最大の港であるポンペイ港の拡張を支援。 ',
  '',
  '• 防衛装備移転制度の見直しを通じ、防衛装備移転・協力を推進。',
  '• 地域及び国際社会の平和と安定に寄与する防衛装備移転・協力',
  ' （ザンビア、マラウイ、モザ',
  'ンビーク）ナカラ回廊地域',
  '',
  '- ① **共同宣言の発出**：方向性を確認し、メカニズムを創設。データセンター等の進展を確認',
  ' - **電池**：知財保護等の協力推進',
].join('\n');

describe('source text', () => {
  it('normalises as the quotes are stored: no emphasis, no line breaks', () => {
    expect(normaliseSourceText('実\n施。**電池**')).toBe('実施。電池');
  });

  it('cuts the document into bullets and paragraphs', () => {
    expect(sourceBlocks(prose).map((b) => b.slice(0, 8))).toEqual([
      '• 中部太平洋の',
      '• 防衛装備移転',
      '• 地域及び国際',
      '- ① 共同宣言',
      '- 電池：知財保',
    ]);
  });

  it.each<[string, string, string | null]>([
    [
      'widens a quote to its sentence, across a line wrap',
      'パラオ国際空港のターミナル拡張・運営支援を実施',
      '• 中部太平洋の戦略的要衝に位置するパラオに対して、ODAを活用し、パラオ国際空港のターミナル拡張・運営支援を実施。',
    ],
    ['stops at the 。 before', 'ポンペイ港の拡張を支援', 'また、ミクロネシアに対して、同国最大の港であるポンペイ港の拡張を支援。'],
    ['keeps a label alone in a block without a 。 (no run-on into the bullet above)', 'ナカラ回廊地域', 'ナカラ回廊地域'],
    ['reads through the emphasis of the summit page', '共同宣言の発出', '- ① 共同宣言の発出：方向性を確認し、メカニズムを創設。'],
    ['returns null for text the document does not hold', 'ODAで港を整備', null],
  ])('%s', (_name, quote, expected) => {
    expect(enclosingSentences(prose, quote)).toBe(expected);
  });

  it('finds fragments verbatim regardless of line breaks', () => {
    expect(sourceHolds(prose, '運営支援を実施')).toBe(true);
    expect(sourceHolds(prose, '運営支援を実行')).toBe(false);
    expect(sourceHolds(prose, '')).toBe(false);
  });
});
