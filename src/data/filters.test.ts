import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  applyFilters,
  facetValuesOf,
  FACETS,
  isFiltered,
  NO_FILTERS,
  prepare,
  prepareSearch,
  searchTextAt,
  toggleValue,
  type Facet,
  type FilterResult,
  type Filters,
} from './filters.ts';
import { matchesTokens, queryTokens, searchText } from './search.ts';
import { syntheticInitiatives } from './synthetic.ts';
import { parseDataset } from './validate.ts';
import type { Initiative } from './initiative.ts';

function make(id: string, p: Partial<Initiative['properties']>, title = id): Initiative {
  const base = indiaCountryLevel(id);
  return { ...base, properties: { ...base.properties, ...p, title: { en: title, ja: title } } };
}

// A small world: three pillars, partners, tools, countries in several regions.
const data = prepare([
  make('osa-radar-phl', { pillar: 3, countries: ['PHL'], partners: [], tools: ['OSA'], precision: 6, status: 'ongoing' }, 'Coastal radar'),
  make('osa-boats-fji', { pillar: 3, countries: ['FJI'], partners: [], tools: ['OSA'], precision: 6 }, 'Patrol boats'),
  make(
    'cable-fsm',
    { pillar: 1, countries: ['FSM', 'NRU', 'KIR'], partners: ['USA', 'AUS'], tools: ['contribution'], precision: 5 },
    'Submarine cable',
  ),
  make('rare-earth-mys', { pillar: 1, countries: ['MYS'], partners: ['AUS'], tools: ['private'], precision: 6 }, 'Rare earths'),
  make('india-dc', { pillar: 1, countries: ['IND'], partners: ['IND'], tools: ['private', 'agreement'], precision: 6 }, 'Data centre'),
  { ...palauAirport(), properties: { ...palauAirport().properties, pillar: 3 } },
]);
const ids = (filters: Partial<Filters>) => applyFilters(data, { ...NO_FILTERS, ...filters }).matching.map((i) => i.id);
const counts = (filters: Partial<Filters>, facet: keyof Filters) =>
  Object.fromEntries(applyFilters(data, { ...NO_FILTERS, ...filters }).counts[facet as 'pillar']);

