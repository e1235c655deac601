/**
 * Annotations under fuzzing: any JSON in the place of a tour step's annotations is either refused
 * (the schema tour files use: src/state/tour.ts) or accepted as annotations that every picture can
 * lay out with finite numbers (positions, sizes, text boxes) — never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_COLOUR_NAMES, ANNOTATION_KINDS, ANNOTATION_LIMITS, AnnotationsSchema } from '../data/annotation.ts';
import { layoutAnnotations, projectionOfBox, type Measure } from './annotations.ts';

const measure: Measure = { font: '', measureText: (text: string) => ({ width: text.length * 7 }) as TextMetrics };
const project = projectionOfBox({ west: 90, east: 190, south: -30, north: 40 }, { width: 1920, height: 1080 });

/** Near-valid annotations: the right keys with values of any kind, and hostile text. */
const value = fc.oneof(fc.double(), fc.integer({ min: -400, max: 400 }), fc.string(), fc.constant(null), fc.boolean());
const position = fc.oneof(
  fc.tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 })),
  fc.array(value, { maxLength: 3 }),
  value,
);
const text = fc.oneof(
  fc.record({ en: fc.string({ maxLength: 220 }), ja: fc.constantFrom('', '<img src=x onerror=alert(1)>', '港', ' ') }),
  value,
);
const annotation = fc.record(
  {
    kind: fc.oneof(fc.constantFrom(...ANNOTATION_KINDS), fc.string()),
    at: position,
    from: position,
    to: position,
    radiusKm: fc.oneof(fc.double({ min: -10, max: 4000 }), value),
    country: fc.constantFrom('PHL', 'JPN', 'XXX', 'phl', ''),
    text,
    colour: fc.oneof(fc.constantFrom(...ANNOTATION_COLOUR_NAMES), fc.string()),
  },
  { requiredKeys: ['kind'] },
);

/** Every number in a value, however deep. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('annotations under fuzzing', () => {
  it('are refused field by field, or accepted and laid out without a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(annotation, { maxLength: 24 }), value), (annotations) => {
        const result = AnnotationsSchema.safeParse(annotations);
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          return;
        }
        const accepted = result.data;
        expect(accepted.length).toBeLessThanOrEqual(ANNOTATION_LIMITS.perStep);
        for (const lang of ['en', 'ja'] as const) {
          for (const mark of layoutAnnotations(accepted, lang, project, 1, measure))
            expect(numbersIn(mark).every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: 600, seed: 20261206 },
    );
  });
});
