import { describe, expect, it } from 'vitest';
import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { userLayerIds } from '../style/user-layer-ids.ts';
import { USER_REACH, userFeatureAt } from './user-picking.ts';

/** A map that has the given layers and answers every query with `features`, recording what it was asked. */
function fakeMap(layers: readonly string[], features: readonly Partial<MapGeoJSONFeature>[]) {
  const asked: { box: unknown; layers: readonly string[] }[] = [];
  const map = {
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    queryRenderedFeatures: (box: unknown, options: { layers: readonly string[] }) => {
      asked.push({ box, layers: options.layers });
      return features;
    },
  } as unknown as MapLibreMap;
  return { map, asked };
}

const drawn = (...ids: string[]) => new Map(ids.map((id) => [id, { clustered: false, visible: true, feeding: false, tiles: null }]));
const allLayers = (...ids: string[]) => ids.flatMap((id) => Object.values(userLayerIds(id)));

describe('userFeatureAt', () => {
  it('asks nothing of the map without user layers', () => {
    const { map, asked } = fakeMap([], []);
    expect(userFeatureAt({ map, userLayers: drawn() }, { x: 1, y: 1 })).toBeNull();
    expect(asked).toEqual([]);
  });
  it('names the layer by the feature’s source and the row by its fid, 0 included', () => {
    const { map, asked } = fakeMap(allLayers('a', 'b'), [{ source: 'user-b-points', properties: { fid: 0 } }]);
    expect(userFeatureAt({ map, userLayers: drawn('a', 'b') }, { x: 10, y: 20 })).toEqual({
      pick: { layerId: 'b', featureId: 0, point: { x: 10, y: 20 } },
      cluster: null,
    });
    expect(asked[0]?.box).toEqual([
      [10 - USER_REACH, 20 - USER_REACH],
      [10 + USER_REACH, 20 + USER_REACH],
    ]);
  });
  it('queries only the user layers the map has', () => {
    const { map, asked } = fakeMap([userLayerIds('a').points, 'places-exact'], []);
    userFeatureAt({ map, userLayers: drawn('a') }, { x: 0, y: 0 });
    expect(asked[0]?.layers).toEqual([userLayerIds('a').points]);
  });
  it('gives a cluster back as one, with no row', () => {
    const cluster = { source: 'user-a-points', properties: { cluster: true, cluster_id: 5, point_count: 40 } };
    const hit = userFeatureAt({ map: fakeMap(allLayers('a'), [cluster]).map, userLayers: drawn('a') }, { x: 0, y: 0 });
    expect(hit?.cluster).toBe(cluster);
    expect(hit?.pick.featureId).toBeNaN();
  });
  it('ignores a feature of a source that is not a user layer’s', () => {
    const { map } = fakeMap(allLayers('a'), [{ source: 'places', properties: { fid: 1 } }]);
    expect(userFeatureAt({ map, userLayers: drawn('a') }, { x: 0, y: 0 })).toBeNull();
  });
});
