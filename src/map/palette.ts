/**
 * Pillar colours: Okabe–Ito hues, chosen to stay apart under protanopia,
 * deuteranopia and tritanopia. Shared by the map layers and the legend.
 */
import { scaleOrdinal } from 'd3-scale';
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
