/**
 * Where a table keeps its coordinates, found from the column names and checked against the values:
 * a latitude/longitude pair, a WKT column, or one "lat, lon" column. Also decides the units (Web
 * Mercator metres when values are far beyond ±180 yet within the projection's ±20,037,508.34 m) and
 * whether latitude and longitude look swapped (offered, never applied here). Each finding is a note
 * in both languages, for the user to confirm or change before anything is drawn.
 */
import { wktToGeoJSON } from 'betterknown';
import type { Position } from 'geojson';
import { latitudeRank, longitudeRank, isWktName, pairNameOrder, type NameRank } from './column-names';
import { decimalCommaFor, splitPair } from './coordinate-pair';
import { parseNumber } from './parse-number';
import { isBlankCell } from './table-from-records';
import { firstPosition } from './wkt-geometry';
import type { Bilingual, CellValue, CoordinateColumns, CoordinateUnits, Detection, UserTable } from './types';

/** Web Mercator's extent in metres: ±π · 6,378,137. */
export const MERCATOR_LIMIT = 20037508.34;
/** Rows looked at to decide units and swapping: evenly spread, so a sorted file is sampled fairly. */
const SAMPLE_ROWS = 5000;
/** Cells looked at to decide whether a column holds WKT or "lat, lon" pairs. */
const SAMPLE_CELLS = 200;
/** A column holds WKT or pairs when this share of its non-blank sampled cells does. */
const MOSTLY = 0.8;

/** EWKT with its own SRID: read in its own units whatever the table's (wkt-geometry.ts). */
const SRID_PREFIX = /^\s*SRID=/i;

