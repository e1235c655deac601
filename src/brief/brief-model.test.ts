import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { DatasetMetadata, Initiative } from '../data/initiative.ts';
import { BRIEF_LIMIT, buildBrief, dateText } from './brief-model.ts';

const metadata: DatasetMetadata = {
  name: 'FOIP Atlas initiatives',
  version: '1.2.0',
  updated: '2026-12-04',
  licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  sources: [{ doc: 'evolved-foip', title: { en: 'Evolved FOIP', ja: '進化版FOIP' } }],
};

function withStatusAndTools(initiative: Initiative, patch: Partial<Initiative['properties']>): Initiative {
  return { ...initiative, properties: { ...initiative.properties, ...patch } };
}

const palau = withStatusAndTools(palauAirport(), { status: 'ongoing', tools: ['ODA', 'capacity-building'] });
const india = withStatusAndTools(indiaCountryLevel(), { tools: ['private', 'ODA'] });

describe('buildBrief', () => {
  it('titles the brief with the view in words and states its count, date and data release', () => {
    const brief = buildBrief({ lang: 'en', title: 'Palau · ODA', initiatives: [palau], metadata, made: '2026-12-05' });
    expect(brief.title).toBe('Palau · ODA');
    expect(brief.facts).toEqual(['1 initiative', 'Made 2026-12-05', 'Data release 1.2.0 (2026-12-04)']);
    expect(brief.fileName).toBe('foip-atlas-brief-palau-oda-en.pdf');
  });

  it('says so in Japanese, with the date written the Japanese way', () => {
    const brief = buildBrief({ lang: 'ja', title: 'パラオ・ODA', initiatives: [palau, india], metadata, made: '2026-12-05' });
    expect(brief.facts).toEqual(['2件の取組', '作成日：2026年12月5日', 'データ版 1.2.0（2026-12-04）']);
    expect(brief.fileName).toBe('foip-atlas-brief-パラオ-oda-ja.pdf');
  });

  it('names a brief of every initiative so when the view chooses nothing', () => {
    expect(buildBrief({ lang: 'en', title: '  ', initiatives: [], metadata, made: '2026-12-05' }).title).toBe('All initiatives');
    expect(buildBrief({ lang: 'ja', title: '', initiatives: [], metadata, made: '2026-12-05' }).title).toBe('すべての取組');
  });

  it('counts every focus area, and each means used, most used first', () => {
    const brief = buildBrief({ lang: 'en', title: '', initiatives: [palau, india], metadata, made: '2026-12-05' });
    expect(brief.byFocusArea.map((row) => [row.label, row.count])).toEqual([
      ['1. Economic foundation', 1],
      ['2. Growth & rules', 0],
      ['3. Security', 1],
    ]);
    expect(brief.byMeans.map((row) => [row.label, row.count])).toEqual([
      ['ODA', 2],
      ['Private investment', 1],
      ['Capacity building', 1],
    ]);
    expect(brief.byMeans[0]?.byPillar).toEqual({ 1: 1, 2: 0, 3: 1 });
  });

  it('counts each status stated, in the order of progress, then those with none stated', () => {
    const planned = withStatusAndTools(indiaCountryLevel('india-planned'), { status: 'planned' });
    const brief = buildBrief({ lang: 'ja', title: '', initiatives: [palau, india, planned], metadata, made: '2026-12-05' });
    expect(brief.byStatus.map((row) => [row.label, row.count, row.byPillar])).toEqual([
      ['予定', 1, { 1: 1, 2: 0, 3: 0 }],
      ['実施中', 1, { 1: 0, 2: 0, 3: 1 }],
      ['記載なし', 1, { 1: 1, 2: 0, 3: 0 }],
    ]);
  });

  it('lists each initiative in the order given, with its hosts, means and status', () => {
    const brief = buildBrief({ lang: 'en', title: '', initiatives: [palau, india], metadata, made: '2026-12-05' });
    expect(brief.rows.map(({ number, title, hosts, means, status }) => ({ number, title, hosts, means, status }))).toEqual([
      { number: 1, title: 'Palau International Airport terminal', hosts: 'Palau', means: 'ODA, Capacity building', status: 'Under way' },
      { number: 2, title: 'Data centre', hosts: 'India', means: 'Private investment, ODA', status: 'Not stated' },
    ]);
    expect(buildBrief({ lang: 'ja', title: '', initiatives: [palau], metadata, made: '2026-12-05' }).rows[0]).toMatchObject({
      title: 'パラオ国際空港ターミナル拡張・運営支援',
      hosts: 'パラオ',
      means: 'ODA、能力構築支援',
      status: '実施中',
    });
  });

  it("gives each initiative's source: the document, the section and the verbatim quote", () => {
    const brief = buildBrief({ lang: 'ja', title: '', initiatives: [india], metadata, made: '2026-12-05' });
    expect(brief.sources).toEqual([
      {
        id: 'india-data-centre',
        number: 1,
        title: 'データセンター',
        document: '日印首脳会談 成果',
        section: '<経済安全保障>',
        quote: 'データセンター',
      },
    ]);
  });

  it('keeps text from the data exactly as it is (markup is for the document to print as text)', () => {
    const hostile = '<script>alert(1)</script>&amp;';
    const brief = buildBrief({
      lang: 'en',
      title: hostile,
      initiatives: [withStatusAndTools(palau, { title: { en: hostile, ja: hostile } })],
      metadata,
      made: '2026-12-05',
    });
    expect(brief.title).toBe(hostile);
    expect(brief.rows[0]?.title).toBe(hostile);
    expect(brief.sources[0]?.title).toBe(hostile);
    expect(brief.fileName).toBe('foip-atlas-brief-script-alert-1-script-amp-en.pdf');
  });

  it('cites the data in full, and in Latin letters only in the footer (which cannot load the Japanese font)', () => {
    const brief = buildBrief({ lang: 'ja', title: '', initiatives: [], metadata, made: '2026-12-05' });
    expect(brief.citation).toContain('Evolved FOIP (進化版FOIP)');
    expect(brief.citation).toMatch(/Basemap: Natural Earth \(world-atlas\)\.$/);
    expect(brief.footer).toBe('FOIP Atlas initiatives, version 1.2.0 (2026-12-04), CC-BY-4.0');
  });
});

