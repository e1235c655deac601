/**
 * URL ⇄ state. Parsing is total: it never throws, falls back to defaults and names
 * every value it ignored, so the app can tell the user. Lists are comma-separated
 * (`?pillar=1,3&partner=AUS`).
 */
import { FACETS, type Facet, type Filters } from '../data/filters.ts';
import { isSyntheticName, SYNTHETIC_SIZES } from '../data/synthetic-names.ts';
import { profileParam } from '../data/profile.ts';
import { FACET_CODECS, readFacetValue } from './facets.ts';
import { readProfileParam, type ProfileExists } from './profile-param.ts';
import { embedParam, langParam, MAX_ZOOM, parseView, RENDER_MODES, renderParam } from './frame-params.ts';
import { DEFAULT_STATE, LAYER_NAMES, PANELS, type AppState, type LayerName, type View } from './app-state.ts';

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
  /** The number of steps of a tour the app knows, or undefined for an unknown tour. */
  readonly tourLength?: (id: string) => number | undefined;
  /** Whether any initiative has a profile's value (without it, any well-formed profile is taken). */
  readonly profileExists?: ProfileExists;
}

const MAX_QUERY = 200;

export function parseUrl(search: string, context: UrlContext): ParsedUrl {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string, reason: string) => ignored.push({ param, value: value.slice(0, 80), reason });
  let { lang, selected, view, layers, tour, embed, origins, panel, profile } = DEFAULT_STATE;

  const langValue = params.get('lang');
  if (langValue !== null) {
    const parsed = langParam(langValue);
    if (parsed) lang = parsed;
    else ignore('lang', langValue, 'expected en or ja');
  }

  /** A facet's values as the URL lists them, each read by the facet table (facets.ts). */
  const facet = <F extends Facet>(name: F): Filters[F][number][] => {
    const values: Filters[F][number][] = [];
    for (const part of splitList(params.get(name) ?? '')) {
      const value = readFacetValue(name, part);
      if (value === null) ignore(name, part, FACET_CODECS[name].expected);
      else if (!values.includes(value)) values.push(value);
    }
    return values;
  };
  const filters: { -readonly [F in keyof Filters]: Filters[F] } = {
    pillar: facet('pillar'),
    partner: facet('partner'),
    tool: facet('tool'),
    country: facet('country'),
    region: facet('region'),
    precision: facet('precision'),
    status: facet('status'),
    q: DEFAULT_STATE.filters.q,
  };

  const q = params.get('q');
  if (q !== null) {
    if (q.length > MAX_QUERY) ignore('q', q, `expected at most ${MAX_QUERY} characters`);
    else if (/[\p{Cc}\p{Cf}]/u.test(q.replace(/[\t\n]/g, '')))
      ignore('q', JSON.stringify(q), 'expected text without control or formatting characters');
    else filters.q = q;
  }

  const id = params.get('id');
  if (id !== null && id !== '') {
    if (context.isKnownId(id)) selected = id;
    else ignore('id', id, 'no initiative has this id');
  }

  const viewValue = params.get('view');
  if (viewValue !== null && viewValue !== '') {
    const parsed = parseView(viewValue);
    if (parsed) view = parsed;
    else ignore('view', viewValue, `expected <longitude>,<latitude>,<zoom> with zoom 0–${MAX_ZOOM}`);
  }

  const layersValue = params.get('layers');
  if (layersValue !== null) {
    const chosen: LayerName[] = [];
    for (const part of splitList(layersValue)) {
      const layer = LAYER_NAMES.find((l) => l === part);
      if (!layer) ignore('layers', part, `expected ${LAYER_NAMES.join(' or ')}`);
      else if (!chosen.includes(layer)) chosen.push(layer);
    }
    layers = chosen;
  }

  const profileValue = params.get('profile');
  if (profileValue !== null && profileValue !== '') {
    const read = readProfileParam(profileValue, context.profileExists);
    if (read.ok) profile = read.value;
    else ignore('profile', profileValue, read.error);
  }

  const tourId = params.get('tour');
  if (tourId !== null && tourId !== '') {
    const length = context.tourLength?.(tourId);
    if (length === undefined) ignore('tour', tourId, 'no tour has this id');
    else {
      const stepValue = params.get('step') ?? '1';
      const step = /^\d{1,4}$/.test(stepValue) ? Number(stepValue) : NaN;
      if (step >= 1 && step <= length) tour = { id: tourId, step: step - 1 };
      else {
        ignore('step', stepValue, `expected a step from 1 to ${length}`);
        tour = { id: tourId, step: 0 };
      }
    }
  }

  const embedValue = params.get('embed');
  if (embedValue !== null) {
    const parsed = embedParam(embedValue);
    if (parsed === null) ignore('embed', embedValue, 'expected 1');
    else embed = parsed;
  }

  const originsValue = params.get('origins');
  if (originsValue !== null) {
    const allowed: string[] = [];
    for (const part of splitList(originsValue)) {
      const origin = asOrigin(part);
      if (!origin) ignore('origins', part, 'expected an origin such as https://example.org');
      else if (!allowed.includes(origin)) allowed.push(origin);
    }
    origins = allowed;
  }

  const panelValue = params.get('panel');
  if (panelValue !== null) {
    const parsed = PANELS.find((p) => p === panelValue.trim().toLowerCase());
    if (parsed) panel = parsed;
    else ignore('panel', panelValue, `expected ${PANELS.join(' or ')}`);
  }

  // Which dataset the page loads is the page's to read before the explorer starts (frame-params.ts),
  // not app state; a name that is not one is still reported here, with the other parameters.
  const dataValue = params.get('data');
  if (dataValue !== null && dataValue !== 'real' && !isSyntheticName(dataValue))
    ignore('data', dataValue, `expected ${Object.keys(SYNTHETIC_SIZES).join(' or ')}`);

  const renderValue = params.get('render');
  if (renderValue !== null && !renderParam(renderValue)) ignore('render', renderValue, `expected ${RENDER_MODES.join(', ')}`);

  return { state: { lang, filters, selected, view, layers, tour, embed, origins, panel, profile }, ignored };
}

/** "https://example.org" for a valid http(s) origin, else null (paths, other schemes, "*" refused). */
export function asOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.origin !== value.replace(/\/$/, '')) return null;
    return url.origin;
  } catch {
    // Not a URL at all: the caller reports it.
    return null;
  }
}

/** Writes the state as a query string (without "?"); defaults are left out. */
export function serializeUrl(state: AppState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (values.length > 0) params.set(facet, values.join(','));
  }
  if (state.filters.q.trim()) params.set('q', state.filters.q);
  if (state.selected) params.set('id', state.selected);
  if (state.view) params.set('view', formatView(state.view));
  if (state.layers.length > 0) params.set('layers', state.layers.join(','));
  if (state.profile) params.set('profile', profileParam(state.profile));
  if (state.tour) {
    params.set('tour', state.tour.id);
    params.set('step', String(state.tour.step + 1));
  }
  if (state.embed) params.set('embed', '1');
  if (state.origins.length > 0) params.set('origins', state.origins.join(','));
  if (state.panel !== DEFAULT_STATE.panel) params.set('panel', state.panel);
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

export { parseView };

export function formatView(view: View): string {
  return `${view.lng.toFixed(3)},${view.lat.toFixed(3)},${view.zoom.toFixed(2)}`;
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
