/**
 * Any GeoJSON a person may have (a FeatureCollection, one Feature, a bare geometry or a
 * GeometryCollection) made into features ready to draw: properties flattened to cell values,
 * geometries checked and repaired (normalize-geometry.ts), every feature that cannot be drawn listed
 * with its reason, and what was changed said in the notes.
 */
import { err, ok, type Result } from '../lib/result.ts';
import { cellValue, setField } from './cell-value.ts';
import { LIMITS } from './limits.ts';
import { MERCATOR_EXTENT, normalizeGeometry, type Repairs } from './normalize-geometry.ts';
import { bilingual, readError } from './read-error.ts';
import type { Bilingual, ReadError, RejectedRow, UserFeature, UserFeatures, UserProperties } from './types.ts';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Names of Web Mercator in a GeoJSON 2008 `crs` member. */
const MERCATOR_CRS = /\b(3857|900913|3785|102100|102113)\b/;

interface RawFeature {
  readonly id?: unknown;
  readonly geometry?: unknown;
  readonly properties?: unknown;
}

/** Reads parsed GeoJSON; `name` is the file's, for the messages. */
export function normalizeFeatures(input: unknown, name: string): Result<UserFeatures, ReadError> {
  const collected = collect(input, name);
  if (!collected.ok) return collected;
  const raw = collected.value;
  if (raw.length === 0) return err(readError('empty', `“${name}” holds no features.`, `「${name}」には地物（フィーチャー）がありません。`));
  if (raw.length > LIMITS.features) return err(tooMany(name, raw.length));

  const properties = raw.map(flatProperties);
  const fields = fieldsOf(properties);
  const notes: Bilingual[] = [];
  const mercator = inWebMercator(input, raw);
  if (mercator)
    notes.push(
      bilingual(
        'Coordinates are in Web Mercator metres (EPSG:3857): converted to longitude and latitude.',
        '座標はウェブメルカトルのメートル（EPSG:3857）でした。経度・緯度に変換しました。',
      ),
    );

  const repairs: Repairs = { heightsDropped: 0, ringsClosed: 0, unwrapped: 0 };
  const features: UserFeature[] = [];
  const rejected: RejectedRow[] = [];
  raw.forEach((feature, index) => {
    const props = properties[index] as UserProperties;
    const outcome = normalizeGeometry(feature.geometry, mercator, repairs);
    if ('reason' in outcome) {
      rejected.push({ row: index + 1, column: null, reason: outcome.reason, cells: fields.map((field) => props[field] ?? null) });
    } else {
      features.push({ type: 'Feature', id: features.length, geometry: outcome.geometry, properties: props });
    }
  });
  notes.push(...repairNotes(repairs));
  return ok({ features, fields, rejected, notes });
}

/** The features the input holds, or why it is not GeoJSON. */
function collect(input: unknown, name: string): Result<readonly RawFeature[], ReadError> {
  if (Array.isArray(input)) {
    const records = input.length > 0 && input.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
    return err(
      records
        ? notGeoJson(
            name,
            bilingual(
              'a JSON list of records, not GeoJSON. Save it as CSV (with latitude and longitude columns) and open that.',
              'GeoJSON ではなく、レコードを並べた JSON です。緯度・経度の列を持つ CSV として保存し、それを開いてください。',
            ),
          )
        : notGeoJson(name, bilingual('a JSON list, not GeoJSON.', 'GeoJSON ではなく、JSON のリストです。')),
    );
  }
  if (typeof input !== 'object' || input === null)
    return err(notGeoJson(name, bilingual('a single JSON value, not GeoJSON.', 'GeoJSON ではなく、単一の JSON 値です。')));
  const type = (input as { type?: unknown }).type;
  if (type === 'FeatureCollection') {
    const features = (input as { features?: unknown }).features;
    if (!Array.isArray(features))
      return err(
        notGeoJson(name, bilingual('a FeatureCollection without a "features" list.', '"features" のリストがない FeatureCollection です。')),
      );
    return ok(features.map((feature: unknown) => (typeof feature === 'object' && feature !== null ? (feature as RawFeature) : {})));
  }
  if (type === 'Feature') return ok([input as RawFeature]);
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) return ok([{ geometry: input }]);
  if (type === 'Topology')
    return err(
      notGeoJson(
        name,
        bilingual(
          'TopoJSON, not GeoJSON. Convert it to GeoJSON (for example with mapshaper) and open that.',
          'GeoJSON ではなく TopoJSON です。GeoJSON に変換して（例えば mapshaper で）開いてください。',
        ),
      ),
    );
  return err(
    notGeoJson(
      name,
      bilingual(
        'JSON, but not GeoJSON: it has no "type" of FeatureCollection, Feature or a geometry.',
        'JSON ですが GeoJSON ではありません。FeatureCollection、Feature、ジオメトリのいずれの "type" もありません。',
      ),
    ),
  );
}

