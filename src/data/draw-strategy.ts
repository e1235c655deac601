/**
 * How the map applies a filter, chosen by the size of the dataset. Measured here
 * (`npm run bench`, and the table in FIELD-NOTES): below ~10,000 points MapLibre is
 * quickest when it is sent the matching features (`setData`); at 100,000 a static
 * source filtered through a global-state value is quicker, and it keeps the main
 * thread free because nothing is serialised to the worker.
 *
 * - `places`: co-located initiatives grouped into badges with exact counts, sent with
 *   `setData` on each change (badges depend on the matching set). Up to PLACES_MAX.
 * - `points`: one circle per point, the matching ones sent with `setData`.
 * - `mask`: one circle per point, all sent once; a change sets a global-state bit set of the
 *   matching initiatives' positions, which the layers' filter reads in constant time. It is an
 *   object of 30-bit words (`{ "0": 5 }`: positions 0 and 2), not a string or an array:
 *   MapLibre's `slice`, `at` and type checks scan strings and arrays whole, for every feature,
 *   and the object stays small enough (one key per 30 positions) to send to the worker at once.
 */
export type DrawStrategy = 'places' | 'points' | 'mask';

/** Above this many initiatives, badges (one per place, re-clustered per change) give way to plain points. */
export const PLACES_MAX = 4000;
/** From this many initiatives on, filtering is done in place by a global-state mask. */
export const MASK_MIN = 40_000;

export function drawStrategy(size: number): DrawStrategy {
  if (size <= PLACES_MAX) return 'places';
  return size < MASK_MIN ? 'points' : 'mask';
}

/** Positions per word of the mask: 2^30 keeps every word an exact integer in expression arithmetic. */
export const MASK_WORD_BITS = 30;

/** The positions in `all` of the initiatives in `matching`, as a bit set: word `floor(i / 30)` has bit `i % 30`. Zero words are left out. */
export function visibilityMask(all: readonly { readonly id: string }[], matching: readonly { readonly id: string }[]): Record<string, number> {
  const shown = new Set<string>();
  for (const item of matching) shown.add(item.id);
  const mask: Record<string, number> = {};
  all.forEach((item, i) => {
    if (!shown.has(item.id)) return;
    const word = Math.floor(i / MASK_WORD_BITS);
    mask[word] = (mask[word] ?? 0) + 2 ** (i % MASK_WORD_BITS);
  });
  return mask;
}

/** Whether position `i` is set in a mask (the layers' filter does the same in MapLibre's expression language). */
export function inVisibilityMask(mask: Readonly<Record<string, number>>, i: number): boolean {
  return Math.floor((mask[Math.floor(i / MASK_WORD_BITS)] ?? 0) / 2 ** (i % MASK_WORD_BITS)) % 2 === 1;
}
