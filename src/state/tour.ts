/**
 * Tours: guided sequences of saved views, stored as data (data/tours/*.json) and
 * exchanged as files. A step is a URL query (the same language as links, so it is
 * parsed by the same total parser), an optional camera and a caption in both languages.
 */
import { z } from '../data/zod.ts';
import { err, ok, type Result } from '../lib/result.ts';
import type { AppState } from './app-state.ts';
import { formatView, parseUrl, parseView, serializeUrl, type ParsedUrl, type UrlContext } from './url.ts';
import { tourStep } from './tour-step.ts';
import { errorMessage } from '../lib/error-message.ts';
import { AnnotationsSchema } from '../data/annotation.ts';

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
 * What a tour is to the app: one of the documents' guided tours, an autoplay sequence generated from
 * the data (it loops), or the person's own (saved step by step, imported and exported as a file).
 */
export const TOUR_KINDS = ['guided', 'autoplay', 'own'] as const;
export type TourKind = (typeof TOUR_KINDS)[number];

/** A tour file may carry the user's own layers, so that a shared tour shows the same picture; within these limits. */
export const TOUR_OVERLAY_LIMITS = { layers: 5, features: 20_000, fileBytes: 8 * 1024 * 1024 } as const;

const FILE_KINDS = ['geojson', 'csv', 'tsv', 'xlsx', 'kml', 'kmz', 'shapefile'] as const;

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

/** A step that reproduces the current view, for "save this view as a step". */
export function stepFromState(state: AppState, caption: { en: string; ja: string }): TourStep {
  const query = serializeUrl({ ...state, lang: 'en', view: null, tour: null });
  return { query, ...(state.view ? { view: formatView(state.view) } : {}), caption };
}

export type TourAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** Keyboard and presentation-clicker keys (clickers send PageUp/PageDown or arrows). */
export function tourKeyAction(key: string): TourAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The step an action leads to, or null to leave the tour. Stays put at either end. */
export function stepAfter(action: TourAction, index: number, length: number): number | null {
  const last = Math.max(0, length - 1);
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'exit':
      return null;
  }
}

/** The state a link opens: with `?tour=…&step=…`, that step's view (its filters, selection, camera). */
export function withTourStep(parsed: ParsedUrl, tours: ReadonlyMap<string, Tour>, context: UrlContext): ParsedUrl {
  const position = parsed.state.tour;
  const tour = position ? tours.get(position.id) : undefined;
  const shown = position && tour ? tourStep(tour, position.step, parsed.state, context) : null;
  return shown ? { ...parsed, state: shown.state } : parsed;
}
