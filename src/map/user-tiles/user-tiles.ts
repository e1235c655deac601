/**
 * The page's side of the user tiles' worker (user-tiles.worker.ts): hands it a large layer's points
 * (as transferred typed arrays: nothing is copied on the main thread), and answers the map's
 * requests for their tiles (`foip-user://…`, start-map.ts) and a cluster's expansion zoom. It loads
 * with the first large layer; the worker is inlined (the single-file build has no other files). If
 * the worker fails, every waiting call is refused and the next starts a new worker (the map draws
 * its layers again when they change).
 */
import type { UserLayerLook } from '../../user-data/style.ts';
import type { UserFeature } from '../../user-data/types.ts';
import { userPointColumns } from './point-columns.ts';
import type { PointClustering } from './point-tiles.ts';
import UserTilesWorker from './user-tiles.worker.ts?worker&inline';
import type { UserTilesReply, UserTilesRequest } from './user-tiles.worker.ts';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (reply: UserTilesReply) => void; reject: (error: Error) => void }>();

function started(): Worker {
  if (worker) return worker;
  const created = new UserTilesWorker();
  created.onmessage = ({ data }: MessageEvent<UserTilesReply>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) request?.reject(new Error(data.error));
    else request?.resolve(data);
  };
  created.onerror = (event) => {
    event.preventDefault();
    worker = null;
    created.terminate();
    const error = new Error(`the worker drawing your layer's points stopped (${event.message || 'no reason given'})`);
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker = created;
  return created;
}

type Asked = UserTilesRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function ask(request: Asked, transfer: Transferable[] = []): Promise<UserTilesReply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    started().postMessage({ ...request, id }, transfer);
  });
}

/** Indexes a layer's points, drawn with `look`, under `key` (as columns: their buffers are handed over, not copied). */
export async function loadUserPoints(
  key: string,
  features: readonly UserFeature[],
  look: UserLayerLook,
  clustering: PointClustering,
): Promise<void> {
  const columns = await userPointColumns(features, look);
  await ask({ kind: 'load', key, columns, clustering }, [
    columns.lonLat.buffer,
    columns.fid.buffer,
    columns.colour.buffer,
    columns.r.buffer,
  ]);
}

export function dropUserPoints(key: string): void {
  worker?.postMessage({ kind: 'drop', key } satisfies UserTilesRequest);
}

/** The key and tile of a tile's address (user-tile-spec.ts), or null if it is not one. */
export function parsePointTileUrl(url: string): { key: string; z: number; x: number; y: number } | null {
  const match = /^[a-z-]+:\/\/([^/]+)\/(\d+)\/(\d+)\/(\d+)$/.exec(url);
  if (!match) return null;
  const [, key = '', z, x, y] = match;
  try {
    return { key: decodeURIComponent(key), z: Number(z), x: Number(x), y: Number(y) };
  } catch {
    return null;
  }
}

/** A tile as MapLibre's protocol handlers return it: the vector tile's bytes, empty where it holds nothing. */
export async function userPointTile(url: string): Promise<{ data: ArrayBuffer }> {
  const tile = parsePointTileUrl(url);
  if (!tile) throw new Error(`Not an address of your layer's tiles: ${url}`);
  const reply = await ask({ kind: 'tile', ...tile });
  return { data: 'tile' in reply ? reply.tile : new ArrayBuffer(0) };
}

/** The zoom at which a cluster of the points under `key` breaks apart. */
export async function userClusterZoom(key: string, clusterId: number): Promise<number> {
  const reply = await ask({ kind: 'expand', key, clusterId });
  return 'zoom' in reply ? reply.zoom : Number.NaN;
}
