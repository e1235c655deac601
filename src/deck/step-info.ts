/**
 * What one tour step shows — its caption, the legend's counts and the ids of its matching
 * initiatives — computed from the tour and the dataset alone, by the same filter pass the
 * explorer runs. The page (automation's `stepInfo`, the deck download) and the command line
 * read the same plain object, so a deck says what the map drew.
 */
import { applyFilters, prepare, type Prepared } from '../data/filters.ts';
import type { Initiative } from '../data/initiative.ts';
import { countsByPillar } from '../data/stats.ts';
import type { Lang } from '../lib/lang.ts';
import { DEFAULT_STATE } from '../state/app-state.ts';
import type { Tour } from '../state/tour.ts';
import { tourStep } from '../state/tour-step.ts';

/** Plain JSON: it crosses from the page to Node unchanged. */
export interface StepInfo {
  readonly tourId: string;
  /** The tour's title in `lang`. */
  readonly tourTitle: string;
  readonly lang: Lang;
  /** From 0. */
  readonly index: number;
  readonly steps: number;
  /** The step's caption in `lang`. */
  readonly caption: string;
  /** Matching initiatives per focus area: the legend's counts. */
  readonly counts: { readonly 1: number; readonly 2: number; readonly 3: number };
  readonly total: number;
  /** The matching initiatives, in dataset order. */
  readonly ids: readonly string[];
}

// One coded copy per dataset: every step of every tour filters the same array.
const preparedCache = new WeakMap<readonly Initiative[], Prepared>();

function preparedFor(initiatives: readonly Initiative[]): Prepared {
  let prepared = preparedCache.get(initiatives);
  if (!prepared) {
    prepared = prepare(initiatives);
    preparedCache.set(initiatives, prepared);
  }
  return prepared;
}

/** The step `index` (from 0) of `tour`; throws with the valid range when there is no such step. */
export function stepInfo(tour: Tour, index: number, lang: Lang, initiatives: readonly Initiative[]): StepInfo {
  const ids = new Set(initiatives.map((i) => i.id));
  const step = tourStep(tour, index, DEFAULT_STATE, { isKnownId: (id) => ids.has(id) });
  if (!step) throw new Error(`Tour "${tour.id}" has steps 0–${tour.steps.length - 1}; step ${index} was asked for.`);
  const matching = applyFilters(preparedFor(initiatives), step.state.filters).matching;
  const counts = countsByPillar(matching);
  return {
    tourId: tour.id,
    tourTitle: tour.title[lang],
    lang,
    index,
    steps: tour.steps.length,
    caption: step.caption[lang],
    counts: { 1: counts[1], 2: counts[2], 3: counts[3] },
    total: matching.length,
    ids: matching.map((i) => i.id),
  };
}
