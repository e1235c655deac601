/**
 * The countries a tour step highlights (annotation.ts, kind 'country'): a fill and an outline in the
 * annotation's colour on the basemap's own countries, the 1:50m and, at site zoom, the 1:10m (the
 * same ids). The colour is feature state, as the choropleth's is, so a change lays nothing out again;
 * being the map's own drawing, it is in every snapshot and video frame. Its text is drawn with the
 * other annotations (src/map/annotations/).
 */
import { ANNOTATION_COLOURS, type Annotation } from '../../data/annotation.ts';
import { touch, type MapSession } from '../owner/map-session.ts';

export interface AnnotatedCountriesInput {
  readonly annotations: readonly Annotation[];
}

/** Country code → colour, for the countries to light and to put out. */
export interface AnnotatedCountriesDiff {
  readonly set: ReadonlyMap<string, string>;
  readonly clear: readonly string[];
}

/** The countries lit and their colours; where one is annotated twice, the later annotation's colour. */
export function litCountries(annotations: readonly Annotation[]): Map<string, string> {
  const lit = new Map<string, string>();
  for (const a of annotations) if (a.kind === 'country') lit.set(a.country, ANNOTATION_COLOURS[a.colour]);
  return lit;
}

export function diffAnnotatedCountries(prev: AnnotatedCountriesInput | null, next: AnnotatedCountriesInput): AnnotatedCountriesDiff | null {
  const before = prev ? litCountries(prev.annotations) : new Map<string, string>();
  const after = litCountries(next.annotations);
  const set = new Map([...after].filter(([code, colour]) => before.get(code) !== colour));
  const clear = [...before.keys()].filter((code) => !after.has(code));
  return set.size === 0 && clear.length === 0 ? null : { set, clear };
}

/**
 * The layers and their drawing load with the first highlighted country (most pages have none). Changes
 * are applied in order: each waits for the same module.
 */
export function applyAnnotatedCountries(session: MapSession, diff: AnnotatedCountriesDiff): void {
  touch(session);
  // Counted as work under way, so that nothing waiting for the map to be idle (a picture, a slide) goes before it.
  session.feeding++;
  void import('../style/annotated-country-layers.ts')
    .then(({ lightCountries }) => {
      if (!session.removed) lightCountries(session, diff);
    })
    .finally(() => {
      session.feeding--;
      if (!session.removed) session.map.triggerRepaint();
    });
}

export const annotatedCountriesSync = { diff: diffAnnotatedCountries, apply: applyAnnotatedCountries };
