/** The user's own tour as a file: import (validated, each problem named) and export. */
import type { Lang } from '../../lib/lang.ts';
import { formatTourIssue, parseTourFile, TOUR_OVERLAY_LIMITS, type Tour, type TourOverlay } from '../../state/tour.ts';
import type { UserLayer } from '../../user-data/types.ts';
import type { UserLayers } from '../user-layers/use-user-layers.ts';
import type { UrlContext } from '../../state/url.ts';
import { saveText } from '../../ui/download.ts';
import { strings } from '../../ui/strings.ts';
import type { Note } from '../use-notices.ts';
import type { Presentation } from './use-presentation.ts';

export interface TourFiles {
  readonly importTour: (text: string) => void;
  readonly exportTour: () => void;
}

export function useTourFiles(
  presentation: Presentation,
  context: UrlContext,
  lang: Lang,
  notify: (note: Note) => void,
  userLayers: Pick<UserLayers, 'layers' | 'addLayers'>,
): TourFiles {
  const t = strings(lang);
  return {
    importTour(text) {
      const parsed = parseTourFile(text, context);
      if (parsed.ok) {
        const { overlays, ...tour } = parsed.value;
        presentation.setCustomTour(tour);
        if (overlays?.length) void addOverlays(overlays, userLayers.addLayers, notify, lang);
        notify({ tone: 'info', text: t.tourImported(parsed.value.title[lang], parsed.value.steps.length) });
      } else {
        notify({ tone: 'error', text: t.tourRejected, items: parsed.error.slice(0, 8).map(formatTourIssue) });
      }
    },
    exportTour() {
      const tour = presentation.customTour;
      if (!tour) return;
      const overlays = embeddable(userLayers.layers);
      const file: Tour = overlays.length > 0 ? { ...tour, overlays } : tour;
      saveText(`${JSON.stringify(file, null, 2)}\n`, `${tour.id}.json`, 'application/json');
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
    out.push({ id, name, source, fileName, fileKind, style, features: [...layer.features] });
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
