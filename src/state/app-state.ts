/** The explorer's state. It lives in the URL; see url.ts. */
import type { Lang } from '../lib/lang.ts';

export interface View {
  /** Longitude in [-180, 180]. */
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
}

export interface AppState {
  readonly lang: Lang;
  /** The selected initiative, whose detail is open. */
  readonly selected: string | null;
  /** The camera, or null to frame the Indo-Pacific. */
  readonly view: View | null;
}

export const DEFAULT_STATE: AppState = { lang: 'en', selected: null, view: null };