describe('a view past the limit', () => {
  it('lists the first BRIEF_LIMIT initiatives and counts the rest', () => {
    const many = Array.from({ length: BRIEF_LIMIT + 1234 }, (_, i) => indiaCountryLevel(`india-${i}`));
    const brief = buildBrief({ lang: 'en', title: '', initiatives: many, metadata, made: '2026-12-05' });
    expect(brief.rows).toHaveLength(BRIEF_LIMIT);
    expect(brief.sources).toHaveLength(BRIEF_LIMIT);
    expect(brief.facts[0]).toBe(`${BRIEF_LIMIT + 1234} initiatives`);
    expect(brief.byFocusArea[0]?.count).toBe(BRIEF_LIMIT + 1234);
    expect(brief.more).toMatch(/^… and 1,234 more initiatives, not listed here/);
    expect(buildBrief({ lang: 'ja', title: '', initiatives: many, metadata, made: '2026-12-05' }).more).toMatch(/^…ほか1,234件の取組/);
    expect(buildBrief({ lang: 'en', title: '', initiatives: [palau], metadata, made: '2026-12-05' }).more).toBe('');
  });
});

describe('dateText', () => {
  it.each([
    ['2026-12-05', 'en', '2026-12-05'],
    ['2026-12-05', 'ja', '2026年12月5日'],
    ['2026-01-30', 'ja', '2026年1月30日'],
    ['2026-12', 'ja', '2026-12'],
  ] as const)('%s in %s is %s', (date, lang, expected) => {
    expect(dateText(date, lang)).toBe(expected);
  });
});
