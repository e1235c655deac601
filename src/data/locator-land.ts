/**
 * The locator inset's land: world-atlas's 1:110m land (20 KB gzipped), rings repaired across ±180°.
 * Imported only where an inset is drawn (ui/LocatorInset.tsx, loaded lazily, and image export).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';
import { repairRing, ringJumps } from './antimeridian.ts';

/** Every ring of the land, outer and inner, in degrees; rings that go right round the globe (Antarctica) are left out. */
export function landRings(topology: Topology): Position[][] {
  const object = topology.objects['land'] as GeometryCollection | undefined;
  if (!object) throw new Error('locator: expected a world-atlas topology with an object named "land"');
  const collection = feature(topology, object);
  const features = 'features' in collection ? collection.features : [collection];
  return features
    .flatMap((f) => {
      const geometry = f.geometry as Polygon | MultiPolygon | null;
      if (!geometry) return [];
      return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    })
    .map(repairRing)
    .filter((ring) => !ringJumps(ring));
}

export const LOCATOR_LAND: readonly Position[][] = landRings(land as unknown as Topology);
