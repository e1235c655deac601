/**
 * How the map applies a filter, chosen by the size of the dataset (measured with `npm run bench`):
 *
 * - `places`: co-located initiatives grouped into badges with exact counts, the matching set sent
 *   with `setData` on each change (badges depend on the matching set; at this size `setData` is
 *   also MapLibre's fastest way). Up to PLACES_MAX initiatives.
 * - `mask`: above, one circle per point, every point sent to the worker once; a change only sets a
 *   global-state bit set of the matching initiatives' positions, which the layers' filter reads in
 *   constant time, so nothing is serialised on the main thread. It is an object of 30-bit words
 *   (`{ "0": 5 }`: positions 0 and 2), not a string or an array: MapLibre's `slice`, `at` and type
 *   checks scan strings and arrays whole, for every feature. Measured at 10,000 initiatives
 *   (3 runs): 316 ms against 385 ms for sending the matching points with `setData`.
 */
export type DrawStrategy = 'places' | 'mask';

/** Above this many initiatives, badges (one per place, re-clustered per change) give way to plain points. */
export const PLACES_MAX = 4000;

export function drawStrategy(size: number): DrawStrategy {
  return size <= PLACES_MAX ? 'places' : 'mask';
}

/** Positions per word of the mask: 2^30 keeps every word an exact integer in expression arithmetic. */
export const MASK_WORD_BITS = 30;

/** The mask's key that shows everything: one global-state value, so a change reloads the points once. */
export const SHOW_ALL = 'all';

/**
 * The positions in `all` of the initiatives in `matching`, as a bit set: word `floor(i / 30)` has bit
 * `i % 30`. Zero words are left out. When everything matches: `{ all: 1 }`. `matching` is normally in
 * the order of `all` (as `applyFilters` gives it), which takes one pass with no lookups; any other
 * order is handled too, by id.
 */
export function visibilityMask(
  all: readonly { readonly id: string }[],
  matching: readonly { readonly id: string }[],
): Record<string, number> {
  const words = new Float64Array(Math.ceil(all.length / MASK_WORD_BITS));
  let count = 0;
  const set = (i: number) => {
    words[Math.floor(i / MASK_WORD_BITS)]! += 2 ** (i % MASK_WORD_BITS);
    count++;
  };
  let j = 0;
  for (let i = 0; i < all.length && j < matching.length; i++) {
    const item = all[i]!;
    const next = matching[j]!;
    if (item === next || item.id === next.id) {
      set(i);
      j++;
    }
  }
  if (j < matching.length) {
    // Not in the order of `all`: by id instead.
    words.fill(0);
    count = 0;
    const shown = new Set(matching.map((item) => item.id));
    all.forEach((item, i) => shown.has(item.id) && set(i));
  }
  if (count === all.length) return { [SHOW_ALL]: 1 };
  const mask: Record<string, number> = {};
  words.forEach((word, w) => {
    if (word !== 0) mask[w] = word;
  });
  return mask;
}

/** Whether position `i` is set in a mask (the layers' filter does the same in MapLibre's expression language). */
export function inVisibilityMask(mask: Readonly<Record<string, number>>, i: number): boolean {
  return SHOW_ALL in mask || Math.floor((mask[Math.floor(i / MASK_WORD_BITS)] ?? 0) / 2 ** (i % MASK_WORD_BITS)) % 2 === 1;
}
