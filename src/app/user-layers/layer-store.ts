/**
 * A user's layers kept in this browser only (IndexedDB through idb-keyval), until they are removed.
 * A layer's features are written once, when it is added, in parts of STORE_PART features, each in a
 * transaction and a task of its own: IndexedDB copies what it is given on the page's main thread,
 * and 100,000 rows at once held the page for ~450 ms here. Each part waits for the page to be idle:
 * while a large layer is first drawn, the map's work comes first (written at once, the parts took
 * ~750 ms of the main thread in the seconds a 100,000-row file was being drawn). Its name, source, style and visibility
 * (the small part that changes) are written apart, last, so a layer whose parts were not all written
 * is never read back, and a change of colour does not copy 100,000 rows. Parts are kept as columns
 * (src/user-data/feature-columns.ts), which is also how the page holds a large layer.
 */
import { KEPT_DATABASE } from './kept-database.ts';
import { createStore, del, delMany, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import { ColumnFeature, decodeFeatures, encodeFeatures, isFeatureColumns, type FeatureColumns } from '../../user-data/feature-columns.ts';
import type { UserFeature, UserLayer } from '../../user-data/types.ts';

/** Features per stored part: each part's copy a task of ~20 ms here. */
export const STORE_PART = 5000;

/** Resolves when the page is next idle (at the latest after `timeout` ms), or in a later task where browsers cannot tell. */
function whenIdle(timeout = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

type LayerMeta = Omit<UserLayer, 'features'> & { readonly addedAt: number; readonly parts: number };

let db: UseStore | null = null;
const store = () => (db ??= createStore(KEPT_DATABASE, 'layers'));

const partKey = (id: string, part: number) => `features:${id}:${part}`;

/**
 * One operation at a time, in the order asked: a change of source typed while a large layer's parts
 * are still being written waits for its meta, instead of finding none (or being overwritten by it).
 */
let queue: Promise<unknown> = Promise.resolve();
function queued<T>(operation: () => Promise<T>): Promise<T> {
  const run = queue.then(operation, operation);
  queue = run.catch(() => undefined);
  return run;
}

export const saveLayer = (layer: UserLayer, addedAt = Date.now()): Promise<void> => queued(() => writeLayer(layer, addedAt));

async function writeLayer(layer: UserLayer, addedAt: number): Promise<void> {
  const parts = storedParts(layer);
  for (let part = 0; part < parts.length; part++) {
    if (parts.length > 1) await whenIdle();
    await set(partKey(layer.id, part), parts[part]!(), store());
  }
  await writeMeta(layer, addedAt, parts.length);
}

/**
 * A layer's parts as columns (feature-columns.ts): a few arrays to copy, not thousands of objects. A large
 * layer's rows already are columns as they came from the reader (or from here): each is written as it is,
 * where encoding 5,000 rows again held an idle callback for 77–95 ms here. Otherwise parts of STORE_PART,
 * each encoded when its turn comes.
 */
function storedParts(layer: UserLayer): (() => FeatureColumns)[] {
  const whole = ColumnFeature.wholeColumns(layer.features);
  if (whole) return whole.map((columns) => () => columns);
  const parts: (() => FeatureColumns)[] = [];
  for (let start = 0; start < layer.features.length; start += STORE_PART)
    parts.push(() => encodeFeatures(layer.features.slice(start, start + STORE_PART), layer.fields));
  return parts;
}

/** Writes what changes of a kept layer (name, source, style, visibility); its features are left as they are. */
export const saveMeta = (layer: UserLayer): Promise<void> => queued(() => updateMeta(layer));

async function updateMeta(layer: UserLayer): Promise<void> {
  const kept = await get<LayerMeta>(`meta:${layer.id}`, store());
  // Not kept: removed meanwhile, or its parts could not be written.
  if (!kept) return;
  await writeMeta(layer, kept.addedAt, kept.parts);
}

async function writeMeta(layer: UserLayer, addedAt: number, parts: number): Promise<void> {
  const { features: _features, ...meta } = layer;
  await set(`meta:${layer.id}`, { ...meta, addedAt, parts } satisfies LayerMeta, store());
}

export const deleteLayer = (id: string): Promise<void> => queued(() => removeLayer(id));

async function removeLayer(id: string): Promise<void> {
  await del(`meta:${id}`, store());
  const prefix = `features:${id}:`;
  await delMany(
    (await keys<string>(store())).filter((key) => typeof key === 'string' && key.startsWith(prefix)),
    store(),
  );
}

/** The kept layers, oldest first; a record that is not a layer (an older or damaged entry) is reported, not loaded. */
export const loadLayers = (): Promise<{ layers: UserLayer[]; damaged: string[] }> => queued(readLayers);

async function readLayers(): Promise<{ layers: UserLayer[]; damaged: string[] }> {
  const metaKeys = (await keys<string>(store())).filter((key) => typeof key === 'string' && key.startsWith('meta:'));
  const metas = await getMany<unknown>(metaKeys, store());
  const layers: { layer: UserLayer; addedAt: number }[] = [];
  const damaged: string[] = [];
  for (const meta of metas) {
    if (!isMeta(meta)) {
      damaged.push(typeof meta === 'object' && meta && 'name' in meta ? String(meta.name) : '?');
      continue;
    }
    const features: UserFeature[] = [];
    let whole = true;
    // Part by part, each read a task of its own, as they were written.
    for (let part = 0; part < meta.parts && whole; part++) {
      const stored = await get<unknown>(partKey(meta.id, part), store());
      // Kept before 2026-12-06: the features themselves; since, their columns.
      if (Array.isArray(stored)) for (const feature of stored as UserFeature[]) features.push(feature);
      else if (isFeatureColumns(stored)) for (const feature of decodeFeatures(stored)) features.push(feature);
      else whole = false;
    }
    if (!whole) {
      damaged.push(meta.name);
      continue;
    }
    const { addedAt, parts: _parts, ...rest } = meta;
    layers.push({ layer: { ...rest, features }, addedAt });
  }
  layers.sort((a, b) => a.addedAt - b.addedAt);
  return { layers: layers.map((l) => l.layer), damaged };
}

function isMeta(value: unknown): value is LayerMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.source === 'string' &&
    typeof v.fileName === 'string' &&
    Array.isArray(v.fields) &&
    typeof v.visible === 'boolean' &&
    typeof v.addedAt === 'number' &&
    Number.isInteger(v.parts) &&
    (v.parts as number) >= 0 &&
    typeof v.style === 'object' &&
    v.style !== null
  );
}
