/**
 * The dataset's schema (zod 4). `data/initiatives.schema.json` is exported from it
 * by `npm run schema`, so other tools can check the file without TypeScript.
 */
import { z } from './zod.ts';
import { ORGANISATIONS, PILLARS, PRECISIONS, SCOPES, SOURCE_DOCS, STATUSES, TOOLS } from './vocabulary.ts';
import { isCountryCode } from './countries.ts';

const nonBlank = z.string().check(z.refine((value) => value.trim().length > 0, 'a non-empty text'));

export const LocalTextSchema = z.strictObject({ ja: nonBlank, en: nonBlank });

const longitude = z
  .number()
  .check(z.refine((v) => v >= -180 && v <= 180, 'a longitude in [-180, 180] (positions are [longitude, latitude])'));
const latitude = z.number().check(z.refine((v) => v >= -90 && v <= 90, 'a latitude in [-90, 90] (positions are [longitude, latitude])'));
export const PositionSchema = z.tuple([longitude, latitude]);

export const GeometrySchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('Point'), coordinates: PositionSchema }),
    z.strictObject({ type: z.literal('MultiPoint'), coordinates: z.array(PositionSchema).check(z.minLength(1)) }),
    z.strictObject({ type: z.literal('LineString'), coordinates: z.array(PositionSchema).check(z.minLength(2)) }),
    z.strictObject({
      type: z.literal('MultiLineString'),
      coordinates: z.array(z.array(PositionSchema).check(z.minLength(2))).check(z.minLength(1)),
    }),
  ],
  { error: 'a Point, MultiPoint, LineString or MultiLineString geometry' },
);

const countryCode = z.string().check(z.refine(isCountryCode, 'an ISO 3166-1 alpha-3 country code such as "IND"'));

const organisations: readonly string[] = ORGANISATIONS;
const partner = z
  .string()
  .check(
    z.refine(
      (value) => organisations.includes(value) || isCountryCode(value),
      `an ISO 3166-1 alpha-3 country code or one of ${ORGANISATIONS.join(', ')}`,
    ),
  );

export const SourceSchema = z.strictObject({
  doc: z.enum(SOURCE_DOCS),
  /** The document's own heading, e.g. 「<安保協力>」 or 「●レアアース等…」. */
  section: nonBlank,
  /** Shortest verbatim fragment of the document that states the initiative. */
  quote: nonBlank,
  /** The world-map page's label for the same initiative, verbatim, where it has one. */
  mapLabel: z.optional(nonBlank),
  /** `section` in English (a translation; `section` is the original), so both languages find it. */
  sectionEn: z.optional(nonBlank),
  /** `mapLabel` in English (a translation). */
  mapLabelEn: z.optional(nonBlank),
});

export const AmountSchema = z.strictObject({
  value: z.number().check(z.positive()),
  currency: z.enum(['JPY', 'USD']),
  /** What the amount is, e.g. "investment decided in the past year". */
  note: LocalTextSchema,
});

export const PropertiesSchema = z.strictObject({
  title: LocalTextSchema,
  summary: LocalTextSchema,
  /** The named site or route, where the documents name one. */
  place: z.optional(LocalTextSchema),
  pillar: z.literal(PILLARS),
  countries: z.array(countryCode).check(z.minLength(1), z.refine(unique, 'no repeated country')),
  scope: z.optional(z.enum(SCOPES)),
  partners: z.array(partner).check(z.refine(unique, 'no repeated partner')),
  tools: z.array(z.enum(TOOLS)).check(z.minLength(1), z.refine(unique, 'no repeated tool')),
  precision: z.literal(PRECISIONS),
  source: SourceSchema,
  status: z.optional(z.enum(STATUSES)),
  date: z.optional(
    z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')),
  ),
  amount: z.optional(AmountSchema),
  related: z.optional(z.array(z.string())),
});

export const FEATURE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const InitiativeSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().check(z.regex(FEATURE_ID, 'a kebab-case id such as "palau-airport-terminal"')),
  geometry: GeometrySchema,
  properties: PropertiesSchema,
});

/** Semantic versioning 2.0.0: MAJOR.MINOR.PATCH with an optional pre-release and build. */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export const LicenceSchema = z.strictObject({
  /** SPDX identifier, e.g. "CC-BY-4.0". */
  id: nonBlank,
  url: z.url(),
});

export const InitiativeCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  /** Dataset metadata: name, release, date, licence and the source documents. */
  metadata: z.optional(
    z.strictObject({
      name: nonBlank,
      /** The data release (semver); data/CHANGELOG.md says what each release changed. */
      version: z.optional(z.string().check(z.regex(SEMVER, 'a semantic version such as "1.1.0"'))),
      updated: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
      licence: z.optional(LicenceSchema),
      sources: z
        .array(z.strictObject({ doc: z.enum(SOURCE_DOCS), title: LocalTextSchema, publisher: z.optional(LocalTextSchema) }))
        .check(z.minLength(1)),
      /** In an export: how to cite it, and the filters (as a URL query) that chose its features. */
      citation: z.optional(nonBlank),
      selection: z.optional(z.string()),
    }),
  ),
  features: z.array(z.unknown()),
});

function unique(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}
