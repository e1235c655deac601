/** What is drawn on an exported image: title (the active filters), counts, caption, legend with counts, data date and sources. */
import { citationOf } from '../../data/citation.ts';
import { chosenValues, FACETS } from '../../data/filters.ts';
import type { Initiative } from '../../data/initiative.ts';
import { profileFilters } from '../../data/profile.ts';
import { PILLAR_SHORT } from '../../data/labels.ts';
import { countsByPillar } from '../../data/stats.ts';
import type { ValidDataset } from '../../data/validate.ts';
import { PILLARS } from '../../data/vocabulary.ts';
import type { ImageOverlay } from '../../picture/overlay.ts';
import type { Annotation } from '../../data/annotation.ts';
import { pillarColor } from '../../picture/palette.ts';
import type { AppState } from '../../state/app-state.ts';
import { facetLabel } from '../../ui/facet-options.ts';
import { strings } from '../../ui/strings.ts';
import { userDataStrings } from '../../ui/user-data/user-data-strings.ts';
import type { UserLayer } from '../../user-data/types.ts';
import { USER_NEUTRAL, userLayerLegend } from '../../user-data/style.ts';

export interface ImageContext {
  readonly state: AppState;
  readonly matching: readonly Initiative[];
  readonly dataset: ValidDataset;
  readonly caption: string | null;
  /** The user's own layers: the shown ones are named, with the source the user gave, beside ours. */
  readonly overlays?: readonly UserLayer[];
  /** The shown tour step's annotations (none when no step is shown). */
  readonly annotations?: readonly Annotation[];
}

export function imageOverlay({ state, matching, dataset, caption, overlays = [], annotations = [] }: ImageContext): ImageOverlay {
  const { lang } = state;
  const t = strings(lang);
  const counts = countsByPillar(matching);
  const shown = overlays.filter((layer) => layer.visible);
  return {
    title: viewTitle(state, lang === 'ja' ? '、' : ', ') || t.allInitiatives,
    subtitle: `${t.count(matching.length)} · ${t.appTitle}: ${t.appSubtitle}`,
    ...(caption ? { caption } : {}),
    ...(annotations.length > 0 ? { annotations: { items: annotations, lang, drawn: true } } : {}),
    legend: [
      ...PILLARS.map((p) => ({ color: pillarColor(p), label: `${p}. ${PILLAR_SHORT[p][lang]} (${counts[p]})` })),
      ...shown.flatMap((layer) => userLegendEntries(layer, lang)),
    ],
    footer: [
      `${lang === 'ja' ? '出典' : 'Source'}: ${citationOf(dataset.metadata)} · Basemap: Natural Earth (world-atlas)`,
      ...shown.map((layer) => userDataStrings(lang).overlayLine(layer.name, layer.source)),
    ].join(' · '),
  };
}

/**
 * A user's layer in a picture's legend, as its diamonds are drawn: one entry in the neutral colour, or one per value of the
 * column it is coloured by (at most MAX_CATEGORIES, and the blank ones), each with its count.
 */
export function userLegendEntries(layer: UserLayer, lang: AppState['lang']): ImageOverlay['legend'] {
  const t = userDataStrings(lang);
  const { colour } = userLayerLegend(layer);
  const diamond = 'diamond' as const;
  if (colour.kind === 'neutral')
    return [{ color: USER_NEUTRAL, label: `${layer.name} (${t.features(layer.features.length)})`, shape: diamond }];
  const of = (value: string, count: number) => `${layer.name}: ${value} (${count.toLocaleString(lang)})`;
  return [
    ...colour.values.map((v) => ({ color: v.colour, label: of(v.value, v.count), shape: diamond })),
    ...(colour.blank > 0 ? [{ color: colour.blankColour, label: of(t.blankValue, colour.blank), shape: diamond }] : []),
  ];
}

/** What is drawn over an exported map, from the app's state: the Image menu's overlay or a deck picture's. */
export type OverlayFor = (context: ImageContext) => ImageOverlay;

/** A deck slide's picture: the map and its source line only; caption and legend are editable text on the slide. */
export function deckPictureOverlay(context: ImageContext): ImageOverlay {
  const { footer, annotations } = imageOverlay(context);
  // Annotations are laid out but not drawn: the slide has them as shapes of its own, which can be edited.
  return { title: '', subtitle: '', legend: [], footer, ...(annotations ? { annotations: { ...annotations, drawn: false } } : {}) };
}

/** The view's filters in words ("Philippines, OSA"), joined by `separator`; '' when nothing is chosen. Images and briefs are titled with it. */
export function viewTitle(state: Pick<AppState, 'lang' | 'filters' | 'profile'>, separator: string): string {
  const { lang } = state;
  // An open profile is what the map shows: the picture or brief is titled with its name.
  const filters = state.profile ? profileFilters(state.profile) : state.filters;
  const chosen = FACETS.flatMap((facet) => chosenValues(filters, facet).map((value) => facetLabel(facet, value, lang)));
  if (filters.q.trim()) chosen.push(`“${filters.q.trim()}”`);
  return chosen.join(separator);
}
