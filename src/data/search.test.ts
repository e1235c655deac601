import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palauAirport } from '../../tests/fixtures/initiatives.ts';
import { applyFilters, NO_FILTERS, prepare } from './filters.ts';
import { matchesTokens, normaliseText, queryTokens, searchText } from './search.ts';
import { parseDataset } from './validate.ts';

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

describe('searchText', () => {
  const base = palauAirport();
  const probe = {
    ...base,
    properties: {
      ...base.properties,
      source: {
        ...base.properties.source,
        sectionEn: 'Using ODA and OSA for security',
        mapLabel: '（パラオ）空港',
        mapLabelEn: '(Palau) Airport support',
      },
    },
  };
  it.each([
    ['the heading in Japanese', '安全保障に資する'],
    ['the heading in English', 'oda and osa for security'],
    ['the map label in Japanese', '（パラオ）'],
    ['the map label in English', 'airport support'],
  ])('holds %s', (_name, query) => {
    expect(matchesTokens(searchText(probe), queryTokens(query))).toBe(true);
  });
});

describe('search over the shipped dataset (as ?q=… runs it)', () => {
  const parsed = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
  if (!parsed.ok) throw new Error('dataset does not parse');
  const prepared = prepare(parsed.value.initiatives);
  const ids = (q: string) => applyFilters(prepared, { ...NO_FILTERS, q }).matching.map((i) => i.id);

  it.each<[string, string[]]>([
    ['MAHASAGAR', ['japan-india-foip-mahasagar-synergy']],
    ['OSAの規模・対象国・分野を拡大', ['osa-expansion']],
    // Only in the English heading <Giving shape to the evolved FOIP>.
    [
      'giving shape',
      [
        'japan-india-northeast-india-bay-of-bengal-value-chain',
        'japan-india-foip-digital-corridor',
        'japan-india-quad-leaders-summit',
        'japan-india-philippines-track-1-5-dialogue',
      ],
    ],
    // The same items by their Japanese heading <進化版FOIPの具現化>.
    [
      '進化版FOIPの具現化',
      [
        'japan-india-northeast-india-bay-of-bengal-value-chain',
        'japan-india-foip-digital-corridor',
        'japan-india-quad-leaders-summit',
        'japan-india-philippines-track-1-5-dialogue',
      ],
    ],
  ])('?q=%s', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  it('finds items by the English of their world-map label', () => {
    // "(ODA, OSA)" is in the English label of the Palau–Micronesia airport and port support only.
    expect(ids('ODA, OSA')).toEqual(['palau-airport-terminal', 'pohnpei-port-expansion']);
  });

  it('finds items by their English heading that no title or summary names', () => {
    const found = ids('people-to-people');
    expect(found).toEqual([
      'japan-india-lotus-joint-research',
      'japan-india-75th-anniversary-commemorative-events',
      'japan-india-yamanashi-uttar-pradesh-local-government-exchange',
    ]);
  });
});
