/**
 * The worker that holds large user layers' points and cuts their tiles (point-tiles.ts), so neither
 * the index nor the tiles cost the page's main thread. Messages in: `load` (a layer's columns, under
 * a key: answered when indexed), `tile`, `expand` (a cluster's expansion zoom) and `drop`; each but
 * `drop` is answered `{ id, … }` or `{ id, error }`.
 */
import { errorMessage } from '../../lib/error-message.ts';
import type { PointColumns } from './point-columns.ts';
import { pointTiles, type PointClustering, type PointTiles } from './point-tiles.ts';

export type UserTilesRequest =
  | {
      readonly kind: 'load';
      readonly id: number;
      readonly key: string;
      readonly columns: PointColumns;
      readonly clustering: PointClustering;
    }
  | { readonly kind: 'tile'; readonly id: number; readonly key: string; readonly z: number; readonly x: number; readonly y: number }
  | { readonly kind: 'expand'; readonly id: number; readonly key: string; readonly clusterId: number }
  | { readonly kind: 'drop'; readonly key: string };

export type UserTilesReply =
  | { readonly id: number; readonly loaded: true }
  | { readonly id: number; readonly tile: ArrayBuffer }
  | { readonly id: number; readonly zoom: number }
  | { readonly id: number; readonly error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<UserTilesRequest>) => void) | null;
  postMessage(message: UserTilesReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const layers = new Map<string, PointTiles>();

function indexOf(key: string): PointTiles {
  const index = layers.get(key);
  if (!index) throw new Error(`no points are loaded under "${key}"`);
  return index;
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'drop') {
    layers.delete(data.key);
    return;
  }
  try {
    switch (data.kind) {
      case 'load':
        layers.set(data.key, pointTiles(data.columns, data.clustering));
        scope.postMessage({ id: data.id, loaded: true });
        return;
      case 'tile': {
        const bytes = indexOf(data.key).tile(data.z, data.x, data.y);
        // A copy that owns its whole buffer, so the buffer can be transferred as it is.
        const buffer = bytes ? bytes.slice().buffer : new ArrayBuffer(0);
        scope.postMessage({ id: data.id, tile: buffer }, [buffer]);
        return;
      }
      case 'expand':
        scope.postMessage({ id: data.id, zoom: indexOf(data.key).expansionZoom(data.clusterId) });
        return;
    }
  } catch (error) {
    scope.postMessage({ id: data.id, error: errorMessage(error) });
  }
};