export const WKT_START =
  /^\s*(?:SRID=\d+\s*;\s*)?(?:POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\b/i;

function sampleIndices(count: number, max: number): number[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  const step = count / max;
  return Array.from({ length: max }, (_, i) => Math.floor(i * step));
}

function nonBlankSample(table: UserTable, column: number): CellValue[] {
  const out: CellValue[] = [];
  for (const i of sampleIndices(table.rows.length, SAMPLE_ROWS)) {
    const cell = table.rows[i]![column] ?? null;
    if (!isBlankCell(cell)) out.push(cell);
    if (out.length >= SAMPLE_CELLS) break;
  }
  return out;
}

function mostly(cells: readonly CellValue[], test: (cell: CellValue) => boolean): boolean {
  if (cells.length === 0) return false;
  return cells.filter(test).length >= MOSTLY * cells.length;
}

const isWktCell = (cell: CellValue): boolean => typeof cell === 'string' && WKT_START.test(cell);

function best(
  columns: readonly string[],
  rank: (name: string) => NameRank | null,
  exclude: ReadonlySet<number>,
): { index: number; rank: NameRank } | null {
  let found: { index: number; rank: NameRank } | null = null;
  columns.forEach((name, index) => {
    if (exclude.has(index)) return;
    const r = rank(name);
    if (r !== null && (found === null || r < found.rank)) found = { index, rank: r };
  });
  return found;
}

/** Pairs of numbers read from a sample of rows, for the units and the swap. */
type Pairs = readonly (readonly [number, number])[];

function pairValues(table: UserTable, columns: CoordinateColumns): Pairs {
  const decimalComma = decimalCommaFor(table);
  const out: [number, number][] = [];
  for (const i of sampleIndices(table.rows.length, SAMPLE_ROWS)) {
    const row = table.rows[i]!;
    if (columns.kind === 'pair') {
      const lat = parseNumber(row[columns.lat] ?? null, { decimalComma }).value;
      const lon = parseNumber(row[columns.lon] ?? null, { decimalComma }).value;
      if (lat !== null && lon !== null) out.push([lat, lon]);
    } else if (columns.kind === 'single') {
      const parts = splitPair(row[columns.column] ?? null);
      if (!parts) continue;
      const a = parseNumber(parts[0], { decimalComma }).value;
      const b = parseNumber(parts[1], { decimalComma }).value;
      if (a === null || b === null) continue;
      out.push(columns.order === 'lat,lon' ? [a, b] : [b, a]);
    } else {
      if (out.length >= SAMPLE_CELLS) break;
      const position = wktPosition(row[columns.column] ?? null);
      if (position) out.push([position[1]!, position[0]!]);
    }
  }
  return out;
}

/** The first position of a WKT cell as written (in its own units), or null when it is not readable WKT. */
function wktPosition(cell: CellValue): Position | null {
  if (typeof cell !== 'string' || !WKT_START.test(cell) || SRID_PREFIX.test(cell)) return null;
  try {
    const geometry = wktToGeoJSON(cell);
    return geometry ? firstPosition(geometry) : null;
  } catch (error) {
    if (error instanceof Error) return null; // unreadable: placing the rows says why, row by row
    throw error;
  }
}

/** Web Mercator when most values are beyond ±180 and (nearly) all lie within the projection's extent. */
function unitsOf(pairs: Pairs): CoordinateUnits {
  if (pairs.length === 0) return 'degrees';
  let far = 0;
  let inside = 0;
  for (const [lat, lon] of pairs) {
    if (Math.abs(lat) > 180 || Math.abs(lon) > 180) far++;
    if (Math.abs(lat) <= MERCATOR_LIMIT && Math.abs(lon) <= MERCATOR_LIMIT) inside++;
  }
  return far * 2 >= pairs.length && inside >= 0.99 * pairs.length ? 'web-mercator' : 'degrees';
}

/** Some "latitudes" beyond ±90 (up to 180) while every "longitude" stays within ±90. */
function looksSwapped(pairs: Pairs): boolean {
  let latBeyond = false;
  for (const [lat, lon] of pairs) {
    if (Math.abs(lon) > 90) return false;
    if (Math.abs(lat) > 90 && Math.abs(lat) <= 180) latBeyond = true;
  }
  return latBeyond;
}

const q = (name: string): Bilingual => ({ en: `"${name}"`, ja: `「${name}」` });

export function detectCoordinates(table: UserTable): Detection {
  const { columns } = table;
  const pairColumns = new Set(columns.flatMap((name, i) => (pairNameOrder(name) === null ? [] : [i])));
  const lat = best(columns, latitudeRank, pairColumns);
  const lon = best(columns, longitudeRank, new Set([...pairColumns, ...(lat ? [lat.index] : [])]));
  const samples = columns.map((_, i) => nonBlankSample(table, i));
  const wktNamed = columns.findIndex((name, i) => isWktName(name) && mostly(samples[i]!, isWktCell));
  const wktByValue = columns.findIndex((_, i) => mostly(samples[i]!, isWktCell));
  const decimalComma = decimalCommaFor(table);
  const holdsPairs = (i: number): boolean =>
    mostly(samples[i]!, (cell) => {
      const parts = splitPair(cell);
      return parts !== null && parts.every((p) => parseNumber(p, { decimalComma }).value !== null);
    });
  const singleNamed = columns.findIndex((name, i) => pairNameOrder(name) !== null && holdsPairs(i));
  const singleByValue = columns.findIndex((_, i) => typeof samples[i]![0] === 'string' && holdsPairs(i));

  const notes: Bilingual[] = [];
  let chosen: CoordinateColumns | null = null;
  const pair = lat && lon ? ({ kind: 'pair', lat: lat.index, lon: lon.index } as const) : null;
  const named = lat !== null && lon !== null && lat.rank <= 2 && lon.rank <= 2;
  if (pair && named) chosen = pair;
  else if (wktNamed >= 0) chosen = { kind: 'wkt', column: wktNamed };
  else if (singleNamed >= 0) chosen = single(table, singleNamed);
  else if (pair) chosen = pair;
  else if (wktByValue >= 0) chosen = { kind: 'wkt', column: wktByValue };
  else if (singleByValue >= 0) chosen = single(table, singleByValue);

  if (chosen === null) {
    const one = lat ?? lon;
    if (one) {
      const which = lat ? { en: 'latitude', ja: '緯度' } : { en: 'longitude', ja: '経度' };
      const other = lat ? { en: 'longitude', ja: '経度' } : { en: 'latitude', ja: '緯度' };
      const name = q(columns[one.index]!);
      notes.push({
        en: `Found a ${which.en} column, ${name.en}, but no ${other.en} column: choose it`,
        ja: `${which.ja}の列${name.ja}はありますが、${other.ja}の列が見つかりません。選んでください`,
      });
    } else {
      notes.push({
        en: 'No coordinate columns found: choose the latitude and longitude columns, a WKT column, or a "lat, lon" column',
        ja: '座標の列が見つかりません。緯度と経度の列、WKTの列、または「緯度, 経度」の列を選んでください',
      });
    }
    return { placement: null, notes, swapSuspected: false };
  }

  notes.push(describeColumns(table, chosen));
  const pairs = pairValues(table, chosen);
  const units = unitsOf(pairs);
  if (units === 'web-mercator') {
    notes.push({
      en: 'The values look like Web Mercator (EPSG:3857) metres (beyond ±180 but within ±20,037,508 m): they are converted to degrees',
      ja: '値はWebメルカトル(EPSG:3857)のメートル値のようです(±180を超え、±20,037,508 m以内)。度に変換します',
    });
  }
  let swapSuspected = false;
  if (units === 'degrees' && chosen.kind !== 'wkt' && looksSwapped(pairs)) {
    swapSuspected = true;
    notes.push({
      en: 'Some latitudes are beyond ±90° while every longitude is within ±90°: latitude and longitude may be swapped (swap them to try)',
      ja: '緯度の一部が±90°を超え、経度はすべて±90°以内です。緯度と経度が入れ替わっている可能性があります(入れ替えて試せます)',
    });
  }
  return { placement: { columns: chosen, units, swap: false }, notes, swapSuspected };
}

/** A one-column pair: the order its name states, else lon,lat when the first numbers go beyond ±90 and the second never do. */
function single(table: UserTable, column: number): CoordinateColumns {
  const stated = pairNameOrder(table.columns[column]!);
  if (stated === 'lat,lon' || stated === 'lon,lat') return { kind: 'single', column, order: stated };
  const asLatLon = pairValues(table, { kind: 'single', column, order: 'lat,lon' });
  return { kind: 'single', column, order: looksSwapped(asLatLon) ? 'lon,lat' : 'lat,lon' };
}

function describeColumns(table: UserTable, columns: CoordinateColumns): Bilingual {
  switch (columns.kind) {
    case 'pair': {
      const lat = q(table.columns[columns.lat]!);
      const lon = q(table.columns[columns.lon]!);
      return { en: `Coordinates: latitude from ${lat.en}, longitude from ${lon.en}`, ja: `座標: 緯度は列${lat.ja}、経度は列${lon.ja}` };
    }
    case 'wkt': {
      const name = q(table.columns[columns.column]!);
      return { en: `Coordinates: WKT geometry from ${name.en}`, ja: `座標: 列${name.ja}のWKTジオメトリ` };
    }
    case 'single': {
      const name = q(table.columns[columns.column]!);
      const order =
        columns.order === 'lat,lon' ? { en: 'latitude, longitude', ja: '緯度, 経度' } : { en: 'longitude, latitude', ja: '経度, 緯度' };
      return { en: `Coordinates: ${name.en} holds both, as ${order.en}`, ja: `座標: 列${name.ja}に両方(${order.ja}の順)` };
    }
  }
}
