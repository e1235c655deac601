/**
 * Annotate mode: the presenter draws on the step of their own tour that is on screen. The step's
 * annotations live in the tour (tour-edit.ts, kind 'annotations'), so every change is one undoable
 * edit of the tour, shared with the tour editor's undo and redo; what is selected, the tool and the
 * colour are this mode's own. The mode closes when no step of one's own tour is shown any more.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ANNOTATION_LIMITS, type Annotation, type AnnotationColour, type AnnotationKind } from '../../data/annotation.ts';
import type { AnnotationEditing } from '../../map/annotations/AnnotationOverlay.tsx';
import type { AnnotationModel } from '../../ui/annotations/AnnotationPanel.tsx';
import type { Presentation } from './use-presentation.ts';

/** Annotate mode: what the panel works with (AnnotationModel), and what the player and the map need besides. */
export interface Annotating extends AnnotationModel {
  /** A step of one's own tour is on screen: it can be annotated. */
  readonly available: boolean;
  readonly open: boolean;
  /** What the map is handed while the mode is open (null otherwise). */
  editing(labels: AnnotationEditing['labels']): AnnotationEditing | null;
}

const NONE: readonly Annotation[] = [];

export function useAnnotating(presentation: Presentation): Annotating {
  const { customTour, active, step: shownStep, editCustomTour } = presentation;
  const available = Boolean(customTour && active?.id === customTour.id && customTour.steps[shownStep]);
  const [open, setOpenState] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [tool, setTool] = useState<AnnotationKind | null>(null);
  const [colour, setColour] = useState<AnnotationColour>('crimson');
  const [added, setAdded] = useState<number | null>(null);
  const step = open && available ? shownStep : null;
  const annotations = (step !== null ? customTour?.steps[step]?.annotations : undefined) ?? NONE;

  // Another step, or none of one's own: nothing stays selected; no own step at all closes the mode.
  useEffect(() => {
    setSelected(null);
    setAdded(null);
  }, [step]);
  useEffect(() => {
    if (!available) setOpenState(false);
  }, [available]);
  // Undo may take the selected annotation away.
  if (selected !== null && selected >= annotations.length) setSelected(null);

  const set = useCallback(
    (next: readonly Annotation[]) => {
      if (step !== null) editCustomTour({ kind: 'annotations', index: step, annotations: next });
    },
    [editCustomTour, step],
  );
  const add = useCallback(
    (annotation: Annotation) => {
      if (annotations.length >= ANNOTATION_LIMITS.perStep) return;
      set([...annotations, annotation]);
      setSelected(annotations.length);
      setAdded(annotations.length);
      setTool(null);
    },
    [annotations, set],
  );
  const change = useCallback(
    (index: number, annotation: Annotation) => set(annotations.map((a, i) => (i === index ? annotation : a))),
    [annotations, set],
  );
  const remove = useCallback(
    (index: number) => {
      set(annotations.filter((_, i) => i !== index));
      setSelected(null);
    },
    [annotations, set],
  );
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    setTool(null);
    setSelected(null);
  }, []);

  return useMemo<Annotating>(
    () => ({
      available,
      open: open && available,
      step,
      annotations,
      selected,
      tool,
      colour,
      added,
      setOpen,
      select: setSelected,
      setTool,
      setColour,
      add,
      change,
      remove,
      editing: (labels) => (step === null ? null : { selected, tool, colour, select: setSelected, change, add, labels }),
    }),
    [available, open, step, annotations, selected, tool, colour, added, setOpen, add, change, remove],
  );
}
