/** The explorer's state. It lives in the URL; see url.ts. */
import { NO_FILTERS, type Filters } from '../data/filters.ts';
import type { Profile } from '../data/profile.ts';
import type { Lang } from '../lib/lang.ts';

export interface View {
  /** Longitude in [-180, 180]. */
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
}

export { LAYER_NAMES, type LayerName } from './layer-names.ts';
import type { LayerName } from './layer-names.ts';

/** A tour being shown: its id and the step (0-based). */
export interface TourPosition {
  readonly id: string;
  readonly step: number;
}

/** What the sidebar shows under the filters: the list of initiatives, or the summary charts (`?panel=summary`). */
export const PANELS = ['list', 'summary'] as const;
export type Panel = (typeof PANELS)[number];

export interface AppState {
  readonly lang: Lang;
  readonly filters: Filters;
  /** The selected initiative, whose detail is open. */
  readonly selected: string | null;
  /** The camera, or null to frame the Indo-Pacific. */
  readonly view: View | null;
  readonly layers: readonly LayerName[];
  readonly tour: TourPosition | null;
  /** `?embed=1`: a clean map for iframes, driven by its host page. */
  readonly embed: boolean;
  /** Origins allowed to drive an embedded map with postMessage, besides the page's own. */
  readonly origins: readonly string[];
  readonly panel: Panel;
  /** The open profile (`?profile=country:PHL`): the map and the sidebar show its initiatives; the filters wait behind it. */
  readonly profile: Profile | null;
}

export const DEFAULT_STATE: AppState = {
  lang: 'en',
  filters: NO_FILTERS,
  selected: null,
  view: null,
  layers: [],
  tour: null,
  embed: false,
  origins: [],
  panel: 'list',
  profile: null,
};
