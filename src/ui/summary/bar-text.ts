/** What a summary bar says: its label, and its name for assistive technology and the tooltip. Pure. */
import { PILLAR_SHORT } from '../../data/labels.ts';
import type { SummaryBar, SummaryFacet } from '../../data/summary.ts';
import { PILLARS } from '../../data/vocabulary.ts';
import type { Lang } from '../../lib/lang.ts';
import { facetLabel } from '../facet-options.ts';
import { summaryStrings } from './summary-strings.ts';

/** A bar's label: the value's, or for the folded countries' bar, how many they are. */
export function barLabel(facet: SummaryFacet, bar: SummaryBar, lang: Lang, folded = 0): string {
  return bar.value === '' ? summaryStrings(lang).others(folded) : facetLabel(facet, bar.value, lang);
}

/** "Philippines: 9 initiatives, 5 Security, 3 Economic foundation, 1 Growth & rules": the parts that are not 0, in pillar order. */
export function barName(label: string, bar: SummaryBar, lang: Lang): string {
  const s = summaryStrings(lang);
  const parts = PILLARS.filter((p) => bar.byPillar[p] > 0).map((p) => s.barPart(bar.byPillar[p], PILLAR_SHORT[p][lang]));
  return s.barName(label, bar.total, ...parts);
}
