/**
 * Tours: guided sequences of saved views, stored as data (data/tours/*.json) and
 * exchanged as files. A step is a URL query (the same language as links, so it is
 * parsed by the same total parser), an optional camera and a caption in both languages.
 */
import type { AppState } from './app-state.ts';
import { formatView, serializeUrl, type ParsedUrl, type UrlContext } from './url.ts';
import { tourStep } from './tour-step.ts';
// What a tour file holds, and reading one (validation with a message for each problem), load with the first import: tour-file.ts.
import type { Tour, TourFile, TourIssue, TourOverlay, TourStep } from './tour-file.ts';
export type { Tour, TourFile, TourIssue, TourOverlay, TourStep };

/**
 * What a tour is to the app: one of the documents' guided tours, an autoplay sequence generated from
 * the data (it loops), or the person's own (saved step by step, imported and exported as a file).
 */
export const TOUR_KINDS = ['guided', 'autoplay', 'own'] as const;
export type TourKind = (typeof TOUR_KINDS)[number];

/** A tour file may carry the user's own layers, so that a shared tour shows the same picture; within these limits. */
export const TOUR_OVERLAY_LIMITS = { layers: 5, features: 20_000, fileBytes: 8 * 1024 * 1024 } as const;

/** The kinds of file a user's layer in a tour may have come from. */
export const FILE_KINDS = ['geojson', 'csv', 'tsv', 'xlsx', 'kml', 'kmz', 'shapefile'] as const;

/** A step that reproduces the current view, for "save this view as a step". */
export function stepFromState(state: AppState, caption: { en: string; ja: string }): TourStep {
  const query = serializeUrl({ ...state, lang: 'en', view: null, tour: null });
  return { query, ...(state.view ? { view: formatView(state.view) } : {}), caption };
}

export type TourAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** Keyboard and presentation-clicker keys (clickers send PageUp/PageDown or arrows). */
export function tourKeyAction(key: string): TourAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The step an action leads to, or null to leave the tour. Stays put at either end. */
export function stepAfter(action: TourAction, index: number, length: number): number | null {
  const last = Math.max(0, length - 1);
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'exit':
      return null;
  }
}

/** The state a link opens: with `?tour=…&step=…`, that step's view (its filters, selection, camera). */
export function withTourStep(parsed: ParsedUrl, tours: ReadonlyMap<string, Tour>, context: UrlContext): ParsedUrl {
  const position = parsed.state.tour;
  const tour = position ? tours.get(position.id) : undefined;
  const shown = position && tour ? tourStep(tour, position.step, parsed.state, context) : null;
  return shown ? { ...parsed, state: shown.state } : parsed;
}
