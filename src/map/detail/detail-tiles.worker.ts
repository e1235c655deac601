/**
 * The site-zoom basemap's worker: fetches world-atlas's 1:10m topology once, converts it and cuts
 * vector tiles from it on request (src/data/detail-shapes.ts), so none of that runs on the page's
 * main thread. Messages in: `{ source }` first (the topology's absolute or data: URL), then
 * `{ id, z, x, y }`; out: `{ id, tile }` (an ArrayBuffer, transferred, empty where the tile holds
 * nothing) or `{ id, error }`.
 */
import type { Topology } from 'topojson-specification';
import { detailShapesFromTopology, detailTiles, type DetailTiles } from '../../data/detail-shapes.ts';
import { errorMessage } from '../../lib/error-message.ts';

export interface DetailTileRequest {
  readonly id: number;
  readonly z: number;
  readonly x: number;
  readonly y: number;
}
export type DetailTileReply = { readonly id: number; readonly tile: ArrayBuffer } | { readonly id: number; readonly error: string };

/** Where world-atlas's countries-10m.json is: an absolute URL, or a data: URL in the single-file build. */
export interface DetailSource {
  readonly source: string;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<DetailSource | DetailTileRequest>) => void) | null;
  postMessage(message: DetailTileReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let source: string | null = null;
let tiles: Promise<DetailTiles> | null = null;

async function load(url: string): Promise<DetailTiles> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${url.startsWith('data:') ? 'the embedded file' : url} answered ${response.status} ${response.statusText}`);
  return detailTiles(detailShapesFromTopology((await response.json()) as Topology));
}

scope.onmessage = ({ data }) => {
  if ('source' in data) {
    source = data.source;
    return;
  }
  const { id, z, x, y } = data;
  if (source === null) {
    scope.postMessage({ id, error: 'no source was given to the worker' });
    return;
  }
  tiles ??= load(source).catch((error: unknown) => {
    tiles = null; // the next request tries again
    throw error;
  });
  tiles.then(
    (index) => {
      const bytes = index.tile(z, x, y);
      // A copy that owns its whole buffer, so the buffer can be transferred as it is.
      const buffer = bytes ? bytes.slice().buffer : new ArrayBuffer(0);
      scope.postMessage({ id, tile: buffer }, [buffer]);
    },
    (error: unknown) => scope.postMessage({ id, error: errorMessage(error) }),
  );
};
