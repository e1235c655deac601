import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indiaCountryLevel } from '../../tests/fixtures/initiatives.ts';
import { applyFilters, prepare } from './filters.ts';
import type { Initiative } from './initiative.ts';
import { profileFilters, type Profile } from './profile.ts';
import { profileName, profileSummary } from './profile-summary.ts';
import { regionsOf } from './regions.ts';
import { syntheticInitiatives } from './synthetic.ts';
import { parseDataset } from './validate.ts';

function make(id: string, p: Partial<Initiative['properties']>): Initiative {
  const base = indiaCountryLevel(id);
  return { ...base, properties: { ...base.properties, ...p } };
}

const small = [
  make('radar-phl', { pillar: 3, countries: ['PHL'], partners: [], tools: ['OSA'] }),
  make('boats-phl', { pillar: 3, countries: ['PHL'], partners: ['USA', 'AUS'], tools: ['OSA', 'exercise'] }),
  make('port-phl', { pillar: 1, countries: ['PHL', 'VNM'], partners: ['AUS'], tools: ['ODA'] }),
  make('cable-fji', { pillar: 1, countries: ['FJI'], partners: ['AUS'], tools: ['contribution'] }),
];

describe('profileSummary', () => {
  it('lists exactly the initiatives with the profile’s value, in dataset order', () => {
    const cases: [Profile, string[]][] = [
      [{ kind: 'country', value: 'PHL' }, ['radar-phl', 'boats-phl', 'port-phl']],
      [{ kind: 'partner', value: 'AUS' }, ['boats-phl', 'port-phl', 'cable-fji']],
      [{ kind: 'tool', value: 'OSA' }, ['radar-phl', 'boats-phl']],
      [{ kind: 'region', value: 'pacific-islands' }, ['cable-fji']],
      [{ kind: 'country', value: 'FRA' }, []],
    ];
    for (const [profile, ids] of cases) expect(profileSummary(small, profile).initiatives.map((i) => i.id)).toEqual(ids);
  });

  it('counts by focus area and status (in their order), means, partner and host country (most first), leaving out its own facet and zeros', () => {
    const { counts } = profileSummary(small, { kind: 'country', value: 'PHL' });
    expect(counts).toEqual([
      {
        facet: 'pillar',
        values: [
          { value: '1', count: 1 },
          { value: '3', count: 2 },
        ],
      },
      { facet: 'status', values: [{ value: 'unstated', count: 3 }] },
      {
        facet: 'tool',
        values: [
          { value: 'OSA', count: 2 },
          { value: 'ODA', count: 1 },
          { value: 'exercise', count: 1 },
        ],
      },
      {
        facet: 'partner',
        values: [
          { value: 'AUS', count: 2 },
          { value: 'USA', count: 1 },
        ],
      },
    ]);
  });

  it('counts host countries for a profile that is not a country’s', () => {
    const country = profileSummary(small, { kind: 'tool', value: 'OSA' }).counts.find((c) => c.facet === 'country');
    expect(country?.values).toEqual([{ value: 'PHL', count: 2 }]);
    expect(profileSummary(small, { kind: 'tool', value: 'OSA' }).counts.map((c) => c.facet)).toEqual([
      'pillar',
      'status',
      'partner',
      'country',
    ]);
  });

  it('has no counts for a profile with no initiatives', () => {
    expect(profileSummary(small, { kind: 'partner', value: 'EU' })).toMatchObject({ initiatives: [], counts: [] });
  });
});

describe('profileSummary agrees with filtering on the same value (the real dataset and synthetic data)', () => {
  const real = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
  if (!real.ok) throw new Error('data/initiatives.geojson does not parse');
  const all = [...real.value.initiatives, ...syntheticInitiatives(200, 11, real.value.initiatives)];
  const prepared = prepare(all);
  const every = applyFilters(prepared, profileFilters({ kind: 'country', value: 'PHL' }));
  const profiles: Profile[] = [
    ...['PHL', 'IND', 'FJI', 'PLW'].map((value) => ({ kind: 'country' as const, value })),
    ...['AUS', 'USA', 'ASEAN', 'IND'].map((value) => ({ kind: 'partner' as const, value })),
    ...['OSA', 'ODA', 'private'].map((value) => ({ kind: 'tool' as const, value })),
    ...['pacific-islands', 'south-asia', 'africa'].map((value) => ({ kind: 'region' as const, value })),
  ];

  it.each(profiles.map((p) => [`${p.kind}:${p.value}`, p] as const))('%s', (_name, profile) => {
    const summary = profileSummary(all, profile);
    const filtered = applyFilters(prepared, profileFilters(profile));
    expect(summary.initiatives.length).toBeGreaterThan(0);
    // The list is the filter's matching set.
    expect(summary.initiatives.map((i) => i.id)).toEqual(filtered.matching.map((i) => i.id));
    for (const { facet, values } of summary.counts) {
      // Each count is the facet's live count for the same set, and the list's own tally.
      for (const { value, count } of values) {
        expect(count).toBe(filtered.counts[facet].get(value));
        const has = (i: (typeof summary.initiatives)[number]): boolean => {
          const p = i.properties;
          if (facet === 'pillar') return String(p.pillar) === value;
          if (facet === 'status') return (p.status ?? 'unstated') === value;
          return (facet === 'tool' ? p.tools : facet === 'partner' ? p.partners : (p.countries as readonly string[])).includes(value);
        };
        const tally = summary.initiatives.filter(has).length;
        expect(count).toBe(tally);
      }
      // And no non-zero live count is left out.
      const nonZero = [...filtered.counts[facet]].filter(([, n]) => n > 0).map(([v]) => v);
      expect(values.map((v) => v.value).sort()).toEqual(nonZero.sort());
    }
    expect(every.matching.length).toBeGreaterThan(0);
  });

  it('a region profile holds the initiatives with a host country in that region', () => {
    const summary = profileSummary(all, { kind: 'region', value: 'southeast-asia' });
    expect(summary.initiatives.length).toBeGreaterThan(0);
    for (const i of summary.initiatives) expect(regionsOf(i.properties.countries)).toContain('southeast-asia');
  });
});

describe('profileName', () => {
  it.each([
    [{ kind: 'country', value: 'PHL' }, 'Philippines', 'フィリピン'],
    [{ kind: 'partner', value: 'AUS' }, 'Australia', 'オーストラリア'],
    [{ kind: 'partner', value: 'ASEAN' }, 'ASEAN', 'ASEAN'],
    [{ kind: 'tool', value: 'OSA' }, 'OSA (security assistance)', 'OSA（政府安全保障能力強化支援）'],
    [{ kind: 'region', value: 'pacific-islands' }, 'Pacific islands', '太平洋島しょ国'],
  ] as const)('%o', (profile, en, ja) => {
    expect(profileName(profile, 'en')).toBe(en);
    expect(profileName(profile, 'ja')).toBe(ja);
  });
});
