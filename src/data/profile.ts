/**
 * A profile: one country, partner, means (tool) or region, shown as a readable page of its own
 * (`?profile=country:PHL`). A profile is a facet value: it shows exactly the initiatives that
 * filtering on that one value would match, and nothing else. This module is what the first
 * render needs (the kinds, and the filter a profile stands for); the page's content is
 * profile-summary.ts, loaded with the panel.
 */
import { NO_FILTERS, type Facet, type Filters } from './filters.ts';

/** The facets a profile can be of, in the order the URL's message names them. */
export const PROFILE_KINDS = ['country', 'partner', 'tool', 'region'] as const satisfies readonly Facet[];
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export interface Profile {
  readonly kind: ProfileKind;
  /** The facet value, canonical as the URL writes it (`PHL`, `AUS`, `OSA`, `pacific-islands`). */
  readonly value: string;
}

export function isProfileKind(value: string): value is ProfileKind {
  return (PROFILE_KINDS as readonly string[]).includes(value);
}

/** The filters a profile stands for: its one facet value, nothing else. */
export function profileFilters(profile: Profile): Filters {
  return { ...NO_FILTERS, [profile.kind]: [profile.value] };
}

/** `country:PHL`, as the URL writes it. */
export function profileParam(profile: Profile): string {
  return `${profile.kind}:${profile.value}`;
}
