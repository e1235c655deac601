/** Features as the map draws them, and the keys that tie a drawn place to its marks and fades. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { placeIds } from '../../data/places.ts';

/** A feature as drawn: any properties object. */
export type Drawn = Feature<Geometry, object>;

export function collection(features: readonly Drawn[]): FeatureCollection {
  return { type: 'FeatureCollection', features: features as Feature[] };
}

/** Key of a drawn place, for transitions and marks: where it is and what it holds. */
export function placeKey(feature: Drawn): string {
  const coordinates = feature.geometry.type === 'Point' ? feature.geometry.coordinates.join(',') : '';
  return `${coordinates}|${String((feature.properties as { ids?: string }).ids ?? '')}`;
}

/** The place with its key as a property: the places source promotes it to the feature id (marks.ts). */
export function keyed(feature: Drawn): Drawn {
  return { ...feature, properties: { ...feature.properties, key: placeKey(feature) } };
}

/** The key a keyed place carries. */
export function keyOf(feature: Drawn): string {
  return String((feature.properties as { key?: string }).key);
}

/** The initiative id a route carries. */
export function routeIdOf(feature: Drawn): string {
  return String((feature.properties as { id?: string }).id);
}

/** The initiatives behind a rendered feature: a place's members, or a route's or selection's id. */
export function idsOf(feature: MapGeoJSONFeature): string[] {
  const { ids, id } = feature.properties;
  return ids !== undefined ? placeIds(ids) : typeof id === 'string' && id ? [id] : [];
}
