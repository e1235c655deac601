/**
 * The 1:10m countries and land borders as one GeoJSON collection, for the map at site zoom
 * (src/map/sync/detail-basemap.ts): rings repaired across ±180° (Fiji, Russia, Kiribati draw without
 * lines across the map), border lines unwrapped, coordinates rounded, countries keyed by ISO alpha-3
 * in `code` (the choropleth's feature state). Made at build time (scripts/vite-detail-basemap.ts):
 * converting the 1:10m topology takes the better part of a second, too long for the page's main
 * thread, and the map's own worker parses a GeoJSON file it is given by URL.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { repairPolygons, unwrapLongitudes } from './antimeridian.ts';
import { alpha3FromNumeric } from './countries.ts';

/** Decimal places kept: 1e-4° is about 11 m, under a pixel up to the map's zoom 12 (19 m a pixel). */
export const DETAIL_DIGITS = 4;

/** A country: its ISO alpha-3 code, or '' for territories without one (e.g. Somaliland). */
export interface DetailCountryProperties {
  readonly code: string;
}
/** The one feature holding every land border (coasts are the edge of the land fill). */
export interface DetailBorderProperties {
  readonly border: true;
}

export type DetailFeature = Feature<Polygon | MultiPolygon, DetailCountryProperties> | Feature<MultiLineString, DetailBorderProperties>;
export type DetailShapes = FeatureCollection<Polygon | MultiPolygon | MultiLineString, DetailCountryProperties | DetailBorderProperties>;

export function detailShapesFromTopology(topology: Topology, digits = DETAIL_DIGITS): DetailShapes {
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }> | undefined;
  if (!object) throw new Error('detail basemap: expected a world-atlas topology with an object named "countries"');
  const round = rounder(digits);
  const converted = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null>;
  const countries: DetailFeature[] = [];
  for (const country of converted.features) {
    if (!country.geometry) continue;
    const repaired = repairPolygons(country.geometry);
    const polygons = (repaired.type === 'Polygon' ? [repaired.coordinates] : repaired.coordinates).map((rings) => roundPolygon(rings, round)).filter((rings) => rings.length > 0);
    if (polygons.length === 0) continue;
    countries.push({
      type: 'Feature',
      properties: { code: alpha3FromNumeric(country.id) ?? '' },
      geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] ?? [] } : { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  const lines = mesh(topology, object, (a, b) => a !== b)
    .coordinates.map((line) => dedupe(unwrapLongitudes(line).map(round)))
    .filter((line) => line.length >= 2);
  const borders: DetailFeature = { type: 'Feature', properties: { border: true }, geometry: { type: 'MultiLineString', coordinates: lines } };
  return { type: 'FeatureCollection', features: [...countries, borders] };
}

function rounder(digits: number): (p: Position) => Position {
  const f = 10 ** digits;
  return ([lon = 0, lat = 0]) => [Math.round(lon * f) / f, Math.round(lat * f) / f];
}

/** Rounds each ring; a ring that collapses below a triangle is dropped, and with its outer ring the polygon. */
function roundPolygon(rings: readonly Position[][], round: (p: Position) => Position): Position[][] {
  const out: Position[][] = [];
  for (const [index, ring] of rings.entries()) {
    const rounded = dedupe(ring.map(round));
    const first = rounded[0];
    const last = rounded[rounded.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) rounded.push([...first]);
    if (rounded.length < 4) {
      if (index === 0) return [];
      continue;
    }
    out.push(rounded);
  }
  return out;
}

/** Drops a vertex equal to the one before it (rounding makes neighbours meet). */
function dedupe(line: readonly Position[]): Position[] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]?.[0] || p[1] !== line[i - 1]?.[1]);
}
