/**
 * The embedded offline basemap, as `npm run build:basemap` converts it (the map loads the result:
 * src/map/load-basemap.ts): world-atlas country polygons converted with topojson-client, rings repaired across ±180° so Fiji, Kiribati and Russia draw
 * without lines across the map, plus small states that the 1:50m set leaves out.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { repairPolygons, unwrapLongitudes } from './antimeridian.ts';
import { alpha3FromNumeric, countryName } from './countries.ts';
import { representativePoint } from './representative-point.ts';

export interface CountryProperties {
  /** ISO alpha-3, or '' for territories without one (e.g. Somaliland). */
  readonly code: string;
  readonly name: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface Basemap {
  readonly countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  /** Land borders between countries (coasts are the edge of the land fill). */
  readonly borders: Feature<MultiLineString>;
  /** One label point per named country, inside its largest polygon. */
  readonly labels: FeatureCollection<Point, LabelProperties>;
}

/** The country names' points. */
export type CountryLabels = FeatureCollection<Point, LabelProperties>;

/**
 * What the page holds of the basemap: the country names' points (the map's own label source, the
 * arcs' ends). The polygons and borders stay in MapLibre's worker (src/map/load-basemap.ts).
 */
export interface PageBasemap {
  readonly labels: CountryLabels;
}

export interface LabelProperties {
  readonly code: string;
  readonly name_en: string;
  readonly name_ja: string;
  /** Zoom from which the label shows: large countries first. */
  readonly minzoom: number;
  /** Larger countries are placed first when labels compete for space. */
  readonly rank: number;
}

export function basemapFromTopology(topology: Topology, extras: readonly CountryFeature[] = []): Basemap {
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }> | undefined;
  if (!object) throw new Error('basemap: expected a world-atlas topology with an object named "countries"');
  const converted = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const countries = converted.features.map((f): CountryFeature => ({
    type: 'Feature',
    id: f.id,
    properties: { code: alpha3FromNumeric(f.id) ?? '', name: f.properties.name },
    geometry: repairPolygons(f.geometry),
  }));
  const have = new Set(countries.map((c) => c.properties.code).filter(Boolean));
  const added = extras.filter((c) => !have.has(c.properties.code)).map((c) => ({ ...c, geometry: repairPolygons(c.geometry) }));

  const borderLines = mesh(topology, object, (a, b) => a !== b);
  const all = [...countries, ...added];
  return {
    countries: { type: 'FeatureCollection', features: all },
    labels: { type: 'FeatureCollection', features: largestPerCode(all.flatMap(labelOf)) },
    borders: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: borderLines.coordinates.map(unwrapLongitudes) },
    },
  };
}

/**
 * One label per country: world-atlas gives some territories their state's id (Ashmore and Cartier
 * Is. is 036, Australia's), which would put a second "Australia" on a reef and move the country's
 * point there for whatever reads the labels by code. The largest keeps the name.
 */
function largestPerCode(labels: Feature<Point, LabelProperties>[]): Feature<Point, LabelProperties>[] {
  const best = new Map<string, Feature<Point, LabelProperties>>();
  for (const label of labels) {
    const kept = best.get(label.properties.code);
    if (!kept || label.properties.rank < kept.properties.rank) best.set(label.properties.code, label);
  }
  return labels.filter((label) => best.get(label.properties.code) === label);
}

function labelOf(country: CountryFeature): Feature<Point, LabelProperties>[] {
  const { code } = country.properties;
  if (!code || code === 'ATA') return [];
  const polygons: Position[][][] = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const point = representativePoint(polygons, 0.05);
  if (!point) return [];
  // Collision (by rank) decides the rest: small island states still get their names from zoom 2.5.
  const minzoom = point.area > 150 ? 0 : point.area > 25 ? 1.5 : 2.5;
  return [
    {
      type: 'Feature',
      properties: { code, name_en: countryName(code, 'en'), name_ja: countryName(code, 'ja'), minzoom, rank: -point.area },
      geometry: { type: 'Point', coordinates: point.position },
    },
  ];
}

/** The largest longitude jump between consecutive vertices of any ring (for tests and checks). */
export function largestJump(geometry: Polygon | MultiPolygon): number {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = 0;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      largest = Math.max(largest, Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)));
    }
  }
  return largest;
}
