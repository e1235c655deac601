/**
 * Annotations: what a presenter draws over the map in a tour step — a text label, an arrow (from →
 * to, curved, with a head), a ring round a point, a highlighted country — each placed in longitude
 * and latitude (so it moves with the map), in a colour of a small palette, with optional text in
 * English and Japanese. Stored in tour files and links (tour.ts), drawn by src/picture/annotations.ts
 * on the map, in pictures, video frames and as shapes in decks. Text is data: always drawn as text.
 */
import { z } from './zod.ts';
import { isCountryCode } from './countries.ts';
import type { Lang } from '../lib/lang.ts';

/** Limits stated in the editor and enforced in files and links. */
export const ANNOTATION_LIMITS = { perStep: 20, textChars: 200, radiusKm: { min: 1, max: 3000 } } as const;

/**
 * Dark, saturated hues that read on the pale basemap (land #f6f3ec, sea #d6e4ec) with a white halo,
 * apart from the pillars' Okabe–Ito blue, green and vermilion and the choropleth's purples.
 */
export const ANNOTATION_COLOURS = {
  ink: '#1f2937',
  crimson: '#b4123a',
  magenta: '#a3137a',
  teal: '#0b6e69',
  amber: '#9a5b00',
} as const;
export type AnnotationColour = keyof typeof ANNOTATION_COLOURS;
export const ANNOTATION_COLOUR_NAMES = Object.keys(ANNOTATION_COLOURS) as AnnotationColour[];

export const ANNOTATION_KINDS = ['label', 'arrow', 'ring', 'country'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

const longitude = z.number().check(z.gte(-180), z.lte(180));
const latitude = z.number().check(z.gte(-85), z.lte(85));
const Position = z.tuple([longitude, latitude]);
const words = z.string().check(z.maxLength(ANNOTATION_LIMITS.textChars));
const Text = z.strictObject({ en: words, ja: words });
const colour = z.enum(ANNOTATION_COLOUR_NAMES as [AnnotationColour, ...AnnotationColour[]]);

const LabelSchema = z.strictObject({ kind: z.literal('label'), at: Position, text: Text, colour }).check(
  z.refine((a) => a.text.en.trim() !== '' || a.text.ja.trim() !== '', {
    message: 'a label with text in English or Japanese',
    path: ['text'],
  }),
);
const ArrowSchema = z.strictObject({ kind: z.literal('arrow'), from: Position, to: Position, text: z.optional(Text), colour });
const RingSchema = z.strictObject({
  kind: z.literal('ring'),
  at: Position,
  radiusKm: z.number().check(z.gte(ANNOTATION_LIMITS.radiusKm.min), z.lte(ANNOTATION_LIMITS.radiusKm.max)),
  text: z.optional(Text),
  colour,
});
const CountrySchema = z.strictObject({
  kind: z.literal('country'),
  country: z.string().check(z.refine(isCountryCode, 'an ISO 3166-1 alpha-3 country code such as "PHL"')),
  /** Where its text goes (where the presenter clicked). */
  at: Position,
  text: z.optional(Text),
  colour,
});

export const AnnotationSchema = z.discriminatedUnion('kind', [LabelSchema, ArrowSchema, RingSchema, CountrySchema]);
export const AnnotationsSchema = z.array(AnnotationSchema).check(z.maxLength(ANNOTATION_LIMITS.perStep));

export type Annotation = z.infer<typeof AnnotationSchema>;
export type LngLatPair = readonly [number, number];
export type AnnotationText = { readonly en: string; readonly ja: string };

/** The text to show in `lang`: its own, else the other language's, else none. */
export function annotationText(annotation: Annotation, lang: Lang): string {
  const text = annotation.text;
  if (!text) return '';
  const own = text[lang].trim();
  return own || text[lang === 'en' ? 'ja' : 'en'].trim();
}

/** Longitude wrapped into [-180, 180], latitude clamped to what the map shows: for a point picked on any copy of the world. */
export function normalisePosition([lng, lat]: LngLatPair): [number, number] {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return [round(wrapped === -180 && lng > 0 ? 180 : wrapped), round(Math.max(-85, Math.min(85, lat)))];
}

/** A new annotation of `kind` at `at` (an arrow from `at` to `to`, or to a point beside it); a label's placeholder text in `lang`. */
export function newAnnotation(
  kind: AnnotationKind,
  at: LngLatPair,
  options: { colour?: AnnotationColour; to?: LngLatPair; country?: string; text?: AnnotationText; lang?: Lang } = {},
): Annotation {
  const colourName = options.colour ?? 'crimson';
  const position = normalisePosition(at);
  switch (kind) {
    case 'label':
      // A placeholder in the presenter's language only: the other is filled from it until it is written.
      return {
        kind,
        at: position,
        text: options.text ?? { en: options.lang === 'ja' ? '' : 'Label', ja: options.lang === 'ja' ? 'ラベル' : '' },
        colour: colourName,
      };
    case 'arrow':
      return {
        kind,
        from: position,
        to: normalisePosition(options.to ?? [at[0] + 4, at[1] - 3]),
        ...(options.text ? { text: options.text } : {}),
        colour: colourName,
      };
    case 'ring':
      return { kind, at: position, radiusKm: 150, ...(options.text ? { text: options.text } : {}), colour: colourName };
    case 'country':
      return { kind, country: options.country ?? 'JPN', at: position, ...(options.text ? { text: options.text } : {}), colour: colourName };
  }
}

/** The annotation moved by (dLng, dLat): every point of it, wrapped and clamped. */
export function moveAnnotation(annotation: Annotation, dLng: number, dLat: number): Annotation {
  const shift = ([lng, lat]: LngLatPair) => normalisePosition([lng + dLng, lat + dLat]);
  return annotation.kind === 'arrow'
    ? { ...annotation, from: shift(annotation.from), to: shift(annotation.to) }
    : { ...annotation, at: shift(annotation.at) };
}
