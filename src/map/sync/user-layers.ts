/**
 * The user's own layers on the map: what changes between two lists of them — added, drawn again
 * (their features or style changed), shown or hidden, removed — applied by
 * user-layers/draw-user-layers.ts. A layer's features are compared by identity (the app replaces
 * the array when they change), its style by value.
 */
import type { UserLayer, UserLayerStyle } from '../../user-data/types.ts';
import { touch, type MapSession } from '../owner/map-session.ts';

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

/**
 * The drawing (its specs, the diamonds, the feeds and the points' tiles) loads with the first user
 * layer: most visitors never open one. Changes are applied in order, each waiting for the same
 * module, and counted as work under way meanwhile, so that no picture is taken before them.
 */
export function applyUserLayers(session: MapSession, diff: UserLayersDiff): void {
  touch(session);
  session.feeding++;
  void import('../user-layers/draw-user-layers.ts')
    .then(({ drawUserLayers }) => {
      if (!session.removed) drawUserLayers(session, diff);
    })
    .finally(() => {
      session.feeding--;
      if (!session.removed) session.map.triggerRepaint();
    });
}

export const userLayersSync = { diff: diffUserLayers, apply: applyUserLayers };
