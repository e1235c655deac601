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
 * - `mask`: one circle per point, all sent once; a change sets a global-state object whose keys
 *   are the positions of the matching initiatives, which the layer's filter looks up with
 *   `has` (constant time; a string or array would be scanned whole by MapLibre's `slice`,
 *   `at` and type checks, for every feature).
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

/** The positions in `all` of the initiatives in `matching`, as the keys of an object (`{ "0": 1, "7": 1 }`). */
export function visibilityMask(all: readonly { readonly id: string }[], matching: readonly { readonly id: string }[]): Record<string, 1> {
  const shown = new Set<string>();
  for (const item of matching) shown.add(item.id);
  const mask: Record<string, 1> = {};
  all.forEach((item, i) => {
    if (shown.has(item.id)) mask[i] = 1;
  });
  return mask;
}
