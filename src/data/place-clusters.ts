/**
 * Places merged where they would overlap on screen, with exact counts. MapLibre's own
 * clustering can only sum numbers, and an ASEAN-wide initiative has a point in eleven
 * countries, so summing would count it up to eleven times in one cluster. Here each
 * cluster carries the union of its initiatives' ids, and its count is the number of
 * distinct initiatives. Exact sites are never merged: they stay where they are; nor are regions'
 * places (region-wide.ts), each the one badge of its region, at a point clear of its members'.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import Supercluster from 'supercluster';
import type { Initiative } from './initiative.ts';
import { placeIds, placesOf, type PlaceProperties } from './places.ts';

export interface ClusteredPlaceProperties extends PlaceProperties {
  /** 1 when this badge merges several places. */
  readonly cluster: 0 | 1;
  /** For a cluster: the zoom at which it splits apart; otherwise -1. */
  readonly expand: number;
}

export interface PlaceIndex {
  /** The places to draw at a zoom level (fractional zooms use the level below). */
  at(zoom: number): FeatureCollection<Point, ClusteredPlaceProperties>;
}

export interface PlaceIndexOptions {
  /** How close, in screen pixels, two places may come before they merge. */
  readonly radius?: number;
  /** From this zoom on, nothing is merged. */
  readonly maxZoom?: number;
}

export function placeIndex(initiatives: readonly Initiative[], { radius = 30, maxZoom = 7 }: PlaceIndexOptions = {}): PlaceIndex {
  const pillarOf = new Map(initiatives.map((i) => [i.id, i.properties.pillar]));
  const places = placesOf(initiatives).features;
  const sites = places.filter((p) => p.properties.exact === 1).map((p) => asPlace(p, 0, -1));
  const regions = places.filter((p) => p.properties.region !== undefined && p.properties.exact === 0).map((p) => asPlace(p, 0, -1));
  const index = new Supercluster<PlaceProperties, { ids: string }>({
    radius,
    maxZoom,
    map: (props) => ({ ids: props.ids }),
    reduce: (accumulated, props) => {
      accumulated.ids = `${accumulated.ids} ${props.ids}`;
    },
  });
  index.load(places.filter((p) => p.properties.exact === 0 && p.properties.region === undefined));
  const cache = new Map<number, FeatureCollection<Point, ClusteredPlaceProperties>>();

  return {
    at(zoom) {
      const level = Math.max(0, Math.min(maxZoom + 1, Math.floor(Number.isFinite(zoom) ? zoom : 0)));
      const cached = cache.get(level);
      if (cached) return cached;
      const features: Feature<Point, ClusteredPlaceProperties>[] = [...regions];
      for (const feature of index.getClusters([-180, -90, 180, 90], level)) {
        const props = feature.properties;
        if ('cluster' in props && props.cluster) {
          const ids = [...new Set(placeIds(props.ids))];
          const pillars = [1, 2, 3].map((p) => ids.filter((id) => pillarOf.get(id) === p).length) as [number, number, number];
          const shared = pillars.filter((n) => n > 0).length === 1 ? ((pillars.findIndex((n) => n > 0) + 1) as 1 | 2 | 3) : 0;
          features.push({
            type: 'Feature',
            geometry: feature.geometry,
            properties: {
              key: `cluster-${props.cluster_id}`,
              count: ids.length,
              ids: ids.join(' '),
              id: ids.length === 1 ? (ids[0] ?? '') : '',
              p1: pillars[0],
              p2: pillars[1],
              p3: pillars[2],
              pillar: shared,
              exact: 0,
              cluster: 1,
              expand: index.getClusterExpansionZoom(props.cluster_id),
            },
          });
        } else {
          features.push(asPlace(feature as Feature<Point, PlaceProperties>, 0, -1));
        }
      }
      // Larger badges first, so smaller ones draw on top; sites last of all.
      features.sort((a, b) => b.properties.count - a.properties.count);
      const collection: FeatureCollection<Point, ClusteredPlaceProperties> = {
        type: 'FeatureCollection',
        features: [...features, ...sites],
      };
      cache.set(level, collection);
      return collection;
    },
  };
}

function asPlace(place: Feature<Point, PlaceProperties>, cluster: 0 | 1, expand: number): Feature<Point, ClusteredPlaceProperties> {
  return { type: 'Feature', geometry: place.geometry, properties: { ...place.properties, cluster, expand } };
}
