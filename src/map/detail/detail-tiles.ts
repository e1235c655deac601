/**
 * Answers the map's requests for site-zoom tiles (`foip-detail://z/x/y`, layers.ts) from a worker of
 * its own (detail-tiles.worker.ts), which loads world-atlas's 1:10m topology on the first request.
 * This module loads when MapLibre first asks for such a tile (start-map.ts registers the protocol),
 * so neither it nor the topology is part of the first render. The worker is inlined in this chunk
 * (the single-file build has no other files) and started from a blob: URL.
 */
import countriesUrl from 'world-atlas/countries-10m.json?url';
import DetailWorker from './detail-tiles.worker.ts?worker&inline';
import type { DetailTileReply, DetailTileRequest } from './detail-tiles.worker.ts';

const TILE_URL = /^[a-z-]+:\/\/(\d+)\/(\d+)\/(\d+)$/;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (tile: ArrayBuffer) => void; reject: (error: Error) => void }>();

function failAll(message: string): void {
  for (const { reject } of waiting.values()) reject(new Error(message));
  waiting.clear();
}

function started(): Worker {
  if (worker) return worker;
  const created = new DetailWorker();
  created.onmessage = ({ data }: MessageEvent<DetailTileReply>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) request?.reject(new Error(`The detailed coastlines could not be loaded: ${data.error}`));
    else request?.resolve(data.tile);
  };
  created.onerror = (event) => {
    // A worker that fails to start or throws is dropped; the next tile starts a new one.
    worker = null;
    created.terminate();
    failAll(`The detailed coastlines could not be loaded: ${event.message || 'their worker failed'}`);
  };
  // The topology's address, once: as a data: URL (single file) it is megabytes long.
  created.postMessage({ source: countriesUrl.startsWith('data:') ? countriesUrl : new URL(countriesUrl, document.baseURI).href });
  worker = created;
  return created;
}

/** One tile as MapLibre's protocol handlers return it: the vector tile's bytes, empty where it holds nothing. */
export function detailTile(url: string): Promise<{ data: ArrayBuffer }> {
  const match = TILE_URL.exec(url);
  if (!match) return Promise.reject(new Error(`Not a site-zoom tile address: ${url}`));
  const [z, x, y] = match.slice(1).map(Number) as [number, number, number];
  const id = nextId++;
  const request: DetailTileRequest = { id, z, x, y };
  return new Promise<ArrayBuffer>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    started().postMessage(request);
  }).then((data) => ({ data }));
}
