import { describe, expect, it } from 'vitest';
import { matchesTokens, normaliseText, queryTokens } from './search.ts';

describe('normaliseText', () => {
  it.each([
    ['ＡＩ', 'ai'],
    ['５Ｇ　オープンRAN', '5g オープンran'],
    ['ｶﾞｽ', 'ガス'],
    ['Réunion', 'reunion'],
    ['VIET NAM', 'viet nam'],
    ['Côte d’Ivoire', 'cote d’ivoire'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('keeps Japanese voicing marks, which change the word', () => {
    expect(normaliseText('ガス')).not.toBe(normaliseText('カス'));
  });
});

describe('queryTokens and matchesTokens', () => {
  it('splits on ASCII and ideographic spaces', () => {
    expect(queryTokens('  Patrol　ＢＯＡＴＳ  ')).toEqual(['patrol', 'boats']);
  });
  it.each([
    ['patrol boats', true],
    ['boats patrol', true],
    ['patrol cable', false],
    ['', true],
  ])('%j in "OSA patrol boats for Fiji" → %s', (query, expected) => {
    expect(matchesTokens(normaliseText('OSA patrol boats for Fiji'), queryTokens(query))).toBe(expected);
  });
});
