/**
 * URL ⇄ state. Parsing is total: it never throws, falls back to defaults and names
 * every value it ignored, so the app can tell the user.
 */
import { isLang } from '../lib/lang.ts';
import { DEFAULT_STATE, type AppState, type View } from './app-state.ts';

export interface IgnoredParam {
  readonly param: string;
  readonly value: string;
  readonly reason: string;
}

export interface ParsedUrl {
  readonly state: AppState;
  readonly ignored: readonly IgnoredParam[];
}

export interface UrlContext {
  /** Whether an initiative id exists in the loaded dataset. */
  readonly isKnownId: (id: string) => boolean;
}

const MAX_ZOOM = 16;

export function parseUrl(search: string, context: UrlContext): ParsedUrl {
  const params = safeParams(search);
  const ignored: IgnoredParam[] = [];
  let { lang, selected, view } = DEFAULT_STATE;

  const langValue = params.get('lang');
  if (langValue !== null) {
    if (isLang(langValue)) lang = langValue;
    else ignored.push({ param: 'lang', value: langValue, reason: 'expected en or ja' });
  }

  const id = params.get('id');
  if (id !== null && id !== '') {
    if (context.isKnownId(id)) selected = id;
    else ignored.push({ param: 'id', value: id, reason: 'no initiative has this id' });
  }

  const viewValue = params.get('view');
  if (viewValue !== null && viewValue !== '') {
    const parsed = parseView(viewValue);
    if (parsed) view = parsed;
    else ignored.push({ param: 'view', value: viewValue, reason: `expected <longitude>,<latitude>,<zoom> with zoom 0–${MAX_ZOOM}` });
  }

  return { state: { lang, selected, view }, ignored };
}

/** Writes the state as a query string (without "?"); defaults are left out. */
export function serializeUrl(state: AppState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.selected) params.set('id', state.selected);
  if (state.view) params.set('view', formatView(state.view));
  return params.toString().replace(/%2C/g, ',');
}

export function parseView(value: string): View | null {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
  if (![lng, lat, zoom].every(Number.isFinite)) return null;
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > MAX_ZOOM) return null;
  return { lng, lat, zoom };
}

export function formatView(view: View): string {
  return `${view.lng.toFixed(3)},${view.lat.toFixed(3)},${view.zoom.toFixed(2)}`;
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    // URLSearchParams only throws on non-string input; a string always parses.
    return new URLSearchParams();
  }
}
