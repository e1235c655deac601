/**
 * The map's view of the initiatives: one marker per point of each geometry (so
 * multi-country initiatives can be clustered with the others), one at its region's
 * point for a region-wide initiative (region-wide.ts: it is drawn once, as its region),
 * and the routes. Pure: plain features in, plain GeoJSON out.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { unwrapLongitudes } from './antimeridian.ts';
import type { Initiative } from './initiative.ts';
import { isRegionWide, SCOPE_POINTS } from './region-wide.ts';
import type { Pillar, Precision } from './vocabulary.ts';

export interface MarkerProperties {
  /** The initiative's id (several markers may share it). */
  readonly id: string;
  /** Unique per marker: `<id>#<n>`. */
  readonly key: string;
  readonly pillar: Pillar;
  readonly precision: Precision;
  /** 1 for exact or near sites (precision 1–2), 0 for approximate ones. */
  readonly exact: 0 | 1;
  /** The initiative's position in the list given (a large dataset is filtered on the map by it). */
  readonly i: number;
}

export interface RouteProperties {
  readonly id: string;
  readonly pillar: Pillar;
  readonly precision: Precision;
}

export function isExact(precision: Precision): boolean {
  return precision <= 2;
}

export function markersOf(initiatives: readonly Initiative[]): FeatureCollection<Point, MarkerProperties> {
  const features: Feature<Point, MarkerProperties>[] = [];
  initiatives.forEach((initiative, i) => {
    const { id, geometry, properties } = initiative;
    const points =
      properties.scope !== undefined && isRegionWide(initiative)
        ? [[...SCOPE_POINTS[properties.scope]]]
        : geometry.type === 'Point'
          ? [geometry.coordinates]
          : geometry.type === 'MultiPoint'
            ? geometry.coordinates
            : [];
    points.forEach((coordinates, n) => {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates },
        properties: {
          id,
          key: `${id}#${n}`,
          pillar: properties.pillar,
          precision: properties.precision,
          exact: isExact(properties.precision) ? 1 : 0,
          i,
        },
      });
    });
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Routes (cables, corridors, straits) for display. Each part is unwrapped so that a
 * segment never jumps across ±180°; MapLibre wraps the result into world copies.
 */
export function routesOf(initiatives: readonly Initiative[]): FeatureCollection<LineString | MultiLineString, RouteProperties> {
  const features: Feature<LineString | MultiLineString, RouteProperties>[] = [];
  for (const { id, geometry, properties } of initiatives) {
    const props = { id, pillar: properties.pillar, precision: properties.precision };
    if (geometry.type === 'LineString') {
      features.push({
        type: 'Feature',
        properties: props,
        geometry: { type: 'LineString', coordinates: unwrapLongitudes(geometry.coordinates) },
      });
    } else if (geometry.type === 'MultiLineString') {
      features.push({
        type: 'Feature',
        properties: props,
        geometry: { type: 'MultiLineString', coordinates: geometry.coordinates.map(unwrapLongitudes) },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
