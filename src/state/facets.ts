/**
 * The facet table: how each facet's values are read from text — a URL's list, a tour step's query,
 * a checkbox's value — into the filter state, and what to say when one cannot be. The URL parser and
 * the filter panel both read it, so a value the panel toggles is exactly one the URL would accept.
 */
import { isCountryCode } from '../data/countries.ts';
import { toggleValue, type Facet, type Filters } from '../data/filters.ts';
import { REGIONS } from '../data/regions.ts';
import { ORGANISATIONS, PILLARS, PRECISIONS, STATUS_VALUES, TOOLS } from '../data/vocabulary.ts';

interface FacetCodec<F extends Facet> {
  /** The canonical value, or null when `raw` is not one. */
  read(raw: string): Filters[F][number] | null;
  /** What a value must be, for the notice that names an ignored one. */
  readonly expected: string;
}

export const FACET_CODECS: { readonly [F in Facet]: FacetCodec<F> } = {
  pillar: { read: (raw) => PILLARS.find((p) => String(p) === raw) ?? null, expected: 'expected 1, 2 or 3' },
  partner: {
    read: (raw) => {
      const code = raw.toUpperCase();
      return (ORGANISATIONS as readonly string[]).includes(code) || isCountryCode(code) ? code : null;
    },
    expected: `expected an ISO 3166-1 alpha-3 country code or one of ${ORGANISATIONS.join(', ')}`,
  },
  tool: {
    read: (raw) => TOOLS.find((t) => t.toLowerCase() === raw.toLowerCase()) ?? null,
    expected: `expected one of ${TOOLS.join(', ')}`,
  },
  country: {
    read: (raw) => (isCountryCode(raw.toUpperCase()) ? raw.toUpperCase() : null),
    expected: 'expected an ISO 3166-1 alpha-3 country code such as PHL',
  },
  region: { read: (raw) => REGIONS.find((r) => r === raw.toLowerCase()) ?? null, expected: `expected one of ${REGIONS.join(', ')}` },
  precision: { read: (raw) => PRECISIONS.find((p) => String(p) === raw) ?? null, expected: `expected one of ${PRECISIONS.join(', ')}` },
  status: {
    read: (raw) => STATUS_VALUES.find((s) => s === raw.toLowerCase()) ?? null,
    expected: `expected one of ${STATUS_VALUES.join(', ')}`,
  },
};

export function readFacetValue<F extends Facet>(facet: F, raw: string): Filters[F][number] | null {
  return FACET_CODECS[facet].read(raw);
}

/** Adds or removes the value `raw` names (as the URL writes it); a text that names no value changes nothing. */
export function toggleFacetValue<F extends Facet>(filters: Filters, facet: F, raw: string): Filters {
  const value = readFacetValue(facet, raw);
  return value === null ? filters : toggleValue(filters, facet, value);
}
