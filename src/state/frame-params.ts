/**
 * The URL parameters the page's frame depends on, read before the explorer's code loads: the
 * language, whether the page is embedded, and the view the map starts at. `parseUrl` reads them
 * with these same functions (and reports bad values); here a bad value simply falls back to the
 * default.
 */
import { isLang, type Lang } from '../lib/lang.ts';
import { isSyntheticName, type SyntheticName } from '../data/synthetic-names.ts';
import type { View } from './app-state.ts';

export const MAX_ZOOM = 16;

export function langParam(value: string | null): Lang | null {
  return value !== null && isLang(value) ? value : null;
}

/** `true` / `false` for a valid `embed` value, `null` for a missing or invalid one. */
export function embedParam(value: string | null): boolean | null {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

/** `<longitude>,<latitude>,<zoom>`, each a finite number in range; null otherwise. */
export function parseView(value: string): View | null {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
  if (![lng, lat, zoom].every(Number.isFinite)) return null;
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > MAX_ZOOM) return null;
  return { lng, lat, zoom };
}

/**
 * How the map draws while its camera moves: `light` leaves out what the eye does not need in motion
 * and lowers the pixel ratio (map/owner/light-mode.ts), `full` never does, `auto` does on a software
 * renderer (no GPU) only.
 */
export const RENDER_MODES = ['auto', 'light', 'full'] as const;
export type RenderMode = (typeof RENDER_MODES)[number];

export function renderParam(value: string | null): RenderMode | null {
  const lower = value?.trim().toLowerCase();
  return RENDER_MODES.find((mode) => mode === lower) ?? null;
}

/** What the page needs to know before the explorer's code loads. */
export interface FrameParams {
  readonly lang: Lang;
  readonly embed: boolean;
  readonly view: View | null;
  /** Which data to show: the real dataset or a synthetic one (its generator loads only then). */
  readonly data: 'real' | SyntheticName;
  /** `?render=light|full|auto`: how the map draws while its camera moves. */
  readonly render: RenderMode;
  /** `?debug`: tests and benchmarks switch the instrumentation on (map/owner/instrumentation.ts). */
  readonly debug: boolean;
}

/**
 * `view`: the map starts there rather than at the Indo-Pacific and jumping (a shared link's view
 * made the map request the tiles of both cameras at start-up, and cancel half of them).
 */
export function frameParams(search: string): FrameParams {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const data = params.get('data') ?? '';
  return {
    lang: langParam(params.get('lang')) ?? 'en',
    embed: embedParam(params.get('embed')) ?? false,
    view: view ? parseView(view) : null,
    data: isSyntheticName(data) ? data : 'real',
    render: renderParam(params.get('render')) ?? 'auto',
    debug: params.has('debug'),
  };
}
