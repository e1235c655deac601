/**
 * A user's layers kept in this browser only (IndexedDB through idb-keyval), until they are removed.
 * A layer's features are written once, when it is added; its name, source, style and visibility
 * (the small part that changes) are written apart, so a change of colour does not copy 100,000 rows.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { UserFeature, UserLayer } from '../../user-data/types.ts';

type LayerMeta = Omit<UserLayer, 'features'> & { readonly addedAt: number };

let db: UseStore | null = null;
const store = () => (db ??= createStore('foip-atlas-user-data', 'layers'));

export async function saveLayer(layer: UserLayer, addedAt = Date.now()): Promise<void> {
  await set(`features:${layer.id}`, layer.features, store());
  await saveMeta(layer, addedAt);
}

export async function saveMeta(layer: UserLayer, addedAt?: number): Promise<void> {
  const { features: _features, ...meta } = layer;
  const previous = addedAt ?? (await get<LayerMeta>(`meta:${layer.id}`, store()))?.addedAt ?? Date.now();
  await set(`meta:${layer.id}`, { ...meta, addedAt: previous } satisfies LayerMeta, store());
}

export async function deleteLayer(id: string): Promise<void> {
  await del(`meta:${id}`, store());
  await del(`features:${id}`, store());
}

/** The kept layers, oldest first; a record that is not a layer (an older or damaged entry) is reported, not loaded. */
export async function loadLayers(): Promise<{ layers: UserLayer[]; damaged: string[] }> {
  const all = await entries<string, unknown>(store());
  const metas = all.filter(([key]) => key.startsWith('meta:')).map(([, value]) => value);
  const layers: { layer: UserLayer; addedAt: number }[] = [];
  const damaged: string[] = [];
  for (const meta of metas) {
    if (!isMeta(meta)) {
      damaged.push(typeof meta === 'object' && meta && 'name' in meta ? String(meta.name) : '?');
      continue;
    }
    const features = await get<unknown>(`features:${meta.id}`, store());
    if (!Array.isArray(features)) {
      damaged.push(meta.name);
      continue;
    }
    const { addedAt, ...rest } = meta;
    layers.push({ layer: { ...rest, features: features as UserFeature[] }, addedAt });
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
    typeof v.style === 'object' &&
    v.style !== null
  );
}
