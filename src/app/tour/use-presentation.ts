/**
 * Tours and autoplay: which tour is shown and at which step (in the URL), playing and speed, the
 * keyboard (and presentation clickers), and the person's own tour. Every step is shown one way,
 * `show`: the step's state (tour-step.ts) is set, and once the page has committed it the camera
 * moves — flies to the step's view or frames its initiatives — unless a recorder moves it itself.
 * The presenter, autoplay, the deck, the video and the automation API all show steps through it.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { FilterResult } from '../../data/filters.ts';
import type { MapHandle } from '../../map/owner/map-handle.ts';
import { DEFAULT_STATE, type AppState } from '../../state/app-state.ts';
import { AUTOPLAY_DIMENSIONS, autoplayTour } from '../../state/autoplay.ts';
import { stepAfter, stepFromState, type Tour, type TourAction } from '../../state/tour.ts';
import { editTour, withCaptions, type TourEdit } from '../../state/tour-edit.ts';
import { tourStep, type StepCamera } from '../../state/tour-step.ts';
import { BUILT_IN_TOURS } from '../../state/tours.ts';
import { historyOf, record, redo, undo, type History } from '../../state/undo-history.ts';
import type { UrlContext } from '../../state/url.ts';
import type { ImageContext } from '../jobs/image-overlay.ts';
import { Superseded, type Committed } from '../use-commits.ts';
import { useAutoplay } from './use-autoplay.ts';
import { useTourKeys } from './use-tour-keys.ts';

export const CUSTOM_TOUR_ID = 'my-tour';
export const SPEEDS_MS = [8000, 5000, 3000] as const;

/** A step on the page: where its camera goes, and the page as it shows the step. */
export interface ShownStep {
  readonly camera: StepCamera;
  readonly page: ImageContext;
}

/** 'move': the camera flies to the step (the presenter); 'hold': it stays, for a recorder that moves it frame by frame. */
export type StepMove = 'move' | 'hold';

export interface Presentation {
  readonly tours: ReadonlyMap<string, Tour>;
  readonly active: Tour | null;
  readonly step: number;
  readonly playing: boolean;
  readonly intervalMs: number;
  readonly customTour: Tour | null;
  /** How many edits of the person's own tour can be undone and redone. */
  readonly undoable: number;
  readonly redoable: number;
  /** Shows step `index` of `tourId`; resolves once the page shows it (the camera may still be moving). */
  show(tourId: string, index: number, move?: StepMove): Promise<ShownStep>;
  /** Starts a tour at its first step (or at `index`), playing it or not. */
  start(id: string, play?: boolean, index?: number): void;
  act(action: TourAction): void;
  goTo(index: number): void;
  setPlaying(playing: boolean): void;
  setIntervalMs(ms: number): void;
  saveStep(caption: { en: string; ja: string }): void;
  /** Replaces the person's own tour (an imported file or link); undoable. */
  setCustomTour(tour: Tour | null): void;
  /** Edits the person's own tour (tour-edit.ts); undoable. */
  editCustomTour(edit: TourEdit): void;
  /** Step `index` of the person's own tour shows what is on screen now (its captions stay). */
  replaceStepView(index: number): void;
  undoCustomTour(): void;
  redoCustomTour(): void;
}

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

export interface PresentationDeps {
  readonly standard: ReadonlyMap<string, Tour>;
  readonly state: AppState;
  readonly setState: (update: (s: AppState) => AppState) => void;
  readonly context: UrlContext;
  readonly map: RefObject<MapHandle | null>;
  /** Resolves once the page has committed a snapshot that passes (use-commits.ts). */
  readonly committed: Committed<ImageContext>;
}

