import { describe, expect, it } from 'vitest';
import type { Tour, TourStep } from './tour.ts';
import type { Annotation } from '../data/annotation.ts';
import { editTour, MAX_CAPTION_LENGTH, MAX_TOUR_STEPS, withCaptions } from './tour-edit.ts';

const step = (n: number): TourStep => ({ query: `pillar=${(n % 3) + 1}`, view: `${100 + n},0,3`, caption: { en: `S${n}`, ja: `ス${n}` } });
const tour = (n = 3): Tour => ({
  id: 'my-tour',
  kind: 'own',
  title: { en: 'My tour', ja: 'マイツアー' },
  steps: [...Array(n).keys()].map(step),
});
const captions = (t: Tour) => t.steps.map((s) => s.caption.en);

describe('editTour', () => {
  it('moves a step up, down, to the start and to the end', () => {
    expect(captions(editTour(tour(), { kind: 'move', from: 2, to: 1 }))).toEqual(['S0', 'S2', 'S1']);
    expect(captions(editTour(tour(), { kind: 'move', from: 0, to: 1 }))).toEqual(['S1', 'S0', 'S2']);
    expect(captions(editTour(tour(), { kind: 'move', from: 2, to: 0 }))).toEqual(['S2', 'S0', 'S1']);
    expect(captions(editTour(tour(), { kind: 'move', from: 0, to: 2 }))).toEqual(['S1', 'S2', 'S0']);
  });

  it('returns the same tour for an edit that does not apply, so no undo entry is kept for it', () => {
    const t = tour();
    for (const edit of [
      { kind: 'move', from: 0, to: 0 },
      { kind: 'move', from: 0, to: 3 },
      { kind: 'move', from: -1, to: 0 },
      { kind: 'move', from: 0.5, to: 1 },
      { kind: 'caption', index: 5, lang: 'en', text: 'x' },
      { kind: 'caption', index: 0, lang: 'en', text: 'S0' },
      { kind: 'replace-view', index: 3, step: step(9) },
      { kind: 'duplicate', index: -1 },
      { kind: 'remove', index: 3 },
    ] as const)
      expect(editTour(t, edit)).toBe(t);
  });

  it('edits a caption in one language, keeps markup-like text as typed, and cuts it at the stated length', () => {
    const edited = editTour(tour(), { kind: 'caption', index: 1, lang: 'ja', text: '<b>港</b>' });
    expect(edited.steps[1]!.caption).toEqual({ en: 'S1', ja: '<b>港</b>' });
    const long = editTour(tour(), { kind: 'caption', index: 0, lang: 'en', text: 'x'.repeat(500) });
    expect(long.steps[0]!.caption.en).toHaveLength(MAX_CAPTION_LENGTH);
  });

  it('replaces a step’s view and filters with the current ones, keeping its caption', () => {
    const edited = editTour(tour(), { kind: 'replace-view', index: 0, step: { query: 'tool=OSA', caption: { en: 'new', ja: '新' } } });
    expect(edited.steps[0]).toEqual({ query: 'tool=OSA', caption: { en: 'S0', ja: 'ス0' } });
  });

  it('duplicates a step after itself, up to the most steps a tour may have, and deletes one', () => {
    expect(captions(editTour(tour(), { kind: 'duplicate', index: 1 }))).toEqual(['S0', 'S1', 'S1', 'S2']);
    const full = tour(MAX_TOUR_STEPS);
    expect(editTour(full, { kind: 'duplicate', index: 0 })).toBe(full);
    expect(captions(editTour(tour(), { kind: 'remove', index: 1 }))).toEqual(['S0', 'S2']);
  });

  it('sets a step’s annotations, keeps them when its view is replaced, and drops the field when none are left', () => {
    const ring: Annotation = { kind: 'ring', at: [134.5, 7.5], radiusKm: 80, colour: 'teal' };
    const annotated = editTour(tour(), { kind: 'annotations', index: 1, annotations: [ring] });
    expect(annotated.steps[1]?.annotations).toEqual([ring]);
    const replaced = editTour(annotated, { kind: 'replace-view', index: 1, step: { query: 'tool=OSA', caption: { en: 'x', ja: 'x' } } });
    expect(replaced.steps[1]).toEqual({ query: 'tool=OSA', caption: { en: 'S1', ja: 'ス1' }, annotations: [ring] });
    expect(editTour(annotated, { kind: 'duplicate', index: 1 }).steps[2]?.annotations).toEqual([ring]);
    const cleared = editTour(annotated, { kind: 'annotations', index: 1, annotations: [] });
    expect(cleared.steps[1]).toEqual(step(1));
    expect('annotations' in cleared.steps[1]!).toBe(false);
    // No-ops and what the file format refuses: the same tour, no undo entry.
    const t = tour();
    expect(editTour(t, { kind: 'annotations', index: 0, annotations: [] })).toBe(t);
    expect(editTour(t, { kind: 'annotations', index: 9, annotations: [ring] })).toBe(t);
    expect(editTour(t, { kind: 'annotations', index: 0, annotations: Array.from({ length: 21 }, () => ring) })).toBe(t);
  });

  it('never changes the tour it is given', () => {
    const t = tour();
    const copy = structuredClone(t);
    editTour(t, { kind: 'move', from: 2, to: 0 });
    editTour(t, { kind: 'remove', index: 0 });
    editTour(t, { kind: 'caption', index: 0, lang: 'en', text: 'changed' });
    expect(t).toEqual(copy);
  });
});

describe('withCaptions', () => {
  it('fills a blank caption from the other language, else with the step’s number', () => {
    let t = editTour(tour(), { kind: 'caption', index: 0, lang: 'ja', text: '  ' });
    t = editTour(t, { kind: 'caption', index: 1, lang: 'en', text: '' });
    t = editTour(editTour(t, { kind: 'caption', index: 2, lang: 'en', text: '' }), { kind: 'caption', index: 2, lang: 'ja', text: '' });
    expect(withCaptions(t).steps.map((s) => s.caption)).toEqual([
      { en: 'S0', ja: 'S0' },
      { en: 'ス1', ja: 'ス1' },
      { en: 'Step 3', ja: 'ステップ3' },
    ]);
  });
});