describe('applyFilters: matching', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    [
      'no filter: everything, in order',
      {},
      ['osa-radar-phl', 'osa-boats-fji', 'cable-fsm', 'rare-earth-mys', 'india-dc', 'palau-airport-terminal'],
    ],
    ['one pillar', { pillar: [3] }, ['osa-radar-phl', 'osa-boats-fji', 'palau-airport-terminal']],
    [
      'values in one facet are ORed',
      { pillar: [1, 3] },
      ['osa-radar-phl', 'osa-boats-fji', 'cable-fsm', 'rare-earth-mys', 'india-dc', 'palau-airport-terminal'],
    ],
    ['facets are ANDed', { pillar: [3], country: ['PHL'] }, ['osa-radar-phl']],
    ['partner', { partner: ['AUS'] }, ['cable-fsm', 'rare-earth-mys']],
    ['tool', { tool: ['OSA'] }, ['osa-radar-phl', 'osa-boats-fji']],
    ['a multi-country initiative matches any of its countries', { country: ['NRU'] }, ['cable-fsm']],
    ['region derived from host countries', { region: ['pacific-islands'] }, ['osa-boats-fji', 'cable-fsm', 'palau-airport-terminal']],
    ['precision', { precision: [1] }, ['palau-airport-terminal']],
    ['status, stated', { status: ['ongoing'] }, ['osa-radar-phl']],
    [
      'status, not stated',
      { status: ['unstated'] },
      ['osa-boats-fji', 'cable-fsm', 'rare-earth-mys', 'india-dc', 'palau-airport-terminal'],
    ],
    [
      'status: stated and not stated are ORed',
      { status: ['ongoing', 'unstated'], pillar: [3] },
      ['osa-radar-phl', 'osa-boats-fji', 'palau-airport-terminal'],
    ],
    ['search', { q: 'cable' }, ['cable-fsm']],
    ['search with facets', { q: 'a', pillar: [1], partner: ['AUS'] }, ['cable-fsm', 'rare-earth-mys']],
    [
      'every facet at once',
      {
        pillar: [1],
        partner: ['AUS'],
        tool: ['private'],
        country: ['MYS'],
        region: ['southeast-asia'],
        precision: [6],
        status: ['unstated'],
        q: 'rare',
      },
      ['rare-earth-mys'],
    ],
    ['empty result', { pillar: [2] }, []],
    ['contradictory facets', { country: ['PHL'], tool: ['private'] }, []],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe('applyFilters: live counts', () => {
  it('counts each value over everything when nothing is chosen', () => {
    expect(counts({}, 'pillar')).toEqual({ '1': 3, '3': 3 });
  });

  it('counts a facet’s values given the other facets, not itself', () => {
    // Choosing pillar 3 does not shrink the pillar counts (so 1 stays pickable) …
    expect(counts({ pillar: [3] }, 'pillar')).toEqual({ '1': 3, '3': 3 });
    // … but does shrink the tool counts.
    expect(counts({ pillar: [3] }, 'tool')).toEqual({ OSA: 2, ODA: 1, contribution: 0, private: 0, agreement: 0 });
  });

  it('gives 0 (not absent) for values that would match nothing', () => {
    expect(counts({ partner: ['AUS'] }, 'country')).toMatchObject({ PHL: 0, IND: 0, MYS: 1, FSM: 1 });
  });

  it('applies the search to every count', () => {
    expect(counts({ q: 'boats' }, 'pillar')).toEqual({ '1': 0, '3': 1 });
  });

  it('counts a multi-country initiative once per country value and once per region', () => {
    expect(counts({}, 'region')).toMatchObject({ 'pacific-islands': 3, 'southeast-asia': 2, 'south-asia': 1 });
  });

  it('gives every value 0 for an empty dataset', () => {
    expect(applyFilters(prepare([]), { ...NO_FILTERS, pillar: [1] })).toEqual({
      matching: [],
      counts: {
        pillar: new Map(),
        partner: new Map(),
        tool: new Map(),
        country: new Map(),
        region: new Map(),
        precision: new Map(),
        status: new Map(),
      },
    });
  });
});

describe('toggleValue and isFiltered', () => {
  it('adds and removes a value', () => {
    const once = toggleValue(NO_FILTERS, 'pillar', 3);
    expect(once.pillar).toEqual([3]);
    expect(toggleValue(once, 'pillar', 3).pillar).toEqual([]);
  });
  it.each<[Partial<Filters>, boolean]>([
    [{}, false],
    [{ q: '   ' }, false],
    [{ q: 'x' }, true],
    [{ tool: ['OSA'] }, true],
  ])('%j → %s', (filters, expected) => {
    expect(isFiltered({ ...NO_FILTERS, ...filters })).toBe(expected);
  });
});

/** The definition, written the plain way (strings, sets and maps per initiative): the coded pass must agree with it. */
function reference(initiatives: readonly Initiative[], filters: Filters): FilterResult {
  const wanted = FACETS.map((facet) => (filters[facet].length > 0 ? new Set(filters[facet].map(String)) : null));
  const tokens = queryTokens(filters.q);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const matching: Initiative[] = [];
  for (const initiative of initiatives) {
    const values = facetValuesOf(initiative);
    const passes = FACETS.map((facet, i) => !wanted[i] || values[facet].some((v) => wanted[i]!.has(v)));
    const search = tokens.length === 0 || matchesTokens(searchText(initiative), tokens);
    if (search && passes.every(Boolean)) matching.push(initiative);
    FACETS.forEach((facet, i) => {
      const others = search && passes.every((p, j) => p || j === i);
      for (const value of values[facet]) counts[facet].set(value, (counts[facet].get(value) ?? 0) + (others ? 1 : 0));
    });
  }
  return { matching, counts };
}

describe('applyFilters agrees with the plain definition', () => {
  const real = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
  if (!real.ok) throw new Error('data/initiatives.geojson does not parse');
  // The real dataset (long titles, Japanese text, many partners) and synthetic initiatives based on it.
  const all = [...real.value.initiatives, ...syntheticInitiatives(300, 7, real.value.initiatives)];
  const prepared = prepare(all);
  const pick = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
  const distinct = (facet: Facet) => [...new Set(all.flatMap((i) => facetValuesOf(i)[facet]))];
  const filters = fc.record({
    pillar: pick([1, 2, 3] as const),
    partner: pick([...distinct('partner'), 'XXX']),
    tool: pick(distinct('tool')),
    country: pick([...distinct('country'), 'ZZZ']),
    region: pick(distinct('region')),
    precision: pick(distinct('precision').map(Number)),
    status: pick(distinct('status')),
    q: fc.constantFrom('', 'cable', 'port', 'the', 'zzzz', '港'),
  }) as fc.Arbitrary<Filters>;
  it('on 300 random filter combinations over the real dataset and 300 synthetic initiatives', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(filters, (f) => {
        const got = applyFilters(prepared, f);
        const want = reference(all, f);
        expect(got.matching.map((i) => i.id)).toEqual(want.matching.map((i) => i.id));
        for (const facet of FACETS) expect([...got.counts[facet]].sort()).toEqual([...want.counts[facet]].sort());
      }),
      { numRuns: 300, seed: 20261124 },
    );
  }); // 300 runs over the whole dataset: seconds on a busy 2-core machine, hence the timeout
});

describe('search texts: made when needed, or ahead in slices', () => {
  const all = syntheticInitiatives(1000, 3, [palauAirport(), indiaCountryLevel('india-dc')]);
  it('are not made by prepare, and a search makes them on demand with the same result', () => {
    const lazy = prepare(all);
    expect(lazy.texts.filter((t) => t !== undefined)).toHaveLength(0);
    const ready = prepare(all);
    expect(prepareSearch(ready, 0, () => true)).toBe(all.length);
    expect(ready.texts.every((t, k) => t === searchText(all[k]!))).toBe(true);
    const q = { ...NO_FILTERS, q: all[500]!.properties.title.en.split(' ')[0]! };
    expect(applyFilters(lazy, q).matching.map((i) => i.id)).toEqual(applyFilters(ready, q).matching.map((i) => i.id));
    expect(applyFilters(lazy, q).matching.length).toBeGreaterThan(0);
    // No search, no texts made.
    const untouched = prepare(all);
    applyFilters(untouched, { ...NO_FILTERS, pillar: [1] });
    expect(untouched.texts.filter((t) => t !== undefined)).toHaveLength(0);
  });
  it('stop in slices of 256 when told to, and resume where they stopped', () => {
    const prepared = prepare(all);
    const first = prepareSearch(prepared, 0, () => false);
    expect(first).toBe(256);
    expect(prepared.texts.slice(0, 256).every((t) => t !== undefined)).toBe(true);
    expect(prepared.texts[256]).toBeUndefined();
    let calls = 0;
    expect(prepareSearch(prepared, first, () => ++calls < 2)).toBe(768);
    expect(prepareSearch(prepared, 768, () => true)).toBe(all.length);
    expect(searchTextAt(prepared, 999)).toBe(searchText(all[999]!));
  });
});