export function usePresentation({ standard, state, setState, context, map, committed }: PresentationDeps): Presentation {
  const [playing, setPlaying] = useState(false);
  const [intervalMs, setIntervalMs] = useState<number>(SPEEDS_MS[1]);
  // The person's own tour, with its undo history (undo-history.ts): adding, editing, importing are each undoable.
  const [history, setHistory] = useState<History<Tour | null>>(() => historyOf(null));
  const customTour = history.present;
  const setCustomTour = useCallback((tour: Tour | null) => setHistory((h) => record(h, tour)), []);
  const editCustomTour = useCallback(
    (edit: TourEdit) => setHistory((h) => (h.present ? record(h, emptied(editTour(h.present, edit))) : h)),
    [],
  );
  const undoCustomTour = useCallback(() => setHistory(undo), []);
  const redoCustomTour = useCallback(() => setHistory(redo), []);

  const tours = useMemo(() => {
    const all = new Map(standard);
    // Shown, recorded and made into decks with each blank caption filled; the editor keeps them blank.
    if (customTour) all.set(customTour.id, withCaptions(customTour));
    return all;
  }, [standard, customTour]);

  const active = state.tour ? (tours.get(state.tour.id) ?? null) : null;
  const step = state.tour?.step ?? 0;

  const show = useShowStep({ tours, setState, context, map, committed });

  /** Shows a step for the person; a step skipped before it was shown (a quick second key press) is dropped. */
  const present = useCallback(
    (tourId: string, index: number) =>
      void show(tourId, index).catch((error: unknown) => {
        if (!(error instanceof Superseded)) throw error;
      }),
    [show],
  );

  const start = useCallback(
    (id: string, play = false, index = 0) => {
      const tour = tours.get(id);
      if (!tour || index < 0 || index >= tour.steps.length) return;
      present(id, index);
      setPlaying(play);
    },
    [tours, present],
  );

  // The own tour on screen lost steps (deleted, undone): the player stays on a step that exists, or closes.
  const ownShown = state.tour?.id === CUSTOM_TOUR_ID;
  const ownLength = customTour?.steps.length ?? 0;
  useEffect(() => {
    if (!ownShown || step < ownLength) return;
    if (ownLength === 0) {
      setPlaying(false);
      setState((s) => ({ ...s, tour: null }));
    } else present(CUSTOM_TOUR_ID, ownLength - 1);
  }, [ownShown, ownLength, step, setState, present]);

  const act = useCallback(
    (action: TourAction) => {
      if (!active) return;
      const next = stepAfter(action, step, active.steps.length);
      if (next === null) {
        setPlaying(false);
        setState((s) => ({ ...s, tour: null }));
      } else if (next !== step) present(active.id, next);
    },
    [active, step, present, setState],
  );

  const goTo = useCallback((index: number) => active && present(active.id, index), [active, present]);

  useAutoplay({ playing, active, step, intervalMs, present, setPlaying });
  useTourKeys(active !== null, act);

  const saveStep = useCallback(
    (caption: { en: string; ja: string }) => {
      const next = stepFromState(state, caption);
      setHistory((h) =>
        record(
          h,
          h.present
            ? { ...h.present, steps: [...h.present.steps, next] }
            : { id: CUSTOM_TOUR_ID, kind: 'own', title: { en: 'My tour', ja: 'マイツアー' }, steps: [next] },
        ),
      );
    },
    [state],
  );

  const replaceStepView = useCallback(
    (index: number) => editCustomTour({ kind: 'replace-view', index, step: stepFromState(state, { en: '', ja: '' }) }),
    [state, editCustomTour],
  );

  return {
    tours,
    active,
    step,
    playing,
    intervalMs,
    customTour,
    undoable: history.past.length,
    redoable: history.future.length,
    show,
    start,
    act,
    goTo,
    setPlaying,
    setIntervalMs,
    saveStep,
    setCustomTour,
    editCustomTour,
    replaceStepView,
    undoCustomTour,
    redoCustomTour,
  };
}

/** A tour whose last step was deleted is no tour: "My tour" is empty again (and undo brings it back). */
const emptied = (tour: Tour): Tour | null => (tour.steps.length === 0 ? null : tour);

/** The one way a step is shown (see the top of this module). */
function useShowStep({
  tours,
  setState,
  context,
  map,
  committed,
}: Omit<PresentationDeps, 'standard' | 'state'> & { tours: ReadonlyMap<string, Tour> }): Presentation['show'] {
  return useCallback<Presentation['show']>(
    async (tourId, index, move = 'move') => {
      const tour = tours.get(tourId);
      if (!tour) throw new Error(`No tour "${tourId}". Known tours: ${[...tours.keys()].join(', ')}`);
      // The step's camera does not depend on what is on the page; its state is made from the page's.
      const { camera } = tourStep(tour, index, DEFAULT_STATE, context) ?? {};
      if (!camera) throw new Error(`Step ${index + 1} is not in “${tour.title.en}”.`);
      setState((s) => tourStep(tour, index, s, context)?.state ?? s);
      const page = await committed((snapshot) => snapshot.state.tour?.id === tourId && snapshot.state.tour.step === index, 'tour step');
      if (move === 'move') {
        if (camera.kind === 'view') map.current?.fly(camera.view);
        else map.current?.fit();
      }
      return { camera, page };
    },
    [tours, setState, context, committed, map],
  );
}
