import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../data/annotation.ts';
import { diffAnnotatedCountries, litCountries } from './annotated-countries.ts';

const country = (code: string, colour: 'teal' | 'amber'): Annotation => ({ kind: 'country', country: code, at: [0, 0], colour });
const label: Annotation = { kind: 'label', at: [0, 0], text: { en: 'x', ja: '' }, colour: 'ink' };

describe('annotated countries', () => {
  it('lights each annotated country in its colour, the later annotation winning', () => {
    expect([...litCountries([label, country('PHL', 'teal'), country('PHL', 'amber'), country('IDN', 'teal')])]).toEqual([
      ['PHL', '#9a5b00'],
      ['IDN', '#0b6e69'],
    ]);
  });

  it('changes only what changed, and nothing when nothing did', () => {
    const one = { annotations: [country('PHL', 'teal'), country('VNM', 'teal')] };
    expect(diffAnnotatedCountries(null, one)).toEqual({
      set: new Map([
        ['PHL', '#0b6e69'],
        ['VNM', '#0b6e69'],
      ]),
      clear: [],
    });
    expect(diffAnnotatedCountries(one, { annotations: [...one.annotations, label] })).toBeNull();
    expect(diffAnnotatedCountries(one, { annotations: [country('PHL', 'amber')] })).toEqual({
      set: new Map([['PHL', '#9a5b00']]),
      clear: ['VNM'],
    });
    expect(diffAnnotatedCountries(null, { annotations: [label] })).toBeNull();
  });
});
