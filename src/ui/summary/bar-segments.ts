/**
 * A bar's segments on its track, in percent of the track's width: one per focus area that has
 * initiatives, in pillar order, the longest bar of a chart (`max`) filling the track. Pure.
 *
 * Not d3-scale's `scaleLinear`: the package ships as one bundled module, which the map's colours
 * (palette.ts) put in the first render's chunk, so using `scaleLinear` anywhere added its code and
 * d3-interpolate, d3-format and d3-color to that chunk (9.2 KB gzip, measured) for a division.
 */
import { PILLARS, type Pillar } from '../../data/vocabulary.ts';

export interface BarSegment {
  readonly pillar: Pillar;
  readonly from: number;
  readonly width: number;
}

export function barSegments(byPillar: Readonly<Record<Pillar, number>>, max: number): BarSegment[] {
  const scale = max > 0 ? 100 / max : 0;
  const segments: BarSegment[] = [];
  let start = 0;
  for (const pillar of PILLARS) {
    const n = byPillar[pillar];
    if (n <= 0) continue;
    segments.push({ pillar, from: start * scale, width: n * scale });
    start += n;
  }
  return segments;
}
