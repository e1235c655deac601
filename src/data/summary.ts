/**
 * The Summary view's numbers, pure: for each summarised facet, one bar per value with how many
 * initiatives have it, split by focus area, and which they are.
 *
 * A facet's bars count what its checkboxes count (the live counts of filters.ts): the initiatives
 * that match every *other* facet and the search. Where the facet itself is not filtered that is
 * the matching set; where it is, the chart still shows the values one could add, as the panel does.
 * Clicking a bar is choosing that value, so a bar's number is what the list would show after it.
 */
import { applyFilters, FACETS, type Facet, type FilterResult, type Filters, type Prepared } from './filters.ts';
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

const positions = new WeakMap<Prepared, Map<Initiative, number>>();

/** Each initiative's position in the prepared dataset (its facets' codes are found by it), worked out once per dataset. */
function positionsOf(prepared: Prepared): Map<Initiative, number> {
  let found = positions.get(prepared);
  if (!found) {
    found = new Map(prepared.initiatives.map((initiative, k) => [initiative, k]));
    positions.set(prepared, found);
  }
  return found;
}

/** The initiatives a facet's bars count: the matching set, or, where the facet is filtered, the set without that filter. */
function baseOf(prepared: Prepared, filters: Filters, result: FilterResult, facet: Facet): readonly Initiative[] {
  return filters[facet].length === 0 ? result.matching : applyFilters(prepared, { ...filters, [facet]: [] }).matching;
}

/**
 * Per value code: how many initiatives, split by pillar, and which. An initiative is counted once
 * per value however often it lists it. Works on the prepared codes (filters.ts): at 100,000
 * initiatives a pass is tens of milliseconds, where sets of strings per initiative took 600.
 */
class Tallies {
  readonly totals: Int32Array;
  readonly pillars: Int32Array;
  readonly ids: string[][];
  constructor(size: number) {
    this.totals = new Int32Array(size);
    this.pillars = new Int32Array(size * 3);
    this.ids = Array.from({ length: size }, () => []);
  }
  add(code: number, initiative: Initiative): void {
    this.totals[code]! += 1;
    this.pillars[code * 3 + initiative.properties.pillar - 1]! += 1;
    this.ids[code]!.push(initiative.id);
  }
  bar(code: number, value: string): SummaryBar {
    const p = this.pillars;
    return {
      value,
      total: this.totals[code]!,
      byPillar: { 1: p[code * 3]!, 2: p[code * 3 + 1]!, 3: p[code * 3 + 2]! },
      ids: this.ids[code]!,
    };
  }
}

const NO_BAR = (value: string): SummaryBar => ({ value, total: 0, byPillar: { 1: 0, 2: 0, 3: 0 }, ids: [] });

export function summarizeFacet(prepared: Prepared, filters: Filters, result: FilterResult, facet: SummaryFacet): FacetSummary {
  const base = baseOf(prepared, filters, result, facet);
  const { values, codes, starts } = prepared.facets[FACETS.indexOf(facet)]!;
  const at = positionsOf(prepared);
  const tallies = new Tallies(values.length);
  // The last initiative counted for each code, so one listing a value twice counts once.
  const last = new Int32Array(values.length).fill(-1);
  for (const initiative of base) {
    const k = at.get(initiative)!;
    for (let j = starts[k]!; j < starts[k + 1]!; j++) {
      const code = codes[j]!;
      if (last[code] === k) continue;
      last[code] = k;
      tallies.add(code, initiative);
    }
  }
  const chosen = filters[facet].map(String);
  const present = values.flatMap((value, code) => (tallies.totals[code]! > 0 ? [tallies.bar(code, value)] : []));
  const missing = chosen.filter((value) => !present.some((bar) => bar.value === value)).map(NO_BAR);
  const bars = sortBars(facet, [...present, ...missing]);
  if (facet !== 'country') return { facet, base: base.length, bars, others: null, folded: [] };

  // The top countries, and every chosen one, keep a bar of their own.
  const own = bars.filter((bar, k) => k < TOP_COUNTRIES || chosen.includes(bar.value));
  const folded = bars.filter((bar) => !own.includes(bar));
  if (folded.length === 0) return { facet, base: base.length, bars, others: null, folded: [] };
  const foldedValues = new Set(folded.map((bar) => bar.value));
  const isFolded = Uint8Array.from(values, (value) => (foldedValues.has(value) ? 1 : 0));
  const others = new Tallies(1);
  for (const initiative of base) {
    const k = at.get(initiative)!;
    for (let j = starts[k]!; j < starts[k + 1]!; j++)
      if (isFolded[codes[j]!] === 1) {
        others.add(0, initiative);
        break;
      }
  }
  return { facet, base: base.length, bars: own, others: others.bar(0, ''), folded };
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
