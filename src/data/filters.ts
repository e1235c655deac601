/**
 * Faceted filtering, pure. Values within one facet are OR'd, facets are AND'd, and the
 * search must match too. Each facet value's count is how many initiatives it would
 * match given all the *other* active facets and the search (live counts).
 */
import type { Initiative } from './initiative.ts';
import { regionsOf, type Region } from './regions.ts';
import { matchesTokens, queryTokens, searchText } from './search.ts';
import { UNSTATED, type Pillar, type Precision, type StatusValue, type Tool } from './vocabulary.ts';

export const FACETS = ['pillar', 'partner', 'tool', 'country', 'region', 'precision', 'status'] as const;
export type Facet = (typeof FACETS)[number];

export interface Filters {
  readonly pillar: readonly Pillar[];
  readonly partner: readonly string[];
  readonly tool: readonly Tool[];
  readonly country: readonly string[];
  readonly region: readonly Region[];
  readonly precision: readonly Precision[];
  /** How far along the documents say an initiative is; `unstated` where they say nothing. */
  readonly status: readonly StatusValue[];
  /** Free text; empty for none. */
  readonly q: string;
}

export const NO_FILTERS: Filters = { pillar: [], partner: [], tool: [], country: [], region: [], precision: [], status: [], q: '' };

export function isFiltered(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0) || filters.q.trim() !== '';
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
    status: [p.status ?? UNSTATED],
  };
}

/** One facet's values, coded once: the distinct values, and each initiative's as positions in them. */
interface CodedFacet {
  /** Distinct values in first-seen order; a value's code is its position. */
  readonly values: readonly string[];
  /** Initiative k's codes are `codes[starts[k]]` to `codes[starts[k + 1] - 1]`. */
  readonly codes: Int32Array;
  readonly starts: Int32Array;
}

/**
 * The dataset made ready for filtering, once per dataset: each facet's values as small integers
 * and each initiative's search text. A filter pass then does array lookups only (no strings, sets
 * or maps per initiative), which keeps it to a few milliseconds per 10,000 initiatives.
 *
 * The search texts are made when first needed (`searchTextAt`) or ahead of time in slices
 * (`prepareSearch`), not here: normalising them is most of the work (about a second at 100,000
 * initiatives on a slow machine) and no page needs them to draw its first map.
 */
export interface Prepared {
  readonly initiatives: readonly Initiative[];
  readonly facets: readonly CodedFacet[];
  /** Initiative k's search text once made; holes until then. */
  readonly texts: (string | undefined)[];
}

/** Initiative k's normalised search text, made on first use. */
export function searchTextAt(prepared: Prepared, k: number): string {
  return (prepared.texts[k] ??= searchText(prepared.initiatives[k]!));
}

/**
 * Makes the search texts from `from` on, until `more()` says to stop (e.g. an idle deadline);
 * returns where it stopped, `initiatives.length` when all are made.
 */
export function prepareSearch(prepared: Prepared, from: number, more: () => boolean): number {
  let k = from;
  while (k < prepared.initiatives.length) {
    searchTextAt(prepared, k++);
    if ((k & 255) === 0 && !more()) break;
  }
  return k;
}

export function prepare(initiatives: readonly Initiative[]): Prepared {
  const perItem = initiatives.map(facetValuesOf);
  const facets = FACETS.map((facet): CodedFacet => {
    const index = new Map<string, number>();
    const starts = new Int32Array(initiatives.length + 1);
    const codes: number[] = [];
    perItem.forEach((values, k) => {
      starts[k] = codes.length;
      for (const value of values[facet]) {
        let code = index.get(value);
        if (code === undefined) {
          code = index.size;
          index.set(value, code);
        }
        codes.push(code);
      }
    });
    starts[initiatives.length] = codes.length;
    return { values: [...index.keys()], codes: Int32Array.from(codes), starts };
  });
  return { initiatives, facets, texts: new Array<string | undefined>(initiatives.length) };
}

const SEARCH_BIT = 1 << FACETS.length;
const ALL_BITS = (1 << (FACETS.length + 1)) - 1;

/** Per facet, a flag per value code: 1 where the value is chosen; null where the facet is not filtered. */
function wantedFlags(prepared: Prepared, filters: Filters): (Uint8Array | null)[] {
  return FACETS.map((facet, f) => {
    const chosen = filters[facet];
    if (chosen.length === 0) return null;
    const wanted = new Set(chosen.map(String));
    const { values } = prepared.facets[f]!;
    return Uint8Array.from(values, (value) => (wanted.has(value) ? 1 : 0));
  });
}

export interface FilterResult {
  /** The matching initiatives, in dataset order. */
  readonly matching: readonly Initiative[];
  /** For each facet, each value's live count (values absent from the data are absent here). */
  readonly counts: Readonly<Record<Facet, ReadonlyMap<string, number>>>;
}

/** One pass: the matching set and every facet's live counts. */
export function applyFilters(prepared: Prepared, filters: Filters): FilterResult {
  const { initiatives, facets } = prepared;
  const wanted = wantedFlags(prepared, filters);
  const tokens = queryTokens(filters.q);
  const tallies = facets.map((facet) => new Int32Array(facet.values.length));
  const matching: Initiative[] = [];
  for (let k = 0; k < initiatives.length; k++) {
    // Which facets (bit f) and the search (last bit) initiative k passes.
    let mask = tokens.length === 0 || matchesTokens(searchTextAt(prepared, k), tokens) ? SEARCH_BIT : 0;
    for (let f = 0; f < facets.length; f++) {
      const flags = wanted[f];
      if (!flags) {
        mask |= 1 << f;
        continue;
      }
      const { codes, starts } = facets[f]!;
      for (let j = starts[k]!; j < starts[k + 1]!; j++) {
        if (flags[codes[j]!] === 1) {
          mask |= 1 << f;
          break;
        }
      }
    }
    if (mask === ALL_BITS) matching.push(initiatives[k]!);
    for (let f = 0; f < facets.length; f++) {
      // Counted for a facet value when the initiative passes every *other* facet and the search.
      if ((mask | (1 << f)) !== ALL_BITS) continue;
      const { codes, starts } = facets[f]!;
      const tally = tallies[f]!;
      for (let j = starts[k]!; j < starts[k + 1]!; j++) tally[codes[j]!]! += 1;
    }
  }
  const counts = Object.fromEntries(
    FACETS.map((facet, f) => [facet, new Map(facets[f]!.values.map((value, code) => [value, tallies[f]![code]!]))]),
  ) as Record<Facet, Map<string, number>>;
  return { matching, counts };
}

/** The values chosen in a facet, as the URL writes them. */
export function chosenValues(filters: Filters, facet: Facet): string[] {
  const values: readonly (string | number)[] = filters[facet];
  return values.map(String);
}

/** Adds or removes one value of a facet. */
export function toggleValue<F extends Facet>(filters: Filters, facet: F, value: Filters[F][number]): Filters {
  const current = filters[facet] as readonly unknown[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}
