/**
 * The user's own tour as a file — import (validated, each problem named) and export — and as a link:
 * the same file packed into the URL's fragment (state/tour-link.ts), opened and started when the page
 * loads with one.
 */
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../lib/lang.ts';
import { TOUR_OVERLAY_LIMITS, type Tour, type TourOverlay } from '../../state/tour.ts';
import { plainFeature } from '../../user-data/feature-columns.ts';
import type { UserLayer } from '../../user-data/types.ts';
import type { UserLayers } from '../user-layers/use-user-layers.ts';
import type { UrlContext } from '../../state/url.ts';
import { saveText } from '../../ui/download.ts';
import { strings } from '../../ui/strings.ts';
import type { Note } from '../use-notices.ts';
import type { Presentation } from './use-presentation.ts';

export interface TourFiles {
  /** Reads a tour file's text; the tour it holds (now the user's own), or null when it was refused. */
  readonly importTour: (text: string) => Promise<Tour | null>;
  readonly exportTour: () => void;
  /** A link that carries the user's own tour, or the message saying why there is none. */
  readonly shareTour: () => Promise<{ readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string }>;
}

export function useTourFiles(
  presentation: Presentation,
  context: UrlContext,
  lang: Lang,
  notify: (note: Note) => void,
  userLayers: Pick<UserLayers, 'layers' | 'addLayers'>,
): TourFiles {
  const t = strings(lang);
  const fileText = (): string | null => {
    // The tour as it is shown: blank captions filled (use-presentation.ts).
    const tour = presentation.customTour && presentation.tours.get(presentation.customTour.id);
    if (!tour) return null;
    const overlays = embeddable(userLayers.layers);
    const file: Tour = overlays.length > 0 ? { ...tour, overlays } : tour;
    return `${JSON.stringify(file, null, 2)}\n`;
  };
  const importTour = async (text: string): Promise<Tour | null> => {
    // Reading a tour file (its schema and checks) loads with the first one.
    const { formatTourIssue, parseTourFile } = await import('../../state/tour-file.ts');
    const parsed = parseTourFile(text, context);
    if (!parsed.ok) {
      notify({ tone: 'error', text: t.tourRejected, items: parsed.error.slice(0, 8).map(formatTourIssue) });
      return null;
    }
    const { overlays, ...tour } = parsed.value;
    presentation.setCustomTour(tour);
    if (overlays?.length) void addOverlays(overlays, userLayers.addLayers, notify, lang);
    notify({ tone: 'info', text: t.tourImported(parsed.value.title[lang], parsed.value.steps.length) });
    return tour;
  };

  // A tour link opens its tour once the page is up: read (never thrown), checked as a file, then started.
  const [startLinked, setStartLinked] = useState<string | null>(null);
  const opening = useRef({ importTour, notify, lang });
  opening.current = { importTour, notify, lang };
  useEffect(() => {
    // The link's code loads only for a page opened with one (or when a link is made).
    if (!/[#&]tour=/.test(window.location.hash)) return;
    let live = true;
    void import('../../state/tour-link.ts').then(async ({ tourInFragment, unpackTourLink, TOUR_LINK_MAX_CHARS }) => {
      const packed = tourInFragment(window.location.hash);
      if (packed === null || !live) return;
      const text = await unpackTourLink(packed);
      if (!live) return;
      const { importTour: read, notify: say, lang: now } = opening.current;
      if (!text.ok) return say({ tone: 'error', text: strings(now).tourLinkBroken(text.error, TOUR_LINK_MAX_CHARS) });
      const tour = await read(text.value);
      if (!live) return;
      if (tour) setStartLinked(tour.id);
    });
    return () => {
      live = false;
    };
  }, []);
  const { customTour, start } = presentation;
  useEffect(() => {
    if (startLinked === null || customTour?.id !== startLinked) return;
    start(startLinked);
    setStartLinked(null);
  }, [startLinked, customTour, start]);

  return {
    importTour,
    exportTour() {
      const text = fileText();
      if (text && presentation.customTour) saveText(text, `${presentation.customTour.id}.json`, 'application/json');
    },
    async shareTour() {
      const text = fileText();
      if (!text) return { ok: false, message: t.tourRejected };
      // Compact in a link: no indentation.
      const { tourLinkFragment } = await import('../../state/tour-link.ts');
      const fragment = await tourLinkFragment(JSON.stringify(JSON.parse(text)));
      if (!fragment.ok) return { ok: false, message: t.tourLinkTooLong(fragment.error.chars, fragment.error.max) };
      const query = lang === 'en' ? '' : `?lang=${lang}`;
      return { ok: true, url: `${window.location.origin}${window.location.pathname}${query}${fragment.value}` };
    },
  };
}

/** The shown layers of the user's own, as a tour file carries them: as many whole layers as fit its limit of features. */
export function embeddable(layers: readonly UserLayer[]): TourOverlay[] {
  const out: TourOverlay[] = [];
  let features = 0;
  for (const layer of layers.filter((l) => l.visible)) {
    if (out.length >= TOUR_OVERLAY_LIMITS.layers || features + layer.features.length > TOUR_OVERLAY_LIMITS.features) continue;
    features += layer.features.length;
    const { id, name, source, fileName, fileKind, style } = layer;
    // Plain features: a large layer's rows are views of columns (feature-columns.ts).
    out.push({ id, name, source, fileName, fileKind, style, features: layer.features.map(plainFeature) });
  }
  return out;
}

/** A tour's layers are read as a GeoJSON file is (each feature checked, never trusted), then added beside the person's own. */
async function addOverlays(
  overlays: readonly TourOverlay[],
  add: UserLayers['addLayers'],
  notify: (note: Note) => void,
  lang: Lang,
): Promise<void> {
  const [{ normalizeFeatures }, { userDataStrings }] = await Promise.all([
    import('../../user-data/normalize-features.ts'),
    import('../../ui/user-data/user-data-strings.ts'),
  ]);
  const t = userDataStrings(lang);
  const layers: UserLayer[] = [];
  const problems: string[] = [];
  for (const overlay of overlays) {
    const read = normalizeFeatures({ type: 'FeatureCollection', features: overlay.features }, overlay.name);
    if (!read.ok) {
      problems.push(`${overlay.name}: ${read.error.message[lang]}`);
      continue;
    }
    const { features, fields, rejected } = read.value;
    if (rejected.length > 0) problems.push(`${overlay.name}: ${t.featuresLeftOut(rejected.length, rejected[0]?.reason[lang] ?? '')}`);
    const known = (column: string | null) => (column !== null && fields.includes(column) ? column : null);
    layers.push({
      ...overlay,
      features,
      fields,
      rejectedCount: rejected.length,
      style: { colourBy: known(overlay.style.colourBy), sizeBy: known(overlay.style.sizeBy) },
      visible: true,
    });
  }
  add(layers);
  if (problems.length > 0) notify({ tone: 'error', text: t.tourLayersProblems, items: problems });
}
