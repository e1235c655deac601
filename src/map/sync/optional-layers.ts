/** The optional layers (optional-layers.ts): shown or hidden, and drawn for the matching set while on. */
import type { Initiative } from '../../data/initiative.ts';
import { LAYER_NAMES, type LayerName } from '../../state/layer-names.ts';
import type { PageBasemap } from '../../data/basemap.ts';
import { touch, type MapSession } from '../owner/map-session.ts';
import { OPTIONAL_LAYERS, optionalLayers } from '../style/optional-layers.ts';
import { addSource } from '../style/sources.ts';

export interface OptionalLayersInput {
  readonly on: readonly LayerName[];
  readonly initiatives: readonly Initiative[];
  /** Null until the basemap is drawn: the layers need its countries and label points. */
  readonly basemap: PageBasemap | null;
  /** The partner filter (empty for none), which the arcs draw by. */
  readonly partners: readonly string[];
}

export interface LayerChange {
  readonly name: LayerName;
  /** 'show': turn on and draw; 'draw': draw again (the set changed); 'hide': turn off and clear. */
  readonly action: 'show' | 'draw' | 'hide';
}

export interface OptionalLayersDiff {
  readonly changes: readonly LayerChange[];
  readonly initiatives: readonly Initiative[];
  readonly basemap: PageBasemap;
  readonly partners: readonly string[];
}

export function diffOptionalLayers(prev: OptionalLayersInput | null, next: OptionalLayersInput): OptionalLayersDiff | null {
  if (!next.basemap) return null;
  // Before the basemap, nothing was drawn: everything on counts as new.
  const before = prev?.basemap ? prev : null;
  const changes: LayerChange[] = [];
  for (const name of LAYER_NAMES) {
    const wasOn = before?.on.includes(name) ?? false;
    const isOn = next.on.includes(name);
    if (isOn && !wasOn) changes.push({ name, action: 'show' });
    else if (!isOn && wasOn) changes.push({ name, action: 'hide' });
    // A layer that is off costs a filter change nothing.
    else if (
      isOn &&
      (before?.initiatives !== next.initiatives || before.basemap !== next.basemap || !sameList(before.partners, next.partners))
    ) {
      changes.push({ name, action: 'draw' });
    }
  }
  return changes.length > 0 ? { changes, initiatives: next.initiatives, basemap: next.basemap, partners: next.partners } : null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function applyOptionalLayers(session: MapSession, { changes, initiatives, basemap, partners }: OptionalLayersDiff): void {
  const { map } = session;
  touch(session);
  for (const { name, action } of changes) {
    const layer = OPTIONAL_LAYERS[name];
    if (action !== 'draw')
      for (const spec of layer.layers) map.setLayoutProperty(spec.id, 'visibility', action === 'show' ? 'visible' : 'none');
    if (action === 'hide') layer.clear(session);
    else layer.draw(session, { initiatives, basemap, partners });
  }
}

export const optionalLayersSync = { diff: diffOptionalLayers, apply: applyOptionalLayers };

/**
 * Adds every optional layer's sources, and its layers hidden, each below its place in the base
 * style. Done by the owner when it takes the map, not when the page starts it: the table draws with
 * data functions that the first render does not need.
 */
export function addOptionalLayers(session: MapSession): void {
  const layers = optionalLayers(LAYER_NAMES);
  for (const { id, spec } of layers.flatMap((layer) => layer.sources)) addSource(session, id, spec);
  for (const layer of layers) for (const spec of layer.layers) session.map.addLayer(spec, layer.below);
}