function notGeoJson(name: string, what: Bilingual): ReadError {
  return readError('not-what-it-says', `“${name}” holds ${what.en}`, `「${name}」の中身は${what.ja}`);
}

export function tooMany(name: string, count: number): ReadError {
  const limit = LIMITS.features.toLocaleString('en');
  return readError(
    'too-many-features',
    `“${name}” holds ${count.toLocaleString('en')} features; at most ${limit} can be opened. Split the file or keep only what you need.`,
    `「${name}」には ${count.toLocaleString('en')} 件の地物があります。開けるのは ${limit} 件までです。ファイルを分けるか、必要なものだけにしてください。`,
  );
}

/** A feature's properties as cell values: objects and lists as JSON text, dates as ISO dates; its own `id` kept when no property has that name. */
function flatProperties(feature: RawFeature): UserProperties {
  const out: UserProperties = {};
  const props = feature.properties;
  if (typeof props === 'object' && props !== null && !Array.isArray(props)) {
    for (const [key, value] of Object.entries(props as Record<string, unknown>)) setField(out, key, cellValue(value));
  }
  if (feature.id !== undefined && !Object.hasOwn(out, 'id')) out.id = cellValue(feature.id);
  return out;
}

function fieldsOf(properties: readonly UserProperties[]): string[] {
  const seen = new Set<string>();
  for (const props of properties) for (const key in props) seen.add(key);
  return [...seen];
}

/**
 * True when the file names Web Mercator in its `crs`, or when nearly all its positions are out of
 * degrees' range and all are within Web Mercator's (metres): a few stray values in a degree file
 * are rejected one by one instead of moving every point.
 */
function inWebMercator(input: unknown, raw: readonly RawFeature[]): boolean {
  const crs = (input as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
  if (typeof crs === 'string' && MERCATOR_CRS.test(crs)) return true;
  const count = { all: 0, outOfDegrees: 0, outOfMetres: 0 };
  const visit = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return;
    const [x, y] = coordinates as unknown[];
    if (typeof x === 'number' && typeof y === 'number') {
      count.all++;
      if (Math.abs(x) > 180 || Math.abs(y) > 90) count.outOfDegrees++;
      if (Math.abs(x) > MERCATOR_EXTENT * 1.001 || Math.abs(y) > MERCATOR_EXTENT * 1.001) count.outOfMetres++;
      return;
    }
    for (const item of coordinates) visit(item);
  };
  const visitGeometry = (geometry: unknown): void => {
    if (typeof geometry !== 'object' || geometry === null) return;
    const { coordinates, geometries } = geometry as { coordinates?: unknown; geometries?: unknown };
    visit(coordinates);
    if (Array.isArray(geometries)) for (const member of geometries) visitGeometry(member);
  };
  for (const feature of raw) visitGeometry(feature.geometry);
  return count.all > 0 && count.outOfMetres === 0 && count.outOfDegrees >= 0.9 * count.all;
}

function repairNotes(repairs: Repairs): Bilingual[] {
  const notes: Bilingual[] = [];
  if (repairs.heightsDropped > 0)
    notes.push(
      bilingual(
        `Heights (a third coordinate) dropped from ${repairs.heightsDropped} features: the map is flat.`,
        `${repairs.heightsDropped} 件の地物から高さ（3 番目の座標）を除きました。地図は平面です。`,
      ),
    );
  if (repairs.ringsClosed > 0)
    notes.push(
      bilingual(
        `Polygon rings that did not end where they began were closed in ${repairs.ringsClosed} features.`,
        `${repairs.ringsClosed} 件の地物で、始点に戻っていない多角形の環を閉じました。`,
      ),
    );
  if (repairs.unwrapped > 0)
    notes.push(
      bilingual(
        `${repairs.unwrapped} features cross the 180° meridian: drawn the short way across it.`,
        `${repairs.unwrapped} 件の地物が経度 180° をまたぎます。またぐ側の短い経路で描きました。`,
      ),
    );
  return notes;
}
