/**
 * Pillar colours: Okabe–Ito hues, chosen to stay apart under protanopia,
 * deuteranopia and tritanopia. Shared by the map layers and the legend.
 */
import { scaleOrdinal, scaleThreshold } from 'd3-scale';
import { PILLARS, type Pillar } from '../data/vocabulary.ts';

export const pillarColor = scaleOrdinal<Pillar, string>().domain(PILLARS).range(['#0072B2', '#009E73', '#D55E00']);

/** A MapLibre `match` expression colouring by the `pillar` property, from the same scale. */
export function pillarColorExpression(): unknown[] {
  return ['match', ['get', 'pillar'], ...PILLARS.flatMap((p) => [p, pillarColor(p)]), '#555555'];
}

export const BASEMAP_COLORS = {
  ocean: '#d6e4ec',
  land: '#f6f3ec',
  border: '#a8a194',
  cluster: '#2f3b4c',
  label: '#5b6472',
} as const;

/**
 * Choropleth of initiatives hosted per country: five classes of a purple ramp
 * (ColorBrewer Purples), a hue apart from the three pillar colours.
 */
export const CHOROPLETH_BREAKS = [2, 4, 8, 16] as const;
export const choroplethColor = scaleThreshold<number, string>()
  .domain([...CHOROPLETH_BREAKS])
  .range(['#d3cceb', '#b3a9d9', '#9184c4', '#6f5fac', '#4d3791']);

/** Legend classes: "1", "2–3", "4–7", "8–15", "16+". */
export function choroplethClasses(): { label: string; color: string }[] {
  const starts = [1, ...CHOROPLETH_BREAKS];
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const label = next === undefined ? `${start}+` : next - 1 === start ? `${start}` : `${start}–${next - 1}`;
    return { label, color: choroplethColor(start) };
  });
}

export const ARC_COLORS = { japan: '#8a8f98', partner: '#1f2937' } as const;

/** The locator inset (page and exported images): the basemap's own colours, land a shade darker to read at that size, and a box no layer uses. */
export const LOCATOR_COLORS = { ocean: BASEMAP_COLORS.ocean, land: '#e4ddcf', box: '#d0104c', halo: '#ffffff' } as const;
