import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indiaCountryLevel } from '../../tests/fixtures/initiatives.ts';
import { applyFilters, facetValuesOf, NO_FILTERS, prepare, type Facet, type Filters } from './filters.ts';
import type { Initiative } from './initiative.ts';
import { summarize, summarizeFacet, SUMMARY_FACETS, TOP_COUNTRIES, type SummaryFacet } from './summary.ts';
import { parseDataset } from './validate.ts';

function make(id: string, p: Partial<Initiative['properties']>): Initiative {
  const base = indiaCountryLevel(id);
  return { ...base, properties: { ...base.properties, ...p } };
}

const small = prepare([
  make('radar-phl', { pillar: 3, countries: ['PHL'], partners: ['USA'], tools: ['OSA'], status: 'ongoing' }),
  make('boats-phl', { pillar: 3, countries: ['PHL'], partners: [], tools: ['OSA'], status: 'decided' }),
  make('cable-fsm', { pillar: 1, countries: ['FSM', 'NRU', 'KIR'], partners: ['USA', 'AUS'], tools: ['contribution'] }),
  make('port-phl', { pillar: 2, countries: ['PHL', 'IDN'], partners: ['AUS'], tools: ['ODA', 'private'] }),
]);
const summaryOf = (facet: SummaryFacet, filters: Partial<Filters> = {}) => {
  const f = { ...NO_FILTERS, ...filters };
  return summarizeFacet(small, f, applyFilters(small, f), facet);
};

describe('summarizeFacet', () => {
  it('gives each value its initiatives, split by focus area, largest first', () => {
    expect(summaryOf('country').bars).toEqual([
      { value: 'PHL', total: 3, byPillar: { 1: 0, 2: 1, 3: 2 }, ids: ['radar-phl', 'boats-phl', 'port-phl'] },
      { value: 'FSM', total: 1, byPillar: { 1: 1, 2: 0, 3: 0 }, ids: ['cable-fsm'] },
      { value: 'IDN', total: 1, byPillar: { 1: 0, 2: 1, 3: 0 }, ids: ['port-phl'] },
      { value: 'KIR', total: 1, byPillar: { 1: 1, 2: 0, 3: 0 }, ids: ['cable-fsm'] },
      { value: 'NRU', total: 1, byPillar: { 1: 1, 2: 0, 3: 0 }, ids: ['cable-fsm'] },
    ]);
  });

  it('keeps a fixed vocabulary’s order, with the initiatives whose documents state no status as `unstated`, last', () => {
    expect(summaryOf('status').bars.map((b) => [b.value, b.total])).toEqual([
      ['decided', 1],
      ['ongoing', 1],
      ['unstated', 2],
    ]);
    expect(summaryOf('pillar').bars.map((b) => b.value)).toEqual(['1', '2', '3']);
  });

  it('counts a facet over the other filters, not its own: a chosen partner leaves the other partners’ bars as they were', () => {
    const chosen = summaryOf('partner', { partner: ['USA'] });
    expect(chosen.bars.map((b) => [b.value, b.total])).toEqual([
      ['AUS', 2],
      ['USA', 2],
    ]);
    expect(chosen.base).toBe(4);
    // … while the other facets count the matching set.
    expect(summaryOf('country', { partner: ['USA'] }).bars.map((b) => [b.value, b.total])).toEqual([
      ['FSM', 1],
      ['KIR', 1],
      ['NRU', 1],
      ['PHL', 1],
    ]);
  });

  it('keeps a chosen value that nothing matches, at 0, so it can be unchosen', () => {
    const bars = summaryOf('country', { country: ['JPN'], pillar: [1] }).bars;
    expect(bars.find((b) => b.value === 'JPN')).toEqual({ value: 'JPN', total: 0, byPillar: { 1: 0, 2: 0, 3: 0 }, ids: [] });
  });

  it('leaves out the values no initiative of the set has', () => {
    expect(summaryOf('tool', { pillar: [3] }).bars.map((b) => b.value)).toEqual(['OSA']);
  });

  it('has no bars on an empty dataset', () => {
    const empty = prepare([]);
    expect(summarize(empty, NO_FILTERS, applyFilters(empty, NO_FILTERS)).map((s) => [s.facet, s.bars.length, s.others])).toEqual(
      SUMMARY_FACETS.map((facet) => [facet, 0, null]),
    );
  });
});

