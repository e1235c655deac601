/**
 * Marks on drawn features, kept in MapLibre's feature state: the hovered and the selected
 * initiative, and each feature's opacity during a transition (fade.ts).
 *
 * Why feature state and not global state: a data-driven paint property that reads global
 * state (`['==', ['get', 'id'], ['global-state', 'hovered']]`) makes MapLibre lay out its
 * source's tiles again in the worker at every change of that value, that is at every hover
 * and at every frame of a fade. Those layouts overlap the ones a `setData` starts, and in
 * MapLibre 6.17 a tile could then end with the new features drawn but the previous ones
 * behind `queryRenderedFeatures`, so a click could land on an initiative no longer shown.
 * A feature-state change only rewrites the paint values of the features it names, on the
 * main thread.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCES } from './layers.ts';

export type Mark = 'hover' | 'selected';

/** A drawn feature, as far as marks need it. */
type Marked = { readonly properties: object };

/** The feature ids of initiative `id` among the drawn places (their `key`): the places that hold it alone. */
export function placeKeysOf(places: readonly Marked[], id: string): string[] {
  const keys: string[] = [];
  for (const { properties } of places) {
    const { id: only, key } = properties as { id?: unknown; key?: unknown };
    if (only === id && typeof key === 'string') keys.push(key);
  }
  return keys;
}

/** Sets (or clears, with `on` false) mark `mark` on initiative `id`'s route (keyed by initiative) and single places. */
export function markInitiative(map: MapLibreMap, places: readonly Marked[], mark: Mark, id: string, on: boolean): void {
  if (!id) return;
  map.setFeatureState({ source: SOURCES.routes, id }, { [mark]: on });
  for (const key of placeKeysOf(places, id)) map.setFeatureState({ source: SOURCES.places, id: key }, { [mark]: on });
}

/** Drops every mark and fade of the places and routes (before the drawn set is replaced). */
export function clearMarks(map: MapLibreMap): void {
  map.removeFeatureState({ source: SOURCES.places });
  map.removeFeatureState({ source: SOURCES.routes });
}

/** The ids that fade in and out in a transition, per source, read from each feature's `fade`. */
export interface FadeTargets {
  readonly placesIn: string[];
  readonly placesOut: string[];
  readonly routesIn: string[];
  readonly routesOut: string[];
}

export function fadeTargets(places: readonly Marked[], routes: readonly Marked[]): FadeTargets {
  const split = (features: readonly Marked[], idOf: 'key' | 'id') => {
    const inIds: string[] = [];
    const outIds: string[] = [];
    for (const { properties } of features) {
      const record = properties as Record<string, unknown>;
      const id = record[idOf];
      if (typeof id !== 'string') continue;
      if (record['fade'] === 'in') inIds.push(id);
      else if (record['fade'] === 'out') outIds.push(id);
    }
    return [inIds, outIds] as const;
  };
  const [placesIn, placesOut] = split(places, 'key');
  const [routesIn, routesOut] = split(routes, 'id');
  return { placesIn, placesOut, routesIn, routesOut };
}

/** Sets the opacity factor of a transition at `progress` (0 → 1): arriving features at it, leaving ones at its complement. */
export function setFade(map: MapLibreMap, targets: FadeTargets, progress: number): void {
  const set = (source: string, ids: readonly string[], fade: number) => {
    for (const id of ids) map.setFeatureState({ source, id }, { fade });
  };
  set(SOURCES.places, targets.placesIn, progress);
  set(SOURCES.places, targets.placesOut, 1 - progress);
  set(SOURCES.routes, targets.routesIn, progress);
  set(SOURCES.routes, targets.routesOut, 1 - progress);
}
