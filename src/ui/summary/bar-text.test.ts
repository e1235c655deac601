import { describe, expect, it } from 'vitest';
import type { SummaryBar } from '../../data/summary.ts';
import { barLabel, barName } from './bar-text.ts';

const bar = (value: string, byPillar: SummaryBar['byPillar']): SummaryBar => ({
  value,
  total: byPillar[1] + byPillar[2] + byPillar[3],
  byPillar,
  ids: [],
});

describe('barName', () => {
  it.each([
    ['en', 'Philippines: 9 initiatives, 3 Economic foundation, 1 Growth & rules, 5 Security'],
    ['ja', 'フィリピン：9件の取組（経済基盤3件、成長とルール1件、安全保障5件）'],
  ] as const)('names the value, its total and each focus area’s share (%s)', (lang, expected) => {
    const philippines = bar('PHL', { 1: 3, 2: 1, 3: 5 });
    expect(barName(barLabel('country', philippines, lang), philippines, lang)).toBe(expected);
  });

  it('leaves out the focus areas with none, and says "1 initiative"', () => {
    const one = bar('OSA', { 1: 0, 2: 0, 3: 1 });
    expect(barName(barLabel('tool', one, 'en'), one, 'en')).toBe('OSA (security assistance): 1 initiative, 1 Security');
  });

  it('says nothing of focus areas for a chosen value that matches nothing', () => {
    const none = bar('JPN', { 1: 0, 2: 0, 3: 0 });
    expect(barName('Japan', none, 'en')).toBe('Japan: 0 initiatives');
    expect(barName('日本', none, 'ja')).toBe('日本：0件の取組');
  });
});

describe('barLabel', () => {
  it.each([
    ['status', 'unstated', 'en', 'Not stated'],
    ['status', 'unstated', 'ja', '記載なし'],
    ['country', 'COD', 'en', 'Congo - Kinshasa'],
    ['pillar', '3', 'en', '3. Security'],
  ] as const)('%s %s in %s: %s', (facet, value, lang, expected) => {
    expect(barLabel(facet, bar(value, { 1: 0, 2: 0, 3: 0 }), lang)).toBe(expected);
  });

  it('counts the countries folded into the last bar', () => {
    expect(barLabel('country', bar('', { 1: 1, 2: 0, 3: 0 }), 'en', 12)).toBe('12 other countries');
    expect(barLabel('country', bar('', { 1: 1, 2: 0, 3: 0 }), 'ja', 12)).toBe('その他の12か国');
  });
});
