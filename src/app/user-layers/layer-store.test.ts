import 'fake-indexeddb/auto';
import { createStore, get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { ColumnFeature, decodeFeatures, encodeFeatures, plainFeature } from '../../user-data/feature-columns.ts';
import type { UserFeature, UserLayer } from '../../user-data/types.ts';
import { deleteLayer, loadLayers, saveLayer, saveMeta, STORE_PART } from './layer-store.ts';

const raw = createStore('foip-atlas-user-data', 'layers');

function layer(id: string, n: number, name = id): UserLayer {
  const features = Array.from({ length: n }, (_, i): UserFeature => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [i % 180, 0] },
    properties: { n: i },
  }));
  return {
    id,
    name,
    source: '',
    fileName: `${name}.csv`,
    fileKind: 'csv',
    features,
    fields: ['n'],
    rejectedCount: 0,
    style: { colourBy: null, sizeBy: null },
    visible: true,
  };
}

async function clear(): Promise<void> {
  for (const { layers } of [await loadLayers()]) for (const l of layers) await deleteLayer(l.id);
}

describe('the layer store', () => {
  it('keeps a large layer in parts and reads it back whole, in order', async () => {
    await clear();
    const big = layer('big', 2 * STORE_PART + 345);
    await saveLayer(big, 1);
    const stored = (await keys<string>(raw)).filter((k) => k.startsWith('features:big:')).sort();
    expect(stored).toEqual(['features:big:0', 'features:big:1', 'features:big:2']);
    const { layers, damaged } = await loadLayers();
    expect(damaged).toEqual([]);
    expect(layers).toHaveLength(1);
    // Read back as rows of columns (feature-columns.ts), the same features.
    expect(layers[0]?.features.every((f) => f instanceof ColumnFeature)).toBe(true);
    expect({ ...layers[0], features: layers[0]?.features.map(plainFeature) }).toEqual(big);
  });

  it('writes a layer whose rows are columns (as the reader sends a large file) as those columns, part for part', async () => {
    await clear();
    const plain = layer('cols', 7);
    const a = encodeFeatures(plain.features.slice(0, 4), plain.fields);
    const b = encodeFeatures(plain.features.slice(4), plain.fields);
    await saveLayer({ ...plain, features: [...decodeFeatures(a), ...decodeFeatures(b)] }, 1);
    expect(await get('features:cols:0', raw)).toEqual(a);
    expect(await get('features:cols:1', raw)).toEqual(b);
    expect(await keys(raw)).not.toContain('features:cols:2');
    const { layers } = await loadLayers();
    expect(layers.map((l) => l.features.map(plainFeature))).toEqual([plain.features]);
  });

  it('reads back a layer kept before its parts were columns (the features themselves)', async () => {
    await clear();
    const old = layer('old', 3);
    await saveLayer(old, 1);
    await set('features:old:0', old.features, raw);
    const { layers, damaged } = await loadLayers();
    expect(damaged).toEqual([]);
    expect(layers).toEqual([old]);
  });

  it('keeps a change of source asked for while the parts are still being written, and lists layers oldest first', async () => {
    await clear();
    const first = layer('a', STORE_PART * 3);
    void saveLayer(first, 10);
    void saveMeta({ ...first, source: 'Own list, 2026', visible: false });
    await saveLayer(layer('b', 3), 5);
    const { layers } = await loadLayers();
    expect(layers.map((l) => [l.id, l.source, l.visible])).toEqual([
      ['b', '', true],
      ['a', 'Own list, 2026', false],
    ]);
  });

  it('removes every part with the layer, even one removed while it is still being written', async () => {
    await clear();
    void saveLayer(layer('gone', STORE_PART * 2 + 1));
    await deleteLayer('gone');
    expect((await keys<string>(raw)).filter((k) => k.includes('gone'))).toEqual([]);
    expect((await loadLayers()).layers).toEqual([]);
  });

  it('reports a layer with a part missing, or a record that is not a layer, by name, and loads the others', async () => {
    await clear();
    await saveLayer(layer('whole', 4), 1);
    await saveLayer(layer('torn', STORE_PART + 1, 'Torn list'), 2);
    await set('features:torn:1', 'not features', raw);
    await set('meta:odd', { name: 'Odd', id: 3 }, raw);
    const { layers, damaged } = await loadLayers();
    expect(layers.map((l) => l.id)).toEqual(['whole']);
    expect(damaged.sort()).toEqual(['Odd', 'Torn list']);
  });
});
