/**
 * What a profile page says, pure: its name in the interface language, its initiatives (the
 * same set that filtering on its facet value matches), and headline counts over them — by
 * focus area, by means, by partner and by host country, only the values that occur.
 */
import { countryName } from './countries.ts';
import { facetValuesOf, type Facet } from './filters.ts';
import type { Initiative } from './initiative.ts';
import { PILLAR_SHORT, STATUS_VALUE_LABELS, TOOL_LABELS, partnerName } from './labels.ts';
import type { Profile } from './profile.ts';
import { REGION_LABELS, REGIONS, type Region } from './regions.ts';
import { STATUS_VALUES, TOOLS, type Pillar, type StatusValue, type Tool } from './vocabulary.ts';
import type { Lang } from '../lib/lang.ts';

/** The facets a profile counts by, in the order the page shows them. */
export const PROFILE_COUNT_FACETS = ['pillar', 'status', 'tool', 'partner', 'country'] as const satisfies readonly Facet[];
export type ProfileCountFacet = (typeof PROFILE_COUNT_FACETS)[number];

export interface ProfileCount {
  /** The facet value as the URL writes it. */
  readonly value: string;
  readonly count: number;
}

export interface ProfileSummary {
  readonly profile: Profile;
  /** The profile's initiatives, in dataset order. */
  readonly initiatives: readonly Initiative[];
  /**
   * For each facet but the profile's own, the values its initiatives have and how many have each,
   * non-zero only; focus areas in their order, the rest most frequent first.
   */
  readonly counts: readonly { readonly facet: ProfileCountFacet; readonly values: readonly ProfileCount[] }[];
}

/** Whether an initiative belongs to the profile: it has the profile's value in that facet. */
export function inProfile(initiative: Initiative, profile: Profile): boolean {
  return facetValuesOf(initiative)[profile.kind].includes(profile.value);
}

export function profileSummary(initiatives: readonly Initiative[], profile: Profile): ProfileSummary {
  const members = initiatives.filter((i) => inProfile(i, profile));
  const tallies = new Map<ProfileCountFacet, Map<string, number>>(PROFILE_COUNT_FACETS.map((f) => [f, new Map()]));
  for (const initiative of members) {
    const values = facetValuesOf(initiative);
    for (const facet of PROFILE_COUNT_FACETS) {
      const tally = tallies.get(facet)!;
      for (const value of values[facet]) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }
  const counts = PROFILE_COUNT_FACETS.filter((facet) => facet !== profile.kind)
    .map((facet) => ({ facet, values: ordered(facet, tallies.get(facet)!) }))
    .filter((group) => group.values.length > 0);
  return { profile, initiatives: members, counts };
}

function ordered(facet: ProfileCountFacet, tally: ReadonlyMap<string, number>): ProfileCount[] {
  const values = [...tally].map(([value, count]) => ({ value, count }));
  // Focus areas keep their own order (1, 2, 3); the rest go most frequent first, ties in vocabulary or code order.
  if (facet === 'pillar') return values.sort((a, b) => Number(a.value) - Number(b.value));
  // Statuses keep theirs (planned … ongoing, then not stated).
  if (facet === 'status')
    return values.sort((a, b) => STATUS_VALUES.indexOf(a.value as StatusValue) - STATUS_VALUES.indexOf(b.value as StatusValue));
  const rank = (value: string) => (facet === 'tool' ? (TOOLS as readonly string[]).indexOf(value) : 0);
  return values.sort((a, b) => b.count - a.count || rank(a.value) - rank(b.value) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** A profile's name, or a counted value's, in the interface language. */
export function profileValueName(facet: ProfileCountFacet | Profile['kind'], value: string, lang: Lang): string {
  switch (facet) {
    case 'country':
      return countryName(value, lang);
    case 'partner':
      return partnerName(value, lang);
    case 'tool':
      return TOOL_LABELS[value as Tool]?.[lang] ?? value;
    case 'pillar':
      return PILLAR_SHORT[Number(value) as Pillar]?.[lang] ?? value;
    case 'status':
      return STATUS_VALUE_LABELS[value as StatusValue]?.[lang] ?? value;
    case 'region':
      return (REGIONS as readonly string[]).includes(value) ? REGION_LABELS[value as Region][lang] : value;
  }
}

export function profileName(profile: Profile, lang: Lang): string {
  return profileValueName(profile.kind, profile.value, lang);
}
