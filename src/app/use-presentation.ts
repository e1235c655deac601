/**
 * Tours and autoplay: which tour is shown and at which step (in the URL), playing and
 * speed, the keyboard (and presentation clickers), and the user's own tour.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FilterResult } from '../data/filters.ts';
import type { AppState, View } from '../state/app-state.ts';
import { AUTOPLAY_DIMENSIONS, autoplayTour } from '../state/autoplay.ts';
import { stepAfter, stepFromState, stepState, tourKeyAction, type Tour, type TourAction } from '../state/tour.ts';
import { BUILT_IN_TOURS } from '../state/tours.ts';
import type { UrlContext } from '../state/url.ts';
import { parseView } from '../state/url.ts';

export const CUSTOM_TOUR_ID = 'my-tour';
export const SPEEDS_MS = [8000, 5000, 3000] as const;

export interface Presentation {
  readonly tours: ReadonlyMap<string, Tour>;
  readonly active: Tour | null;
  readonly step: number;
  readonly playing: boolean;
  readonly intervalMs: number;
  readonly customTour: Tour | null;
  start(id: string, play?: boolean): void;
  act(action: TourAction): void;
  goTo(index: number): void;
  setPlaying(playing: boolean): void;
  setIntervalMs(ms: number): void;
  saveStep(caption: { en: string; ja: string }): void;
  setCustomTour(tour: Tour | null): void;
}

/** The built-in tours and the autoplay tours generated from the data. */
/** The built-in tours and one autoplay tour per dimension; `totals` are the whole dataset's facet counts. */
export function standardTours(totals: FilterResult['counts']): Map<string, Tour> {
  const all = new Map<string, Tour>();
  for (const tour of BUILT_IN_TOURS) all.set(tour.id, tour);
  for (const dimension of AUTOPLAY_DIMENSIONS) {
    const tour = autoplayTour(dimension, totals);
    all.set(tour.id, tour);
  }
  return all;
}

export function usePresentation(
  standard: ReadonlyMap<string, Tour>,
  state: AppState,
  setState: (update: (s: AppState) => AppState) => void,
  context: UrlContext,
  camera: { fly: (view: View) => void; fit: () => void },
): Presentation {
  const [playing, setPlaying] = useState(false);
  const [intervalMs, setIntervalMs] = useState<number>(SPEEDS_MS[1]);
  const [customTour, setCustomTour] = useState<Tour | null>(null);

  const tours = useMemo(() => {
    const all = new Map(standard);
    if (customTour) all.set(customTour.id, customTour);
    return all;
  }, [standard, customTour]);

  const active = state.tour ? (tours.get(state.tour.id) ?? null) : null;
  const step = state.tour?.step ?? 0;

  const show = useCallback(
    (tour: Tour, index: number) => {
      const target = tour.steps[index];
      if (!target) return;
      setState((s) => ({ ...stepState(target, s, context), tour: { id: tour.id, step: index } }));
      const view = target.view ? parseView(target.view) : null;
      if (view) camera.fly(view);
      else camera.fit();
    },
    [setState, context, camera],
  );

  const start = useCallback(
    (id: string, play = false) => {
      const tour = tours.get(id);
      if (!tour) return;
      show(tour, 0);
      setPlaying(play);
    },
    [tours, show],
  );

  const act = useCallback(
    (action: TourAction) => {
      if (!active) return;
      const next = stepAfter(action, step, active.steps.length);
      if (next === null) {
        setPlaying(false);
        setState((s) => ({ ...s, tour: null }));
      } else if (next !== step) show(active, next);
    },
    [active, step, show, setState],
  );

  const goTo = useCallback((index: number) => active && show(active, index), [active, show]);

  // Autoplay: advance on a timer; autoplay tours loop, others stop at the end.
  useEffect(() => {
    if (!playing || !active) return;
    const timer = setTimeout(() => {
      const last = step >= active.steps.length - 1;
      if (!last) show(active, step + 1);
      else if (active.id.startsWith('autoplay-')) show(active, 0);
      else setPlaying(false);
    }, intervalMs);
    return () => clearTimeout(timer);
  }, [playing, active, step, intervalMs, show]);

  // A hidden tab stops playing (and the browser stops animation frames anyway).
  useEffect(() => {
    const onVisibility = () => {
      if (document.hidden) setPlaying(false);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  // Keyboard and presentation clickers, unless the user is typing.
  const actRef = useRef(act);
  actRef.current = act;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // Keys belong to a field being typed in; PageUp/PageDown (what clickers send) still drive the tour.
      const typing = target?.closest('input:not([type="checkbox"]):not([type="radio"]):not([type="range"]), textarea, select, [contenteditable="true"]');
      if (typing && event.key !== 'PageUp' && event.key !== 'PageDown') return;
      const action = tourKeyAction(event.key);
      if (!action) return;
      event.preventDefault();
      actRef.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);

  const saveStep = useCallback(
    (caption: { en: string; ja: string }) => {
      const next = stepFromState(state, caption);
      setCustomTour((tour) =>
        tour ? { ...tour, steps: [...tour.steps, next] } : { id: CUSTOM_TOUR_ID, title: { en: 'My tour', ja: 'マイツアー' }, steps: [next] },
      );
    },
    [state],
  );

  return { tours, active, step, playing, intervalMs, customTour, start, act, goTo, setPlaying, setIntervalMs, saveStep, setCustomTour };
}
