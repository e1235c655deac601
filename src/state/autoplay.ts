/**
 * Autoplay: a tour generated from one dimension of the data — each pillar, each
 * partner or each tool in turn, with its count in the caption. Partner steps turn the
 * arcs on, so the coalition behind each set draws in.
 */
import type { FilterResult } from '../data/filters.ts';
import { PILLAR_SHORT, TOOL_LABELS, partnerName } from '../data/labels.ts';
import { PILLARS, TOOLS, type Pillar, type Tool } from '../data/vocabulary.ts';
import type { Tour, TourStep } from './tour.ts';

export const AUTOPLAY_DIMENSIONS = ['pillar', 'partner', 'tool'] as const;
export type AutoplayDimension = (typeof AUTOPLAY_DIMENSIONS)[number];

export const AUTOPLAY_TITLES: Record<AutoplayDimension, { en: string; ja: string }> = {
  pillar: { en: 'By focus area', ja: '重点分野ごと' },
  partner: { en: 'By partner', ja: '連携先ごと' },
  tool: { en: 'By means', ja: '手段ごと' },
};

/** `totals`: every facet value's count over the whole dataset (`applyFilters` with no filters), computed once for all three tours. */
export function autoplayTour(dimension: AutoplayDimension, totals: FilterResult['counts']): Tour {
  const counts = totals[dimension];
  const values = orderedValues(dimension, counts);
  const steps: TourStep[] = values.map((value) => {
    const n = counts.get(value) ?? 0;
    const label = { en: labelOf(dimension, value, 'en'), ja: labelOf(dimension, value, 'ja') };
    return {
      query: `${dimension}=${encodeURIComponent(value)}${dimension === 'partner' ? '&layers=arcs' : ''}`,
      caption: { en: `${label.en}: ${n} initiative${n === 1 ? '' : 's'}`, ja: `${label.ja}：${n}件` },
    };
  });
  return { id: `autoplay-${dimension}`, kind: 'autoplay', title: AUTOPLAY_TITLES[dimension], steps };
}

function orderedValues(dimension: AutoplayDimension, counts: ReadonlyMap<string, number>): string[] {
  const present = (v: string) => (counts.get(v) ?? 0) > 0;
  switch (dimension) {
    case 'pillar':
      return PILLARS.map(String).filter(present);
    case 'tool':
      return TOOLS.filter((t) => t !== 'unspecified').filter(present);
    case 'partner':
      return [...counts.keys()].filter(present).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  }
}

function labelOf(dimension: AutoplayDimension, value: string, lang: 'en' | 'ja'): string {
  switch (dimension) {
    case 'pillar':
      return `${lang === 'ja' ? '重点分野' : 'Focus area'} ${value}. ${PILLAR_SHORT[Number(value) as Pillar][lang]}`;
    case 'tool':
      return TOOL_LABELS[value as Tool][lang];
    case 'partner':
      return partnerName(value, lang);
  }
}
