/**
 * Annotations: what a presenter draws over the map in a tour step — a text label, an arrow (from →
 * to, curved, with a head), a ring round a point, a highlighted country — each placed in longitude
 * and latitude (so it moves with the map), in a colour of a small palette, with optional text in
 * English and Japanese. Stored in tour files and links (tour.ts), drawn by src/picture/annotations.ts
 * on the map, in pictures, video frames and as shapes in decks. Text is data: always drawn as text.
 */
import { z } from './zod.ts';
import { isCountryCode } from './countries.ts';

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
