/**
 * What a tour step is, decided once for everyone who shows one — the presenter, autoplay, the deck,
 * the video and a link that opens at a step: the state it shows (its filters, selection, layers and
 * view; the viewer's language stays), where the camera goes (a saved view, or framing the matching
 * initiatives), and its caption.
 */
import type { AppState, View } from './app-state.ts';
import type { Tour } from './tour.ts';
import { parseUrl, parseView, type UrlContext } from './url.ts';

/** A saved view to fly to, or the matching initiatives to frame (which the map knows once the step's set is drawn). */
export type StepCamera = { readonly kind: 'view'; readonly view: View } | { readonly kind: 'frame' };

export interface ShownTourStep {
  /** The whole app state the step shows, with the tour's position in it. */
  readonly state: AppState;
  readonly camera: StepCamera;
  readonly caption: { readonly en: string; readonly ja: string };
}

/** Step `index` (from 0) of `tour` shown from `current`; null when the tour has no such step. */
export function tourStep(tour: Tour, index: number, current: AppState, context: UrlContext): ShownTourStep | null {
  const step = Number.isInteger(index) ? tour.steps[index] : undefined;
  if (!step) return null;
  const { state } = parseUrl(`?${step.query}`, context);
  const view = step.view ? parseView(step.view) : null;
  return {
    // A step shows its own set: an open profile closes.
    state: {
      ...current,
      filters: state.filters,
      selected: state.selected,
      layers: state.layers,
      view,
      tour: { id: tour.id, step: index },
      profile: null,
    },
    camera: view ? { kind: 'view', view } : { kind: 'frame' },
    caption: step.caption,
  };
}
