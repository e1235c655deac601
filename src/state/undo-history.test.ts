import { describe, expect, it } from 'vitest';
import { historyOf, record, redo, undo, UNDO_LIMIT } from './undo-history.ts';

describe('undo history', () => {
  it('undoes and redoes edits in order, and a new edit forgets what was undone', () => {
    let h = historyOf('a');
    h = record(h, 'b');
    h = record(h, 'c');
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'd');
    expect(h.present).toBe('d');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('b');
  });

  it('keeps no entry for a value that did not change', () => {
    const value = { steps: [1] };
    const h = historyOf(value);
    expect(record(h, value)).toBe(h);
  });

  it(`keeps the last ${UNDO_LIMIT} states`, () => {
    let h = historyOf(0);
    for (let i = 1; i <= UNDO_LIMIT + 20; i++) h = record(h, i);
    expect(h.past).toHaveLength(UNDO_LIMIT);
    for (let i = 0; i < UNDO_LIMIT + 5; i++) h = undo(h);
    expect(h.present).toBe(20);
    for (let i = 0; i < UNDO_LIMIT + 5; i++) h = redo(h);
    expect(h.present).toBe(UNDO_LIMIT + 20);
  });
});
