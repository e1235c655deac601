/**
 * An undo history of values (the person's own tour): what is shown now, what came before it and what
 * an undo took away. Pure; the same history comes back when nothing changes, so a no-op edit keeps
 * no entry.
 */
export interface History<T> {
  readonly present: T;
  /** Oldest first. */
  readonly past: readonly T[];
  /** What undo took away, the next redo first. */
  readonly future: readonly T[];
}

/** How many steps back the history keeps. */
export const UNDO_LIMIT = 100;

export const historyOf = <T>(present: T): History<T> => ({ present, past: [], future: [] });

/** `next` becomes the present; the old present can be undone back to, and what was undone is forgotten. */
export function record<T>(history: History<T>, next: T): History<T> {
  if (Object.is(next, history.present)) return history;
  return { present: next, past: [...history.past, history.present].slice(-UNDO_LIMIT), future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (history.past.length === 0) return history;
  return { present: previous as T, past: history.past.slice(0, -1), future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { present: next as T, past: [...history.past, history.present].slice(-UNDO_LIMIT), future: rest };
}
