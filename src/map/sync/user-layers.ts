/**
 * The user's own layers on the map (style/user-layers.ts): added when one appears, drawn again when
 * its features or its style change (the style lives in the data sent: style/user-layer-data.ts),
 * shown or hidden, and removed with its sources — and the diamond image with the last of them.
 * A layer's features are compared by identity (the app replaces the array when they change), its
 * style by value.
 */
import type { UserLayer, UserLayerStyle } from '../../user-data/types.ts';
import { USER_NEUTRAL, userLayerLook } from '../../user-data/style.ts';
import { touch, type MapSession } from '../owner/map-session.ts';
import { addSource, removeSource } from '../style/sources.ts';
import { FEED_PART, feedSource } from './feed-source.ts';
import { CLUSTER_ABOVE, pointCount, userLayerData, type UserLayerData } from '../style/user-layer-data.ts';
import {
  diamondPixels,
  USER_DIAMOND_PREFIX,
  userDiamondImage,
  userLayerIds,
  userLayerSpecs,
  userSourceIds,
  userSources,
  USER_CLUSTER,
} from '../style/user-layers.ts';

export interface UserLayersInput {
  readonly layers: readonly UserLayer[];
}

export type UserLayerChange =
  | { readonly kind: 'add'; readonly layer: UserLayer }
  /** Its features or its style changed: send its data again. */
  | { readonly kind: 'draw'; readonly layer: UserLayer }
  | { readonly kind: 'visibility'; readonly id: string; readonly visible: boolean }
  | { readonly kind: 'remove'; readonly id: string };

export interface UserLayersDiff {
  readonly changes: readonly UserLayerChange[];
}

export function diffUserLayers(prev: UserLayersInput | null, next: UserLayersInput): UserLayersDiff | null {
  const before = new Map(prev?.layers.map((layer) => [layer.id, layer]));
  const after = new Set(next.layers.map((layer) => layer.id));
  const changes: UserLayerChange[] = [...before.keys()].filter((id) => !after.has(id)).map((id) => ({ kind: 'remove', id }));
  for (const layer of next.layers) {
    const was = before.get(layer.id);
    if (!was) {
      changes.push({ kind: 'add', layer });
      continue;
    }
    if (was.features !== layer.features || !sameStyle(was.style, layer.style)) changes.push({ kind: 'draw', layer });
    if (was.visible !== layer.visible) changes.push({ kind: 'visibility', id: layer.id, visible: layer.visible });
  }
  return changes.length > 0 ? { changes } : null;
}

function sameStyle(a: UserLayerStyle, b: UserLayerStyle): boolean {
  return a.colourBy === b.colourBy && a.sizeBy === b.sizeBy;
}

export function applyUserLayers(session: MapSession, { changes }: UserLayersDiff): void {
  touch(session);
  for (const change of changes) {
    switch (change.kind) {
      case 'add':
        draw(session, change.layer);
        break;
      case 'draw':
        draw(session, change.layer);
        break;
      case 'visibility': {
        const drawn = session.userLayers.get(change.id);
        if (drawn) drawn.visible = change.visible;
        // One being fed is shown when it is whole (draw).
        if (!drawn?.feeding) setVisibility(session, change.id, change.visible);
        break;
      }
      case 'remove':
        remove(session, change.id);
        break;
    }
  }
  if (session.userLayers.size === 0)
    for (const image of session.map.listImages()) if (image.startsWith(USER_DIAMOND_PREFIX)) session.map.removeImage(image);
}

export const userLayersSync = { diff: diffUserLayers, apply: applyUserLayers };

function setVisibility({ map }: MapSession, id: string, visible: boolean): void {
  for (const layer of Object.values(userLayerIds(id)))
    if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
}

/**
 * Sends the layer's data, adding its sources and layers first if they are not there or must change
 * (clustering is a source's option). A large layer (sent in parts: feed-source.ts) always goes to
 * new sources, unclustered and hidden, and is clustered and shown once it is whole: hidden, the map
 * makes no tiles of the parts (each would be all of the points so far, unclustered).
 */
function draw(session: MapSession, layer: UserLayer): void {
  const clustered = pointCount(layer.features) > CLUSTER_ABOVE;
  const large = layer.features.length > FEED_PART;
  const drawn = session.userLayers.get(layer.id);
  if (drawn && (large || drawn.clustered !== clustered)) remove(session, layer.id);
  if (!session.userLayers.has(layer.id)) add(session, layer, clustered, large);
  const sources = userSourceIds(layer.id);
  // Built once for both sources, when the first asks; a large layer later and in parts (feed-source.ts): MapLibre's
  // copy of 100,000 features would otherwise be one long task.
  const look = userLayerLook(layer);
  // Every colour it draws has its diamond before the data that names it arrives (the neutral one for blanks and clusters).
  addDiamonds(session, [USER_NEUTRAL, ...(look.colour?.values.map((v) => v.colour) ?? [])]);
  let data: UserLayerData | null = null;
  const build = () => (data ??= userLayerData(layer.features, look));
  const shapes = feedSource(session, sources.shapes, () => build().shapes, { large });
  const points = feedSource(session, sources.points, () => build().points, {
    large,
    clusterAfter: large && clustered ? USER_CLUSTER : undefined,
  });
  if (!large) return;
  const entry = session.userLayers.get(layer.id);
  void Promise.all([shapes, points]).then(([a, b]) => {
    if (!entry || session.removed || session.userLayers.get(layer.id) !== entry) return;
    entry.feeding = false;
    if (a && b && entry.visible) setVisibility(session, layer.id, true);
  });
}

function addDiamonds({ map }: MapSession, colours: readonly string[]): void {
  const ratio = map.getPixelRatio();
  for (const colour of colours) {
    const image = userDiamondImage(colour);
    if (!map.hasImage(image)) map.addImage(image, diamondPixels(colour, ratio), { pixelRatio: ratio });
  }
}

function add(session: MapSession, layer: UserLayer, clustered: boolean, large: boolean): void {
  const { map } = session;
  const ids = userSourceIds(layer.id);
  const specs = userSources(clustered && !large);
  addSource(session, ids.shapes, specs.shapes);
  addSource(session, ids.points, specs.points);
  for (const { spec, below } of userLayerSpecs(layer.id, layer.visible && !large, [...session.userLayers.keys()]))
    map.addLayer(spec, map.getLayer(below) ? below : undefined);
  session.userLayers.set(layer.id, { clustered, visible: layer.visible, feeding: large });
}

function remove(session: MapSession, id: string): void {
  for (const layer of Object.values(userLayerIds(id))) if (session.map.getLayer(layer)) session.map.removeLayer(layer);
  const sources = userSourceIds(id);
  removeSource(session, sources.shapes);
  removeSource(session, sources.points);
  session.userLayers.delete(id);
}