describe('summarizeFacet: the countries past the top ones share one bar', () => {
  // 20 countries: country k hosts 20 - k initiatives of their own; one more initiative spans the last two.
  const codes = [
    'AUS',
    'BGD',
    'BRA',
    'CHL',
    'FJI',
    'IDN',
    'IND',
    'KEN',
    'KHM',
    'LKA',
    'MDV',
    'MNG',
    'MYS',
    'NPL',
    'PHL',
    'PLW',
    'PNG',
    'THA',
    'TLS',
    'VNM',
  ];
  const many = prepare([
    ...codes.flatMap((code, k) =>
      Array.from({ length: 20 - k }, (_, j) => make(`${code}-${j}`, { countries: [code], pillar: ((j % 3) + 1) as 1 | 2 | 3 })),
    ),
    make('shared', { countries: ['TLS', 'VNM'], pillar: 2 }),
  ]);
  const summary = summarizeFacet(many, NO_FILTERS, applyFilters(many, NO_FILTERS), 'country');

  it('gives the first 15 a bar each and folds the rest', () => {
    expect(summary.bars.map((b) => b.value)).toEqual(codes.slice(0, TOP_COUNTRIES));
    expect(summary.folded.map((b) => b.value)).toEqual(codes.slice(TOP_COUNTRIES));
  });

  it('counts each initiative of the folded countries once', () => {
    // PLW 5, PNG 4, THA 3, TLS 2 + shared, VNM 1 + shared: 15 initiatives plus the shared one, once.
    expect(summary.others?.total).toBe(16);
    expect(new Set(summary.others?.ids).size).toBe(16);
    expect(summary.others?.ids).toContain('shared');
  });

  it('keeps a chosen country a bar of its own though it is not among the top ones', () => {
    const filters = { ...NO_FILTERS, country: ['VNM'] };
    const chosen = summarizeFacet(many, filters, applyFilters(many, filters), 'country');
    expect(chosen.bars.map((b) => b.value)).toContain('VNM');
    expect(chosen.folded.map((b) => b.value)).not.toContain('VNM');
  });
});

describe('summarize agrees with the filter panel’s counts', () => {
  const real = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
  if (!real.ok) throw new Error('data/initiatives.geojson does not parse');
  const all = real.value.initiatives;
  const prepared = prepare(all);
  const distinct = (facet: Facet) => [...new Set(all.flatMap((i) => facetValuesOf(i)[facet]))];
  const pick = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 2 });
  const filters = fc.record({
    pillar: pick([1, 2, 3] as const),
    partner: pick(distinct('partner')),
    tool: pick(distinct('tool')),
    country: pick(distinct('country')),
    region: pick(distinct('region')),
    precision: fc.constant([]),
    status: pick(distinct('status')),
    q: fc.constantFrom('', 'cable', 'port', '港'),
  }) as fc.Arbitrary<Filters>;

  it('on 150 random filter combinations over the real dataset: every bar is the facet count, and every counted value has a bar', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const result = applyFilters(prepared, f);
        for (const summary of summarize(prepared, f, result)) {
          const counts = result.counts[summary.facet];
          for (const bar of summary.bars) {
            expect(bar.total).toBe(counts.get(bar.value) ?? 0);
            expect(bar.ids).toHaveLength(bar.total);
            expect(bar.byPillar[1] + bar.byPillar[2] + bar.byPillar[3]).toBe(bar.total);
          }
          const shown = new Set([...summary.bars, ...summary.folded].map((b) => b.value));
          for (const bar of summary.folded) expect(bar.total).toBe(counts.get(bar.value));
          for (const [value, count] of counts) if (count > 0) expect(shown).toContain(value);
          // Where the facet is not filtered, its bars count the matching set.
          if (f[summary.facet].length === 0) expect(summary.base).toBe(result.matching.length);
        }
      }),
      { numRuns: 150, seed: 20261205 },
    );
  });

  it('a bar’s number is how many match once its value is chosen (the list after a click)', () => {
    const result = applyFilters(prepared, NO_FILTERS);
    for (const summary of summarize(prepared, NO_FILTERS, result))
      for (const bar of summary.bars) {
        // The value as the URL writes it ("1" for a pillar): the filter pass compares values as text.
        const after = applyFilters(prepared, { ...NO_FILTERS, [summary.facet]: [bar.value] } as Filters);
        expect(after.matching.map((i) => i.id)).toEqual(bar.ids);
      }
  });
});
