/**
 * A tour as a file holds it (the shape of data/tours/*.json and of the files and links people share)
 * and reading one: validated with zod, each step's query against the dataset, every problem named
 * with its field. Loaded with the first tour file or link read; the app's own tours are data it ships.
 */
import { z } from '../data/zod.ts';
import { AnnotationsSchema } from '../data/annotation.ts';
import { errorMessage } from '../lib/error-message.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { FILE_KINDS, TOUR_KINDS, TOUR_OVERLAY_LIMITS, type TourKind } from './tour.ts';
import { parseUrl, parseView, type UrlContext } from './url.ts';

const text = z.string().check(z.refine((s) => s.trim().length > 0, 'a non-empty text'));
const LocalText = z.strictObject({ en: text, ja: text });

export const TourStepSchema = z.strictObject({
  /** Filters, selection and layers as a URL query, e.g. "pillar=3&country=PHL". */
  query: z.string().check(z.maxLength(2000)),
  /** "<lng>,<lat>,<zoom>"; without it the step frames its matching initiatives. */
  view: z.optional(z.string()),
  caption: LocalText,
  /** What the presenter drew over the map in this step (annotation.ts); optional, so older files load as before. */
  annotations: z.optional(AnnotationsSchema),
});

/**
 * A user's layer embedded in a tour file. Its features are checked here only as a list; the app
 * reads them as it reads a GeoJSON file (src/user-data/), so each bad one is named, not trusted.
 */
export const TourOverlaySchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, 'a short id of letters, digits and hyphens')),
  name: z.string().check(z.maxLength(120)),
  source: z.string().check(z.maxLength(200)),
  fileName: z.string().check(z.maxLength(255)),
  fileKind: z.enum(FILE_KINDS),
  style: z.strictObject({ colourBy: z.nullable(z.string()), sizeBy: z.nullable(z.string()) }),
  features: z.array(z.unknown()).check(z.maxLength(TOUR_OVERLAY_LIMITS.features)),
});

export type TourOverlay = z.infer<typeof TourOverlaySchema>;

export const TourSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "pacific-islands"')),
  /** Optional in files: files written before tours had a kind load as the person's own. */
  kind: z.optional(z.enum(TOUR_KINDS)),
  title: LocalText,
  steps: z.array(TourStepSchema).check(z.minLength(1, 'at least one step'), z.maxLength(200)),
  /** The user's own layers, drawn in every step (optional; files without them are as before). */
  overlays: z.optional(z.array(TourOverlaySchema).check(z.maxLength(TOUR_OVERLAY_LIMITS.layers))),
});

export type TourFile = z.infer<typeof TourSchema>;
export type Tour = TourFile & { readonly kind: TourKind };
export type TourStep = z.infer<typeof TourStepSchema>;

export interface TourIssue {
  readonly field: string;
  readonly message: string;
}

/** zod's message as "expected …", e.g. "expected number to be <=180", "expected one of 'label' | 'arrow'". */
function issueMessage(message: string): string {
  const unknownKey = /^Unrecognized keys?: (.*)$/.exec(message);
  if (unknownKey) return `expected no field ${unknownKey[1]}`;
  const what = message
    .replace(/^(Invalid (input|option)|Too (big|small)): /, '')
    .replace(/^Invalid discriminator value\. Expected /, 'one of ')
    .replace(/^expected /, '');
  return `expected ${what}`;
}

/** Validates a tour, including each step's query against the dataset (unknown ids, bad values). */
export function validateTour(json: unknown, context: UrlContext): Result<Tour, TourIssue[]> {
  const parsed = TourSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((issue) => ({
        field:
          issue.path
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
            .join('')
            .replace(/^\./, '') || '(tour)',
        message: issueMessage(issue.message),
      })),
    );
  }
  const issues: TourIssue[] = [];
  parsed.data.steps.forEach((step, i) => {
    for (const ignored of parseUrl(`?${step.query}`, context).ignored) {
      issues.push({ field: `steps[${i}].query`, message: `${ignored.param}=${ignored.value}: ${ignored.reason}` });
    }
    if (step.view !== undefined && !parseView(step.view))
      issues.push({ field: `steps[${i}].view`, message: 'expected <longitude>,<latitude>,<zoom>' });
  });
  const features = (parsed.data.overlays ?? []).reduce((n, overlay) => n + overlay.features.length, 0);
  if (features > TOUR_OVERLAY_LIMITS.features)
    issues.push({ field: 'overlays', message: `expected at most ${TOUR_OVERLAY_LIMITS.features} features in all, found ${features}` });
  return issues.length > 0 ? err(issues) : ok({ ...parsed.data, kind: parsed.data.kind ?? 'own' });
}

/** Reads a tour file's text. */
export function parseTourFile(textContent: string, context: UrlContext): Result<Tour, TourIssue[]> {
  if (textContent.length > TOUR_OVERLAY_LIMITS.fileBytes)
    return err([{ field: '(file)', message: `expected a tour file of at most ${TOUR_OVERLAY_LIMITS.fileBytes / 1024 / 1024} MB` }]);
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (error) {
    return err([{ field: '(file)', message: `expected a JSON tour file: ${errorMessage(error)}` }]);
  }
  return validateTour(json, context);
}

export function formatTourIssue(issue: TourIssue): string {
  return `${issue.field}: ${issue.message}`;
}
