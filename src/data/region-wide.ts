/**
 * Region-wide initiatives: those whose `scope` names a region (ASEAN, Pacific islands, Africa,
 * Europe) instead of countries. Their `countries` list the region's members, and their geometry
 * has a point in each member, so drawn point by point an Africa-wide programme would be 54
 * identical badges. The map draws each region once instead: its members shaded, and one place at
 * the region's point holding the region-wide initiatives that match. Filters are not affected:
 * `country=KEN` still matches an Africa-wide initiative (filters.ts reads `countries`).
 * Pure: plain features in, plain values out.
 */
import type { Initiative } from './initiative.ts';
import { SCOPES, type Scope } from './vocabulary.ts';

/**
 * Where each region's place is drawn: [longitude, latitude], fixed so that it never moves with
 * the filters, chosen amid the members' own points (the ones their country-level initiatives
 * sit on) and at least 2° from each, so the region's badge never hides a member's badge:
 *
 * - Africa: the north of the Democratic Republic of the Congo, on land near the continent's
 *   middle (the mean of the 54 members' points is 17.4°E 3.1°N, in the Congo basin too).
 * - ASEAN: the Gulf of Thailand, enclosed by four members (Thailand, Cambodia, Vietnam,
 *   Malaysia). Any point on land is within 2° of a member's point, and the South China Sea
 *   (the members' mean, 109.4°E 9.7°N) is disputed water: a point there would say something.
 * - Pacific islands: the sea between Nauru, the Solomon Islands, Tuvalu and the Marshall
 *   Islands, amid the twelve members (a plain mean is meaningless across ±180°: 79°E).
 * - Europe: Bavaria, near the middle of the 27 EU members' points (mean 14.5°E 48.9°N, which
 *   falls on Czechia's own point).
 *
 * src/data/region-wide.test.ts checks each against the members in the dataset.
 */
export const SCOPE_POINTS: Readonly<Record<Scope, readonly [number, number]>> = {
  Africa: [21.0, 2.0],
  ASEAN: [102.5, 9.5],
  'Pacific islands': [168.0, -4.0],
  Europe: [11.5, 48.5],
};

/**
 * Drawn as its region: a region scope, and points (not a route) that are not exact or near sites
 * (precision 1–2, as markers.ts's `isExact`; a named site is drawn where it is).
 */
export function isRegionWide(initiative: Initiative): boolean {
  const { geometry, properties } = initiative;
  return properties.scope !== undefined && (geometry.type === 'Point' || geometry.type === 'MultiPoint') && properties.precision > 2;
}

/** A region as drawn: its region-wide initiatives (in the order given) and their members. */
export interface RegionGroup {
  readonly scope: Scope;
  readonly position: readonly [number, number];
  /** Every member country (ISO alpha-3) of the group's initiatives, each once, sorted. */
  readonly members: readonly string[];
  readonly initiatives: readonly Initiative[];
}

/** The regions of the region-wide initiatives among `initiatives`, in the order of SCOPES. */
export function regionGroups(initiatives: readonly Initiative[]): RegionGroup[] {
  const byScope = new Map<Scope, Initiative[]>();
  for (const initiative of initiatives) {
    const { scope } = initiative.properties;
    if (scope === undefined || !isRegionWide(initiative)) continue;
    const list = byScope.get(scope);
    if (list) list.push(initiative);
    else byScope.set(scope, [initiative]);
  }
  return SCOPES.filter((scope) => byScope.has(scope)).map((scope) => {
    const members = byScope.get(scope) ?? [];
    return {
      scope,
      position: SCOPE_POINTS[scope],
      members: [...new Set(members.flatMap((i) => i.properties.countries))].sort(),
      initiatives: members,
    };
  });
}

/** The member countries of every region drawn for `initiatives`: what the map shades. */
export function regionMemberCodes(initiatives: readonly Initiative[]): Set<string> {
  const codes = new Set<string>();
  for (const initiative of initiatives) if (isRegionWide(initiative)) for (const code of initiative.properties.countries) codes.add(code);
  return codes;
}

/** The members of one initiative's region, or none when it is not region-wide. */
export function regionMembersOf(initiative: Initiative | null): readonly string[] {
  return initiative && isRegionWide(initiative) ? initiative.properties.countries : [];
}
