/**
 * Editing one's own tour, as pure functions: move a step, edit its caption in either language,
 * replace its view with the current one, duplicate it, delete it. An edit that does not apply (an
 * index out of range, a move to where the step already is) returns the same tour object, so the
 * editor keeps no undo entry for it. Captions may be left blank while they are being edited; a tour
 * leaves the app (file, link, deck) with each blank caption filled (`withCaptions`).
 */
import type { Lang } from '../lib/lang.ts';
import { ANNOTATION_LIMITS, type Annotation } from '../data/annotation.ts';
import type { Tour, TourStep } from './tour.ts';

/** As a tour file allows (tour.ts). */
export const MAX_TOUR_STEPS = 200;
export const MAX_CAPTION_LENGTH = 300;

export type TourEdit =
  | { readonly kind: 'move'; readonly from: number; readonly to: number }
  | { readonly kind: 'caption'; readonly index: number; readonly lang: Lang; readonly text: string }
  /** The step shows what is on screen now (its query and view); its caption stays. */
  | { readonly kind: 'replace-view'; readonly index: number; readonly step: TourStep }
  | { readonly kind: 'duplicate'; readonly index: number }
  /** The step's annotations become `annotations` (the annotation editor works out the list); at most ANNOTATION_LIMITS.perStep. */
  | { readonly kind: 'annotations'; readonly index: number; readonly annotations: readonly Annotation[] }
  | { readonly kind: 'remove'; readonly index: number };

const within = (tour: Tour, index: number) => Number.isInteger(index) && index >= 0 && index < tour.steps.length;

export function editTour(tour: Tour, edit: TourEdit): Tour {
  const steps = [...tour.steps];
  switch (edit.kind) {
    case 'move': {
      if (!within(tour, edit.from) || !within(tour, edit.to) || edit.from === edit.to) return tour;
      const [moved] = steps.splice(edit.from, 1);
      steps.splice(edit.to, 0, moved!);
      break;
    }
    case 'caption': {
      const step = steps[edit.index];
      if (!step) return tour;
      const text = edit.text.slice(0, MAX_CAPTION_LENGTH);
      if (step.caption[edit.lang] === text) return tour;
      steps[edit.index] = { ...step, caption: { ...step.caption, [edit.lang]: text } };
      break;
    }
    case 'replace-view': {
      const step = steps[edit.index];
      if (!step) return tour;
      // Its captions and annotations stay: they were written for this step.
      const { caption, annotations } = step;
      steps[edit.index] = { ...edit.step, caption, ...(annotations ? { annotations } : {}) };
      break;
    }
    case 'duplicate': {
      const step = steps[edit.index];
      if (!step || steps.length >= MAX_TOUR_STEPS) return tour;
      steps.splice(edit.index + 1, 0, { ...step });
      break;
    }
    case 'annotations': {
      const step = steps[edit.index];
      if (!step || step.annotations === edit.annotations || edit.annotations.length > ANNOTATION_LIMITS.perStep) return tour;
      if (edit.annotations.length === 0 && !step.annotations) return tour;
      const { annotations: _old, ...rest } = step;
      steps[edit.index] = edit.annotations.length > 0 ? { ...rest, annotations: [...edit.annotations] } : rest;
      break;
    }
    case 'remove':
      if (!within(tour, edit.index)) return tour;
      steps.splice(edit.index, 1);
      break;
  }
  return { ...tour, steps };
}

/** The tour with every blank caption filled: from the other language, else "Step N" / 「ステップN」. */
export function withCaptions(tour: Tour): Tour {
  return {
    ...tour,
    steps: tour.steps.map((step, i) => {
      const en = step.caption.en.trim();
      const ja = step.caption.ja.trim();
      if (en && ja) return step;
      return { ...step, caption: { en: en || ja || `Step ${i + 1}`, ja: ja || en || `ステップ${i + 1}` } };
    }),
  };
}
