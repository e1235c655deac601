/**
 * Working with annotations (annotation.ts): the text shown in a language, positions picked on the
 * map, new annotations and moved ones. Apart from the model so that the first render, which only
 * validates tours, does not carry them: they load with the map's annotations and Annotate mode.
 */
import type { Lang } from '../lib/lang.ts';
import type { Annotation, AnnotationColour, AnnotationKind, AnnotationText, LngLatPair } from './annotation.ts';

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
