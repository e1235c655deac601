import type { Initiative } from './initiative.ts';

/** How many of the initiatives each country hosts (a multi-country initiative counts for each). */
export function countsByCountry(initiatives: readonly Initiative[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const initiative of initiatives) {
    for (const code of initiative.properties.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** How many of the initiatives fall in each pillar. */
export function countsByPillar(initiatives: readonly Initiative[]): Record<1 | 2 | 3, number> {
  const counts = { 1: 0, 2: 0, 3: 0 };
  for (const initiative of initiatives) counts[initiative.properties.pillar] += 1;
  return counts;
}
