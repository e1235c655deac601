/**
 * What a column's name says about coordinates: the many ways headers name latitude and longitude
 * (lat/lon, latitude/longitude, lng, long, x/y, xcoord/ycoord, point_x/point_y, 緯度/経度, Darwin
 * Core's decimalLatitude…), a WKT column, or one column holding both. Case, spaces, underscores,
 * hyphens, dots and a bracketed unit ("Latitude (WGS84)", "緯度（度）") do not matter.
 */

/** How sure a name is: an exact name beats a word inside a longer name, which beats x/y. */
export type NameRank = 1 | 2 | 3;

const BRACKETED = /\([^)]*\)|\[[^\]]*\]/g;
const SEPARATORS = /[\s_\-.:/\\,;・]+/g;

/** "Latitude (WGS84)" → "latitude"; "Point_X" → "pointx"; "緯度（度）" → "緯度". */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(BRACKETED, '').replace(SEPARATORS, '');
}

const LAT_NAMES = new Set([
  'lat',
  'latitude',
  'latitud',
  'latitudine',
  'breite',
  'breitengrad',
  'ycoord',
  'ycoordinate',
  'pointy',
  'coordy',
  'decimallatitude',
  'latdd',
  'latdeg',
  'latdec',
  'latwgs84',
  'latitudewgs84',
  'wgs84lat',
  'geolat',
  'gpslat',
  'gpslatitude',
  '緯度',
  'ido',
  '北緯',
  '緯度10進',
]);
const LON_NAMES = new Set([
  'lon',
  'lng',
  'long',
  'longitude',
  'longitud',
  'longitudine',
  'länge',
  'laenge',
  'längengrad',
  'xcoord',
  'xcoordinate',
  'pointx',
  'coordx',
  'decimallongitude',
  'londd',
  'lngdd',
  'longdd',
  'londeg',
  'londec',
  'lonwgs84',
  'longitudewgs84',
  'wgs84lon',
  'geolon',
  'geolng',
  'gpslon',
  'gpslng',
  'gpslongitude',
  '経度',
  'keido',
  '東経',
  '経度10進',
]);
/** Words that name an axis inside a longer name ("site_lat", "centroidLongitude", "所在地緯度"); not "long", which is often "long name". */
const LAT_WORDS = new Set(['lat', 'latitude']);
const LON_WORDS = new Set(['lon', 'lng', 'longitude']);
const WKT_NAMES = new Set([
  'wkt',
  'geometry',
  'geom',
  'thegeom',
  'shape',
  'wktgeom',
  'geomwkt',
  'geometrywkt',
  'geometrie',
  'ジオメトリ',
  '形状',
]);
const LAT_LON_NAMES = new Set([
  'latlon',
  'latlng',
  'latlong',
  'latitudelongitude',
  'yx',
  '緯度経度',
  'coordinates',
  'coordinate',
  'coords',
  'coord',
  'location',
  'position',
  'point',
  'geolocation',
  'geopoint',
  'latlonwgs84',
  '座標',
  '位置',
  '位置情報',
]);
const LON_LAT_NAMES = new Set(['lonlat', 'lnglat', 'longlat', 'longitudelatitude', 'xy', '経度緯度']);

const CAMEL = /([a-z])([A-Z])/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

function words(name: string): string[] {
  return name
    .replace(CAMEL, '$1 $2')
    .toLowerCase()
    .split(NON_WORD)
    .filter((w) => w !== '');
}

/** How surely a name means latitude (or null). */
export function latitudeRank(name: string): NameRank | null {
  const n = normaliseName(name);
  if (LAT_NAMES.has(n)) return 1;
  if (n.includes('緯度') || words(name).some((w) => LAT_WORDS.has(w))) return 2;
  if (n === 'y') return 3;
  return null;
}

/** How surely a name means longitude (or null). */
export function longitudeRank(name: string): NameRank | null {
  const n = normaliseName(name);
  if (LON_NAMES.has(n)) return 1;
  if (n.includes('経度') || words(name).some((w) => LON_WORDS.has(w))) return 2;
  if (n === 'x') return 3;
  return null;
}

export function isWktName(name: string): boolean {
  return WKT_NAMES.has(normaliseName(name));
}

/** The order a one-column name states ("lnglat" → lon,lat), or 'unstated' for "coordinates"; null when it names no pair. */
export function pairNameOrder(name: string): 'lat,lon' | 'lon,lat' | 'unstated' | null {
  const n = normaliseName(name);
  if (LON_LAT_NAMES.has(n)) return 'lon,lat';
  if (n === 'latlon' || n === 'latlng' || n === 'latlong' || n === 'latitudelongitude' || n === 'yx' || n === '緯度経度') return 'lat,lon';
  if (LAT_LON_NAMES.has(n)) return 'unstated';
  return null;
}
