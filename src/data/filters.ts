/**
 * Faceted filtering, pure. Values within one facet are OR'd, facets are AND'd, and the
 * search must match too. Each facet value's count is how many initiatives it would
 * match given all the *other* active facets and the search (live counts).
 */
import type { Initiative } from './initiative.ts';
import { regionsOf, type Region } from './regions.ts';
import { matchesTokens, queryTokens, searchText } from './search.ts';
import type { Pillar, Precision, Tool } from './vocabulary.ts';

export const FACETS = ['pillar', 'partner', 'tool', 'country', 'region', 'precision'] as const;
export type Facet = (typeof FACETS)[number];

export interface Filters {
  readonly pillar: readonly Pillar[];
  readonly partner: readonly string[];
  readonly tool: readonly Tool[];
  readonly country: readonly string[];
  readonly region: readonly Region[];
  readonly precision: readonly Precision[];
  /** Free text; empty for none. */
  readonly q: string;
}

export const NO_FILTERS: Filters = { pillar: [], partner: [], tool: [], country: [], region: [], precision: [], q: '' };

export function isFiltered(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0) || filters.q.trim() !== '';
}

/** An initiative's values for each facet, as strings, and its search text: computed once. */
export interface Prepared {
  readonly initiative: Initiative;
  readonly values: Readonly<Record<Facet, readonly string[]>>;
  readonly text: string;
}

export function facetValuesOf(initiative: Initiative): Record<Facet, string[]> {
  const p = initiative.properties;
  return {
    pillar: [String(p.pillar)],
    partner: [...p.partners],
    tool: [...p.tools],
    country: [...p.countries],
    region: regionsOf(p.countries),
    precision: [String(p.precision)],
  };
}

export function prepare(initiatives: readonly Initiative[]): Prepared[] {
  return initiatives.map((initiative) => ({ initiative, values: facetValuesOf(initiative), text: searchText(initiative) }));
}

const SEARCH_BIT = 1 << FACETS.length;
const ALL_BITS = (1 << (FACETS.length + 1)) - 1;

/** Which facets (bit i for FACETS[i]) and the search (last bit) an initiative passes. */
function passMask(item: Prepared, wanted: readonly (ReadonlySet<string> | null)[], tokens: readonly string[]): number {
  let mask = 0;
  FACETS.forEach((facet, i) => {
    const set = wanted[i];
    if (!set || item.values[facet].some((v) => set.has(v))) mask |= 1 << i;
  });
  if (tokens.length === 0 || matchesTokens(item.text, tokens)) mask |= SEARCH_BIT;
  return mask;
}

function wantedSets(filters: Filters): (ReadonlySet<string> | null)[] {
  return FACETS.map((facet) => (filters[facet].length > 0 ? new Set(filters[facet].map(String)) : null));
}

export interface FilterResult {
  /** The matching initiatives, in dataset order. */
  readonly matching: readonly Initiative[];
  /** For each facet, each value's live count (values absent from the data are absent here). */
  readonly counts: Readonly<Record<Facet, ReadonlyMap<string, number>>>;
}

/** One pass: the matching set and every facet's live counts. */
export function applyFilters(items: readonly Prepared[], filters: Filters): FilterResult {
  const wanted = wantedSets(filters);
  const tokens = queryTokens(filters.q);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const matching: Initiative[] = [];
  for (const item of items) {
    const mask = passMask(item, wanted, tokens);
    if (mask === ALL_BITS) matching.push(item.initiative);
    FACETS.forEach((facet, i) => {
      const map = counts[facet];
      // Counted for a facet value when the item passes every *other* facet and the search.
      const passesOthers = (mask | (1 << i)) === ALL_BITS;
      for (const value of item.values[facet]) {
        if (!map.has(value)) map.set(value, 0);
        if (passesOthers) map.set(value, (map.get(value) ?? 0) + 1);
      }
    });
  }
  return { matching, counts };
}

/** Adds or removes one value of a facet. */
export function toggleValue<F extends Facet>(filters: Filters, facet: F, value: Filters[F][number]): Filters {
  const current = filters[facet] as readonly unknown[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}
