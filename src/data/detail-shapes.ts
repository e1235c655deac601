/**
 * The 1:10m countries and land borders for the map at site zoom, and the vector tiles cut from them
 * (src/map/detail-tiles.worker.ts serves them to the map). Rings are repaired across ±180° and
 * border lines unwrapped, so Fiji, Russia and Kiribati draw without lines across the map; countries
 * are keyed by ISO alpha-3 in `code` (the choropleth's feature state), as the 1:50m basemap's are.
 *
 * Converting the 1:10m topology takes the better part of a second and handing its GeoJSON to
 * MapLibre costs the page's main thread as long again (structured clone both ways), so all of it
 * runs in a worker of its own, which answers each tile request with a few kilobytes.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { repairPolygons, unwrapLongitudes } from './antimeridian.ts';
import { alpha3FromNumeric } from './countries.ts';
import { DETAIL_TILE_LAYER, DETAIL_TILE_MAXZOOM } from './detail-tile-spec.ts';

const EXTENT = 4096;

/** A country: its ISO alpha-3 code, or '' for territories without one (e.g. Somaliland). */
export interface DetailCountryProperties {
  readonly code: string;
}
/** The one feature holding every land border (coasts are the edge of the land fill). */
export interface DetailBorderProperties {
  readonly border: true;
}

export type DetailShapes = FeatureCollection<Polygon | MultiPolygon | MultiLineString, DetailCountryProperties | DetailBorderProperties>;

export function detailShapesFromTopology(topology: Topology): DetailShapes {
  const object = topology.objects['countries'] as GeometryCollection | undefined;
  if (!object) throw new Error('detail basemap: expected a world-atlas topology with an object named "countries"');
  const converted = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null>;
  const countries = converted.features.flatMap((country): Feature<Polygon | MultiPolygon, DetailCountryProperties>[] =>
    country.geometry
      ? [{ type: 'Feature', properties: { code: alpha3FromNumeric(country.id) ?? '' }, geometry: repairPolygons(country.geometry) }]
      : [],
  );
  const lines = mesh(topology, object, (a, b) => a !== b).coordinates.map(unwrapLongitudes);
  const borders: Feature<MultiLineString, DetailBorderProperties> = {
    type: 'Feature',
    properties: { border: true },
    geometry: { type: 'MultiLineString', coordinates: lines },
  };
  return { type: 'FeatureCollection', features: [...countries, borders] };
}

export interface DetailTiles {
  /** The tile as a Mapbox Vector Tile (one layer, DETAIL_TILE_LAYER), or null where it holds nothing. */
  tile(z: number, x: number, y: number): Uint8Array | null;
}

/**
 * Cuts the shapes into vector tiles on demand (geojson-vt wraps what lies past ±180 into the world's
 * copies). Nothing is cut ahead (`indexMaxZoom: 0`): the map asks only for tiles at zoom 4 and beyond,
 * near where it looks, so splitting the whole world down to zoom 5 first would be wasted.
 */
export function detailTiles(shapes: DetailShapes): DetailTiles {
  const index = new GeoJSONVT(shapes, { maxZoom: DETAIL_TILE_MAXZOOM, indexMaxZoom: 0, extent: EXTENT, buffer: 64, tolerance: 3 });
  return {
    tile(z, x, y) {
      const tile = index.getTile(z, x, y);
      return tile && tile.features.length > 0 ? fromGeojsonVt({ [DETAIL_TILE_LAYER]: tile }, { version: 2, extent: EXTENT }) : null;
    },
  };
}
