/**
 * The editor of the user's own tour: its steps in order, each with its captions in both languages and
 * its actions — show it, move it (drag by its handle, or ↑ ↓ from the keyboard), use the current view,
 * duplicate, delete — and undo/redo of every change (also Ctrl+Z / Ctrl+Shift+Z outside a text field,
 * where the field's own undo applies). The edits are pure (state/tour-edit.ts); the history is the
 * presentation's. Captions are text, never markup.
 */
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Lang } from '../../lib/lang.ts';
import type { Tour } from '../../state/tour.ts';
import { MAX_CAPTION_LENGTH, MAX_TOUR_STEPS, type TourEdit } from '../../state/tour-edit.ts';
import { tourEditorStrings } from './tour-editor-strings.ts';
import { useDraft } from '../use-draft.ts';

export interface TourEditorActions {
  /** How many changes can be undone and redone. */
  readonly undoable: number;
  readonly redoable: number;
  /** The own tour's step on screen, if it is on screen. */
  readonly shownStep: number | null;
  readonly onEdit: (edit: TourEdit) => void;
  readonly onReplaceView: (index: number) => void;
  readonly onShowStep: (index: number) => void;
  /** Shows the step and opens Annotate mode on it. */
  readonly onAnnotateStep: (index: number) => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

interface Props extends TourEditorActions {
  readonly id: string;
  readonly lang: Lang;
  readonly tour: Tour | null;
}

/** A drag carries the step's index under this type, so other drags (files on the map) are not taken for a step. */
const DRAG_TYPE = 'application/x-foip-tour-step';

export function TourEditor({
  id,
  lang,
  tour,
  undoable,
  redoable,
  shownStep,
  onEdit,
  onReplaceView,
  onShowStep,
  onAnnotateStep,
  onUndo,
  onRedo,
}: Props) {
  const t = tourEditorStrings(lang);
  const [said, say] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const steps = tour?.steps ?? [];

  const edit = (change: TourEdit, message: string) => {
    onEdit(change);
    say(message);
  };
  const list = useRef<HTMLOListElement>(null);
  const move = (from: number, to: number, button?: 'up' | 'down') => {
    if (to < 0 || to >= steps.length || from === to) return;
    edit({ kind: 'move', from, to }, t.moved(from + 1, to + 1));
    if (!button) return;
    // Rows are keyed by position: the focus follows the step to its new row (the other arrow at an end, where this one is disabled).
    requestAnimationFrame(() => {
      const row = list.current?.querySelector(`li[data-step="${to}"]`);
      const same = row?.querySelector<HTMLButtonElement>(`[data-action="${button}"]`);
      (same && !same.disabled
        ? same
        : row?.querySelector<HTMLButtonElement>(`[data-action="${button === 'up' ? 'down' : 'up'}"]`)
      )?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea')) return; // the field's own undo
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey && undoable > 0) {
      event.preventDefault();
      onUndo();
      say(t.undone);
    } else if (((key === 'z' && event.shiftKey) || key === 'y') && redoable > 0) {
      event.preventDefault();
      onRedo();
      say(t.redone);
    }
  };
  const drop = (event: DragEvent, to: number) => {
    const from = Number(event.dataTransfer.getData(DRAG_TYPE));
    setDragging(null);
    setOver(null);
    if (event.dataTransfer.types.includes(DRAG_TYPE) && Number.isInteger(from)) {
      event.preventDefault();
      event.stopPropagation();
      move(from, to);
    }
  };

  return (
    <section id={id} className="tour-editor" aria-label={t.label} onKeyDown={onKeyDown} data-testid="tour-editor">
      <div className="tour-editor-bar">
        <button
          type="button"
          onClick={() => (onUndo(), say(t.undone))}
          disabled={undoable === 0}
          title={t.undoLabel}
          data-testid="tour-undo"
        >
          {t.undo}
        </button>
        <button
          type="button"
          onClick={() => (onRedo(), say(t.redone))}
          disabled={redoable === 0}
          title={t.redoLabel}
          data-testid="tour-redo"
        >
          {t.redo}
        </button>
        <span className="menu-note">{t.count(steps.length, MAX_TOUR_STEPS)}</span>
      </div>
      {steps.length === 0 ? (
        <p className="menu-note">{t.empty}</p>
      ) : (
        <>
          <p className="menu-note">{t.hint}</p>
          <ol className="tour-editor-steps" ref={list}>
            {steps.map((step, index) => {
              const n = index + 1;
              return (
                <li
                  // By position: a step's fields are its row's, and they show what the step holds after any edit.
                  key={index}
                  className={
                    [index === dragging ? 'dragging' : '', index === over && dragging !== index ? 'drop-here' : ''].join(' ').trim() ||
                    undefined
                  }
                  aria-current={shownStep === index ? 'step' : undefined}
                  data-step={index}
                  onDragOver={(event) => {
                    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                    event.preventDefault();
                    event.dataTransfer.dropEffect = 'move';
                    setOver(index);
                  }}
                  onDrop={(event) => drop(event, index)}
                >
                  <div className="step-head">
                    <span
                      className="drag-handle"
                      draggable
                      title={t.drag(n)}
                      aria-hidden="true"
                      onDragStart={(event) => {
                        event.dataTransfer.setData(DRAG_TYPE, String(index));
                        event.dataTransfer.effectAllowed = 'move';
                        const row = event.currentTarget.closest('li');
                        if (row) event.dataTransfer.setDragImage(row, 12, 12);
                        // Changing the dragged row's DOM while the drag starts can cancel it in Chromium: after it has started.
                        requestAnimationFrame(() => setDragging(index));
                      }}
                      onDragEnd={() => {
                        setDragging(null);
                        setOver(null);
                      }}
                    >
                      ≡
                    </span>
                    <span className="step-number">
                      {t.step(n)}
                      {step.annotations?.length ? (
                        <span className="step-annotations"> · {t.annotations(step.annotations.length)}</span>
                      ) : null}
                    </span>
                    <button type="button" onClick={() => onShowStep(index)} aria-label={t.showLabel(n)} data-action="show">
                      {t.show}
                    </button>
                    <button
                      type="button"
                      onClick={(event) => {
                        // The menu makes way for the map and Annotate's panel.
                        event.currentTarget.closest('details')?.removeAttribute('open');
                        onAnnotateStep(index);
                      }}
                      aria-label={t.annotateLabel(n)}
                      data-action="annotate"
                    >
                      {t.annotate}
                    </button>
                    <button
                      type="button"
                      onClick={() => move(index, index - 1, 'up')}
                      disabled={index === 0}
                      aria-label={t.up(n)}
                      title={t.up(n)}
                      data-action="up"
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      onClick={() => move(index, index + 1, 'down')}
                      disabled={index === steps.length - 1}
                      aria-label={t.down(n)}
                      title={t.down(n)}
                      data-action="down"
                    >
                      ↓
                    </button>
                  </div>
                  <Caption
                    label={t.english}
                    name={t.captionEn(n)}
                    hint={t.captionMax(MAX_CAPTION_LENGTH)}
                    lang="en"
                    value={step.caption.en}
                    onCommit={(text) => onEdit({ kind: 'caption', index, lang: 'en', text })}
                  />
                  <Caption
                    label={t.japanese}
                    name={t.captionJa(n)}
                    hint={t.captionMax(MAX_CAPTION_LENGTH)}
                    lang="ja"
                    value={step.caption.ja}
                    onCommit={(text) => onEdit({ kind: 'caption', index, lang: 'ja', text })}
                  />
                  <div className="step-actions">
                    <button
                      type="button"
                      onClick={() => (onReplaceView(index), say(t.replaced(n)))}
                      aria-label={t.replaceLabel(n)}
                      title={t.replaceLabel(n)}
                      data-action="replace"
                    >
                      {t.replace}
                    </button>
                    <button
                      type="button"
                      onClick={() => edit({ kind: 'duplicate', index }, t.duplicated(n))}
                      disabled={steps.length >= MAX_TOUR_STEPS}
                      aria-label={t.duplicateLabel(n)}
                      title={steps.length >= MAX_TOUR_STEPS ? t.full(MAX_TOUR_STEPS) : t.duplicateLabel(n)}
                      data-action="duplicate"
                    >
                      {t.duplicate}
                    </button>
                    <button
                      type="button"
                      onClick={() => edit({ kind: 'remove', index }, t.removed(n))}
                      aria-label={t.removeLabel(n)}
                      data-action="delete"
                    >
                      {t.remove}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}

/** A caption field: typed freely, kept (one undoable change) when the field is left or Enter is pressed. */
function Caption({
  label,
  name,
  hint,
  lang,
  value,
  onCommit,
}: {
  label: string;
  /** The field's accessible name, saying whose caption it is. */
  name: string;
  hint: string;
  lang: Lang;
  value: string;
  onCommit: (text: string) => void;
}) {
  const field = useDraft(value, onCommit);
  return (
    <label className="step-caption">
      <span aria-hidden="true">{label}</span>
      <input aria-label={name} type="text" lang={lang} maxLength={MAX_CAPTION_LENGTH} title={hint} data-caption={lang} {...field} />
    </label>
  );
}
