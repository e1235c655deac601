/**
 * Country polygons from a world-atlas TopoJSON, keyed by ISO alpha-3, answering
 * "is this position in or near that country?" for the geographic checks.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { repairRing } from './antimeridian.ts';
import { alpha3FromNumeric } from './countries.ts';

export interface CountryShapes {
  has(code: string): boolean;
  /** Whether the position lies in the country or within `toleranceKm` of its coast or border. */
  isNear(code: string, position: Position, toleranceKm: number): boolean;
  /** Distance in km from the position to the country (≤ 0 inside), or undefined for an unknown code. */
  distanceKm(code: string, position: Position): number | undefined;
  /** The country's polygons (rings repaired across ±180°). */
  polygons(code: string): readonly Polygon[];
}

interface Part {
  readonly polygon: Polygon;
  readonly bbox: readonly [number, number, number, number];
}

const KM_PER_DEGREE = 111.32;

/** Builds country shapes from a world-atlas topology (`objects.countries`, ids ISO numeric). */
export function countryShapesFromTopology(topology: Topology): CountryShapes {
  const object = topology.objects['countries'] as GeometryCollection | undefined;
  if (!object) throw new Error('expected a world-atlas topology with an object named "countries"');
  const collection = feature(topology, object);
  const parts = new Map<string, Part[]>();
  for (const country of collection.features as Feature<Polygon | MultiPolygon>[]) {
    const code = alpha3FromNumeric(country.id);
    if (!code || !country.geometry) continue;
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const list = parts.get(code) ?? [];
    for (const rings of polygons) {
      const polygon: Polygon = { type: 'Polygon', coordinates: rings.map(repairRing) };
      list.push({ polygon, bbox: bboxOf(polygon) });
    }
    parts.set(code, list);
  }

  function distanceKm(code: string, position: Position, toleranceKm = Infinity): number | undefined {
    const list = parts.get(code);
    if (!list) return undefined;
    const [lon = 0, lat = 0] = position;
    const latPad = toleranceKm / KM_PER_DEGREE;
    const lonPad = toleranceKm / (KM_PER_DEGREE * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
    let best = Infinity;
    for (const shift of [0, 360, -360]) {
      const x = lon + shift;
      for (const { polygon, bbox } of list) {
        if (x < bbox[0] - lonPad || x > bbox[2] + lonPad || lat < bbox[1] - latPad || lat > bbox[3] + latPad) continue;
        // Inside is the common case and far cheaper to establish than a distance.
        if (booleanPointInPolygon([x, lat], polygon)) return 0;
        best = Math.min(best, pointToPolygonDistance([x, lat], polygon, { units: 'kilometers' }));
        if (best <= 0) return best;
      }
    }
    return best;
  }

  return {
    has: (code) => parts.has(code),
    isNear: (code, position, toleranceKm) => (distanceKm(code, position, toleranceKm) ?? Infinity) <= toleranceKm,
    distanceKm: (code, position) => distanceKm(code, position),
    polygons: (code) => (parts.get(code) ?? []).map((p) => p.polygon),
  };
}

function bboxOf(polygon: Polygon): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x = 0, y = 0] of polygon.coordinates[0] ?? []) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}
