/**
 * How wide the partner arcs are drawn (a module of its own, not in palette.ts, so the first
 * render's script does not carry it).
 */

/**
 * Arc width (px) by the number of initiatives an arc stands for, as [count, width] stops,
 * linear between them and flat beyond: the map's paint (optional-layers.ts) and the legend's
 * samples both read it, so the legend shows the widths the map draws.
 */
export const ARC_WIDTHS: readonly (readonly [count: number, width: number])[] = [
  [1, 1],
  [3, 2],
  [10, 3.5],
  [40, 6],
];

/** The width of an arc standing for `count` initiatives (what the paint expression computes). */
export function arcWidth(count: number): number {
  const first = ARC_WIDTHS[0]!;
  if (count <= first[0]) return first[1];
  for (let i = 1; i < ARC_WIDTHS.length; i++) {
    const [c1, w1] = ARC_WIDTHS[i]!;
    const [c0, w0] = ARC_WIDTHS[i - 1]!;
    if (count <= c1) return w0 + ((count - c0) / (c1 - c0)) * (w1 - w0);
  }
  return ARC_WIDTHS[ARC_WIDTHS.length - 1]![1];
}
