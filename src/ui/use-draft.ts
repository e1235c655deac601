/**
 * A text field typed freely and kept — one change, so one undo step — when it is left or Enter is
 * pressed; Escape puts back what is kept, and a change from outside (undo, redo) shows at once. The
 * tour editor's captions and the annotation list's fields are such fields.
 */
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** `keep` is called with a changed draft; returning false refuses it, and the kept value comes back. */
export function useDraft(value: string, keep: (draft: string) => boolean | void) {
  const [draft, setDraft] = useState(value);
  const [was, setWas] = useState(value);
  if (value !== was) {
    setWas(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value && keep(draft) === false) setDraft(value);
  };
  return {
    value: draft,
    onChange: (event: ChangeEvent<HTMLInputElement>) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') commit();
      if (event.key === 'Escape') setDraft(value);
    },
  };
}
