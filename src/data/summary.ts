/**
 * The Summary view's numbers, pure: for each summarised facet, one bar per value with how many
 * initiatives have it, split by focus area, and which they are.
 *
 * A facet's bars count what its checkboxes count (the live counts of filters.ts): the initiatives
 * that match every *other* facet and the search. Where the facet itself is not filtered that is
 * the matching set; where it is, the chart still shows the values one could add, as the panel does.
 * Clicking a bar is choosing that value, so a bar's number is what the list would show after it.
 */
import { applyFilters, facetValuesOf, type Facet, type FilterResult, type Filters, type Prepared } from './filters.ts';
import type { Initiative } from './initiative.ts';
import { PILLARS, STATUS_VALUES, type Pillar } from './vocabulary.ts';

/** The facets summarised, in the order their charts are shown. */
export const SUMMARY_FACETS = ['pillar', 'status', 'tool', 'partner', 'country', 'region'] as const satisfies readonly Facet[];
export type SummaryFacet = (typeof SUMMARY_FACETS)[number];

/** How many countries get a bar of their own; the rest share one bar. */
export const TOP_COUNTRIES = 15;

export interface SummaryBar {
  /** The value as the URL and the filter state write it. */
  readonly value: string;
  /** How many initiatives have the value (the facet's live count). */
  readonly total: number;
  /** `total` split by focus area. */
  readonly byPillar: Readonly<Record<Pillar, number>>;
  /** The initiatives counted, in dataset order. */
  readonly ids: readonly string[];
}

export interface FacetSummary {
  readonly facet: SummaryFacet;
  /** How many initiatives the facet's bars count: those matching every other facet and the search. */
  readonly base: number;
  /** One per value present among them, and one per chosen value (even at 0, so it can be unchosen). */
  readonly bars: readonly SummaryBar[];
  /**
   * Countries past the first TOP_COUNTRIES, as one bar: the initiatives with any of them, each once
   * (so not the sum of their counts); null when there are none. Its `value` is empty.
   */
  readonly others: SummaryBar | null;
  /** The bars folded into `others`, largest first. */
  readonly folded: readonly SummaryBar[];
}

/** Fixed vocabularies keep their own order (a status is a progression); the others go by count. */
const FIXED_ORDER: Partial<Record<SummaryFacet, readonly string[]>> = {
  pillar: PILLARS.map(String),
  status: STATUS_VALUES,
};

const valuesCache = new WeakMap<Initiative, Record<Facet, string[]>>();

/** An initiative's facet values, worked out once per initiative. */
function valuesOf(initiative: Initiative): Record<Facet, string[]> {
  let values = valuesCache.get(initiative);
  if (!values) {
    values = facetValuesOf(initiative);
    valuesCache.set(initiative, values);
  }
  return values;
}

/** The initiatives a facet's bars count: the matching set, or, where the facet is filtered, the set without that filter. */
function baseOf(prepared: Prepared, filters: Filters, result: FilterResult, facet: Facet): readonly Initiative[] {
  return filters[facet].length === 0 ? result.matching : applyFilters(prepared, { ...filters, [facet]: [] }).matching;
}

class Tally {
  total = 0;
  readonly byPillar: Record<Pillar, number> = { 1: 0, 2: 0, 3: 0 };
  readonly ids: string[] = [];
  add(initiative: Initiative): void {
    this.total += 1;
    this.byPillar[initiative.properties.pillar] += 1;
    this.ids.push(initiative.id);
  }
  bar(value: string): SummaryBar {
    return { value, total: this.total, byPillar: this.byPillar, ids: this.ids };
  }
}

export function summarizeFacet(prepared: Prepared, filters: Filters, result: FilterResult, facet: SummaryFacet): FacetSummary {
  const base = baseOf(prepared, filters, result, facet);
  const tallies = new Map<string, Tally>();
  for (const initiative of base) {
    for (const value of new Set(valuesOf(initiative)[facet])) {
      let tally = tallies.get(value);
      if (!tally) tallies.set(value, (tally = new Tally()));
      tally.add(initiative);
    }
  }
  const chosen = filters[facet].map(String);
  for (const value of chosen) if (!tallies.has(value)) tallies.set(value, new Tally());
  const bars = sortBars(
    facet,
    [...tallies].map(([value, tally]) => tally.bar(value)),
  );
  if (facet !== 'country') return { facet, base: base.length, bars, others: null, folded: [] };

  // The top countries, and every chosen one, keep a bar of their own.
  const own = bars.filter((bar, k) => k < TOP_COUNTRIES || chosen.includes(bar.value));
  const folded = bars.filter((bar) => !own.includes(bar));
  if (folded.length === 0) return { facet, base: base.length, bars, others: null, folded: [] };
  const foldedValues = new Set(folded.map((bar) => bar.value));
  const others = new Tally();
  for (const initiative of base) if (valuesOf(initiative).country.some((c) => foldedValues.has(c))) others.add(initiative);
  return { facet, base: base.length, bars: own, others: others.bar(''), folded };
}

/** Every summarised facet's bars for the filters and their result (`applyFilters(prepared, filters)`). */
export function summarize(prepared: Prepared, filters: Filters, result: FilterResult): FacetSummary[] {
  return SUMMARY_FACETS.map((facet) => summarizeFacet(prepared, filters, result, facet));
}

function sortBars(facet: SummaryFacet, bars: SummaryBar[]): SummaryBar[] {
  const order = FIXED_ORDER[facet];
  if (order) return bars.sort((a, b) => rank(order, a.value) - rank(order, b.value));
  return bars.sort((a, b) => b.total - a.total || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const rank = (order: readonly string[], value: string) => {
  const k = order.indexOf(value);
  return k === -1 ? order.length : k;
};
