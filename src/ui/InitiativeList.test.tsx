import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { Initiative } from '../data/initiative.ts';
import { InitiativeList, whereText } from './InitiativeList.tsx';

describe('InitiativeList', () => {
  it('has one row per initiative carrying its id, the selected one marked current', () => {
    const html = renderToStaticMarkup(
      <InitiativeList
        initiatives={[palauAirport(), indiaCountryLevel()]}
        selected="india-data-centre"
        hovered={null}
        lang="en"
        onSelect={() => {}}
        onHover={() => {}}
      />,
    );
    expect(html.match(/<li [^>]*data-id="/g)).toHaveLength(2);
    expect(html).toContain('data-id="palau-airport-terminal"');
    expect(html).toMatch(/<button type="button" aria-current="true"[^>]*>.*Data centre/);
    expect(html).toContain('2 initiatives');
  });

  it('counts in Japanese', () => {
    const html = renderToStaticMarkup(
      <InitiativeList initiatives={[palauAirport()]} selected={null} hovered={null} lang="ja" onSelect={() => {}} onHover={() => {}} />,
    );
    expect(html).toContain('1件の取組');
    expect(html).toContain('パラオ');
  });
});

describe('whereText', () => {
  const withCountries = (countries: string[], scope?: Initiative['properties']['scope']): Initiative => ({
    ...palauAirport(),
    properties: { ...palauAirport().properties, countries, ...(scope ? { scope } : {}) },
  });
  it.each<[string[], Initiative['properties']['scope'] | undefined, 'en' | 'ja', string]>([
    [['PHL', 'DJI'], undefined, 'en', 'Philippines, Djibouti'],
    [['PHL', 'DJI'], undefined, 'ja', 'フィリピン、ジブチ'],
    [['VNM', 'THA', 'MYS', 'PHL', 'IDN'], undefined, 'en', 'Vietnam, Thailand, Malaysia +2'],
    [['BRN', 'KHM'], 'ASEAN', 'en', 'ASEAN-wide'],
    [['FJI'], 'Pacific islands', 'ja', '大洋州（広域）'],
  ])('%j %s %s', (countries, scope, lang, expected) => {
    expect(whereText(withCountries(countries, scope), lang)).toBe(expected);
  });
});
