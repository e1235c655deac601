/** Distinct initiatives drawn in the viewport (places, points and routes): what tests and benchmarks count. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { idsOf } from './drawn.ts';
import { LAYERS, POINT_LAYERS } from './layers.ts';

export function renderedInitiatives(map: MapLibreMap): Set<string> {
  const layers = [LAYERS.badges, LAYERS.exact, LAYERS.approximate, ...POINT_LAYERS, LAYERS.routes].filter((layer) => map.getLayer(layer));
  const ids = new Set<string>();
  for (const feature of map.queryRenderedFeatures({ layers })) {
    if (feature.properties['fade'] === 'out') continue;
    for (const id of idsOf(feature)) ids.add(id);
  }
  return ids;
}
