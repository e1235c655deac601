/**
 * The options each facet offers: every value present in the data, its label in the
 * interface language, and its live count. Pure, so the ordering rules are tested.
 */
import { countryName } from '../data/countries.ts';
import { chosenValues, type Facet, type FilterResult, type Filters } from '../data/filters.ts';
import { PILLAR_SHORT, PRECISION_LABELS, STATUS_VALUE_LABELS, TOOL_LABELS, partnerName } from '../data/labels.ts';
import { REGION_LABELS, REGIONS, type Region } from '../data/regions.ts';
import { PILLARS, PRECISIONS, STATUS_VALUES, TOOLS, type Pillar, type Precision, type StatusValue, type Tool } from '../data/vocabulary.ts';
import type { Lang } from '../lib/lang.ts';

export interface FacetOption {
  /** The value as the URL and the filter state write it. */
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

export function facetOptions(facet: Facet, result: FilterResult, filters: Filters, lang: Lang): FacetOption[] {
  const counts = result.counts[facet];
  const chosen = new Set(chosenValues(filters, facet));
  // Chosen values stay listed even when the data lacks them, so they can be unchosen.
  const values = [...new Set([...counts.keys(), ...chosen])];
  const options = values.map((value) => ({
    value,
    label: facetLabel(facet, value, lang),
    count: counts.get(value) ?? 0,
    selected: chosen.has(value),
  }));
  return sortOptions(facet, options, lang);
}

/** A facet value's label in the interface language. */
export function facetLabel(facet: Facet, value: string, lang: Lang): string {
  switch (facet) {
    case 'pillar':
      return `${value}. ${PILLAR_SHORT[Number(value) as Pillar]?.[lang] ?? value}`;
    case 'partner':
      return partnerName(value, lang);
    case 'tool':
      return TOOL_LABELS[value as Tool]?.[lang] ?? value;
    case 'country':
      return countryName(value, lang);
    case 'region':
      return REGION_LABELS[value as Region]?.[lang] ?? value;
    case 'precision':
      return PRECISION_LABELS[Number(value) as Precision]?.[lang] ?? value;
    case 'status':
      return STATUS_VALUE_LABELS[value as StatusValue]?.[lang] ?? value;
  }
}

/** Fixed vocabularies keep their own order; countries and partners go by count, then name. */
function sortOptions(facet: Facet, options: FacetOption[], lang: Lang): FacetOption[] {
  const order: readonly (string | number)[] | null =
    facet === 'pillar'
      ? PILLARS
      : facet === 'tool'
        ? TOOLS
        : facet === 'region'
          ? REGIONS
          : facet === 'precision'
            ? PRECISIONS
            : facet === 'status'
              ? STATUS_VALUES
              : null;
  if (order) {
    const rank = (v: string) => order.map(String).indexOf(v);
    return options.sort((a, b) => rank(a.value) - rank(b.value));
  }
  const collator = new Intl.Collator(lang);
  return options.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}
