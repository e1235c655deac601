import { describe, expect, it } from 'vitest';
import type { Annotation } from '../data/annotation.ts';
import { annotationText, moveAnnotation, newAnnotation, normalisePosition } from '../data/annotation-edit.ts';
import type { Tour } from './tour.ts';
import { formatTourIssue, parseTourFile, validateTour } from './tour-file.ts';

const context = { isKnownId: () => true };
const label: Annotation = { kind: 'label', at: [134.5, 7.5], text: { en: 'Palau', ja: 'パラオ' }, colour: 'crimson' };
const tourWith = (annotations: unknown): unknown => ({
  id: 'mine',
  kind: 'own',
  title: { en: 'Mine', ja: '私の' },
  steps: [{ query: '', caption: { en: 'One', ja: '一' }, annotations }],
});
const problems = (annotations: unknown) => {
  const result = validateTour(tourWith(annotations), context);
  return result.ok ? [] : result.error.map(formatTourIssue);
};

describe('annotations in tour files', () => {
  it('accepts each kind, and a step without annotations as before', () => {
    const all: Annotation[] = [
      label,
      { kind: 'arrow', from: [139.7, 35.7], to: [134.5, 7.5], text: { en: 'Aid', ja: '' }, colour: 'ink' },
      { kind: 'ring', at: [179.2, -8.5], radiusKm: 200, colour: 'teal' },
      { kind: 'country', country: 'PHL', at: [122, 12], colour: 'amber' },
    ];
    expect(validateTour(tourWith(all), context)).toEqual({ ok: true, value: tourWith(all) });
    const old = { ...(tourWith([]) as Tour), steps: [{ query: '', caption: { en: 'One', ja: '一' } }] };
    expect(validateTour(old, context).ok).toBe(true);
  });

  it.each<[string, unknown, string[]]>([
    [
      'a label without text',
      [{ ...label, text: { en: ' ', ja: '' } }],
      ['steps[0].annotations[0].text: expected a label with text in English or Japanese'],
    ],
    [
      'an unknown kind',
      [{ kind: 'blob', at: [1, 2] }],
      ["steps[0].annotations[0].kind: expected one of 'label' | 'arrow' | 'ring' | 'country'"],
    ],
    [
      'a position off the map, a ring too small, a colour not in the palette',
      [{ kind: 'ring', at: [200, 2], radiusKm: 0, colour: 'pink' }],
      [
        'steps[0].annotations[0].at[0]: expected number to be <=180',
        'steps[0].annotations[0].radiusKm: expected number to be >=1',
        'steps[0].annotations[0].colour: expected one of "ink"|"crimson"|"magenta"|"teal"|"amber"',
      ],
    ],
    [
      'an unknown country',
      [{ kind: 'country', country: 'XXX', at: [1, 2], colour: 'ink' }],
      ['steps[0].annotations[0].country: expected an ISO 3166-1 alpha-3 country code such as "PHL"'],
    ],
    [
      'an arrow with one coordinate and a stray field',
      [{ kind: 'arrow', from: [1, 2], to: [3], colour: 'ink', extra: 1 }],
      ['steps[0].annotations[0].to: expected array to have >=2 items', 'steps[0].annotations[0]: expected no field "extra"'],
    ],
    [
      'text over 200 characters',
      [{ ...label, text: { en: 'x'.repeat(201), ja: '' } }],
      ['steps[0].annotations[0].text.en: expected string to have <=200 characters'],
    ],
    ['more than 20 in a step', Array.from({ length: 21 }, () => label), ['steps[0].annotations: expected array to have <=20 items']],
    ['not a list', { kind: 'label' }, ['steps[0].annotations: expected array, received object']],
  ])('refuses %s, naming each problem', (_what, annotations, expected) => {
    expect(problems(annotations)).toEqual(expected);
  });

  it('keeps markup as text: it is data, never HTML', () => {
    const text = { en: '<img src=x onerror=alert(1)>', ja: '<script>' };
    const result = parseTourFile(JSON.stringify(tourWith([{ ...label, text }])), context);
    expect(result.ok && result.value.steps[0]?.annotations?.[0]).toMatchObject({ text });
  });
});

describe('annotation helpers', () => {
  it('shows the text of the language asked for, else the other', () => {
    expect(annotationText(label, 'ja')).toBe('パラオ');
    expect(annotationText({ ...label, text: { en: 'Palau', ja: ' ' } }, 'ja')).toBe('Palau');
    expect(annotationText({ kind: 'ring', at: [0, 0], radiusKm: 5, colour: 'ink' }, 'en')).toBe('');
  });

  it('wraps a position picked on another copy of the world, and clamps latitude', () => {
    expect(normalisePosition([190, 10])).toEqual([-170, 10]);
    expect(normalisePosition([-190.123456, -89])).toEqual([169.87654, -85]);
    expect(normalisePosition([180, 0])).toEqual([180, 0]);
  });

  it('moves every point of an annotation', () => {
    const arrow = newAnnotation('arrow', [170, 0], { to: [178, 5] });
    expect(moveAnnotation(arrow, 5, 1)).toMatchObject({ from: [175, 1], to: [-177, 6] });
    expect(moveAnnotation(label, -1, 0.5)).toMatchObject({ at: [133.5, 8] });
  });

  it('makes new annotations that a tour file accepts', () => {
    const made = (['label', 'arrow', 'ring', 'country'] as const).map((kind) => newAnnotation(kind, [121, 14], { country: 'PHL' }));
    expect(problems(made)).toEqual([]);
  });
});
