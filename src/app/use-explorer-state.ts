/**
 * The explorer's state: the app state (mirrored in the URL), the dataset made ready for filtering,
 * the tours, and the filter result that the map, the list, the legend and the exports all draw
 * from. Large datasets filter in a render React may interrupt: a click shows at once (the checkbox,
 * the chip) and the new set follows; small ones render in one go.
 */
import { useDeferredValue, useMemo } from 'react';
import { drawStrategy, type DrawStrategy } from '../data/draw-strategy.ts';
import { applyFilters, FACETS, isFiltered, NO_FILTERS, prepare, type FilterResult, type Filters, type Prepared } from '../data/filters.ts';
import type { Initiative } from '../data/initiative.ts';
import { profileFilters } from '../data/profile.ts';
import type { ValidDataset } from '../data/validate.ts';
import type { AppState } from '../state/app-state.ts';
import type { Tour } from '../state/tour.ts';
import { withTourStep } from '../state/tour.ts';
import { parseUrl, type ParsedUrl, type UrlContext } from '../state/url.ts';
import { OPENED_QUERY } from './page-url.ts';
import { standardTours } from './tour/use-presentation.ts';
import { useSearchWarmup } from './use-search-warmup.ts';
import { useUrlState } from './use-url-state.ts';

export interface ExplorerState {
  readonly dataset: ValidDataset;
  readonly byId: ReadonlyMap<string, Initiative>;
  readonly prepared: Prepared;
  /** The built-in and autoplay tours. */
  readonly standard: ReadonlyMap<string, Tour>;
  readonly context: UrlContext;
  /** The URL the page opened with, read once (a link with a tour opens at that step's view). */
  readonly initial: ParsedUrl;
  readonly state: AppState;
  readonly setState: (update: (state: AppState) => AppState) => void;
  readonly strategy: DrawStrategy;
  /** The filters the result below is for: the state's (an open profile's, in front of them), or a step behind them while a large set filters. */
  readonly shownFilters: Filters;
  /** The result is for the state's own filters. */
  readonly applied: boolean;
  readonly result: FilterResult;
  readonly matching: readonly Initiative[];
  readonly filtered: boolean;
}

export function useExplorerState(dataset: ValidDataset): ExplorerState {
  const byId = useMemo(() => new Map(dataset.initiatives.map((i) => [i.id, i])), [dataset]);
  const prepared = useMemo(() => prepare(dataset.initiatives), [dataset]);
  useSearchWarmup(prepared);
  // The autoplay tours' captions count over the whole dataset: one pass for all three.
  const standard = useMemo(() => standardTours(applyFilters(prepared, NO_FILTERS).counts), [prepared]);
  const context = useMemo<UrlContext>(
    () => ({
      isKnownId: (id) => byId.has(id),
      // Links name built-in and autoplay tours; a person's own tour lives only in this page.
      tourLength: (id) => standard.get(id)?.steps.length,
      profileExists: (profile) => prepared.facets[FACETS.indexOf(profile.kind)]?.values.includes(profile.value) ?? false,
    }),
    [byId, standard, prepared],
  );
  const initial = useMemo(() => withTourStep(parseUrl(OPENED_QUERY, context), standard, context), [context, standard]);
  const [state, setState] = useUrlState(initial.state);

  const strategy = drawStrategy(dataset.initiatives.length);
  // An open profile is a filter on its one value, in front of the person's own (which come back when it closes).
  const { profile, filters: ownFilters } = state;
  const filters = useMemo(() => (profile ? profileFilters(profile) : ownFilters), [profile, ownFilters]);
  const deferred = useDeferredValue(filters);
  const shownFilters = strategy === 'mask' ? deferred : filters;
  const result = useMemo(() => applyFilters(prepared, shownFilters), [prepared, shownFilters]);
  return {
    dataset,
    byId,
    prepared,
    standard,
    context,
    initial,
    state,
    setState,
    strategy,
    shownFilters,
    applied: shownFilters === filters,
    result,
    matching: result.matching,
    filtered: isFiltered(shownFilters),
  };
}
