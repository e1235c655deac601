/**
 * A table's rows to features, as a placement says: each row a Point (or its WKT geometry) carrying
 * all its cells as properties (the coordinate columns too), ids 0…n−1 in row order. A row that
 * cannot be placed is a RejectedRow with its number, column and reason: never dropped silently.
 * Runs over 100,000 rows in a worker: no per-row regular expressions are built, no closures kept.
 */
import { decimalCommaFor, splitPair } from './coordinate-pair';
import { parseNumber, type Axis, type NumberOptions } from './parse-number';
import { numberReason, pairReason, rangeReason, wktReason, type AxisName } from './row-reasons';
import { isBlankCell } from './table-from-records';
import type { Bilingual, CellValue, Placement, RejectedRow, UserFeature, UserFeatures, UserProperties, UserTable } from './types';
import { mercatorToLatitude, mercatorToLongitude } from './web-mercator';
import { readWkt } from './wkt-geometry';

type Placed =
  | { readonly geometry: UserFeature['geometry']; readonly dropped3d: boolean; readonly fromMercator: boolean }
  | { readonly rejected: { readonly column: string; readonly reason: Bilingual } };

interface Context {
  readonly table: UserTable;
  readonly placement: Placement;
  readonly latOptions: NumberOptions;
  readonly lonOptions: NumberOptions;
}

const AXIS_NAME: Record<Axis, AxisName> = { lat: 'latitude', lon: 'longitude' };

export function placeTable(table: UserTable, placement: Placement): UserFeatures {
  const decimalComma = decimalCommaFor(table);
  // In metres the cells are y and x: hemisphere letters mean nothing there, so no axis is checked.
  const mercator = placement.units === 'web-mercator';
  const context: Context = {
    table,
    placement,
    latOptions: mercator ? { decimalComma } : { decimalComma, axis: 'lat' },
    lonOptions: mercator ? { decimalComma } : { decimalComma, axis: 'lon' },
  };
  const features: UserFeature[] = [];
  const rejected: RejectedRow[] = [];
  const columns = table.columns;
  const hostileKey = columns.includes('__proto__');
  let dropped3d = 0;
  let fromMercator = 0;

  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    const rowNumber = table.rowNumbers[i] ?? i + 2;
    const placed = placeRow(context, row, rowNumber);
    if ('rejected' in placed) {
      rejected.push({ row: rowNumber, column: placed.rejected.column, reason: placed.rejected.reason, cells: row });
      continue;
    }
    if (placed.dropped3d) dropped3d++;
    if (placed.fromMercator) fromMercator++;
    features.push({ type: 'Feature', id: features.length, geometry: placed.geometry, properties: properties(columns, row, hostileKey) });
  }

  const notes: Bilingual[] = [];
  if (fromMercator > 0) {
    notes.push({
      en: `Converted from Web Mercator (EPSG:3857) metres to degrees: ${count(fromMercator)} ${fromMercator === 1 ? 'row' : 'rows'}`,
      ja: `Webメルカトル(EPSG:3857)のメートル値から度に変換しました: ${count(fromMercator)}行`,
    });
  }
  if (placement.swap)
    notes.push({ en: 'Latitude and longitude read swapped, as chosen', ja: '選択に従い、緯度と経度を入れ替えて読みました' });
  if (dropped3d > 0) {
    notes.push({
      en: `Heights (Z) dropped from ${count(dropped3d)} ${dropped3d === 1 ? 'geometry' : 'geometries'}: drawn in 2-D`,
      ja: `${count(dropped3d)}件のジオメトリから高さ(Z)を除き、2次元で描きます`,
    });
  }
  return { features, fields: columns, rejected, notes };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The row's cells by column name; a column named "__proto__" stays an ordinary property. */
function properties(columns: readonly string[], row: readonly CellValue[], hostileKey: boolean): UserProperties {
  const out: UserProperties = {};
  for (let c = 0; c < columns.length; c++) {
    const value = row[c] ?? null;
    if (hostileKey && columns[c] === '__proto__')
      Object.defineProperty(out, '__proto__', { value, enumerable: true, writable: true, configurable: true });
    else out[columns[c]!] = value;
  }
  return out;
}

function placeRow(context: Context, row: readonly CellValue[], rowNumber: number): Placed {
  const { table, placement } = context;
  const columns = placement.columns;
  switch (columns.kind) {
    case 'pair': {
      const latColumn = placement.swap ? columns.lon : columns.lat;
      const lonColumn = placement.swap ? columns.lat : columns.lon;
      return placePoint(
        context,
        rowNumber,
        row[latColumn] ?? null,
        table.columns[latColumn]!,
        row[lonColumn] ?? null,
        table.columns[lonColumn]!,
      );
    }
    case 'single': {
      const name = table.columns[columns.column]!;
      const cell = row[columns.column] ?? null;
      const parts = splitPair(cell);
      if (parts === null) return { rejected: { column: name, reason: pairReason(rowNumber, name, isBlankCell(cell) ? null : cell) } };
      const latFirst = (columns.order === 'lat,lon') !== placement.swap;
      const [lat, lon] = latFirst ? parts : [parts[1], parts[0]];
      return placePoint(context, rowNumber, lat, name, lon, name);
    }
    case 'wkt': {
      const name = table.columns[columns.column]!;
      const cell = row[columns.column] ?? null;
      if (isBlankCell(cell)) return { rejected: { column: name, reason: wktReason(rowNumber, name, null, 'blank', '') } };
      const result = readWkt(String(cell), placement.units, placement.swap);
      if (result.problem !== null)
        return { rejected: { column: name, reason: wktReason(rowNumber, name, cell, result.problem, result.detail) } };
      return { geometry: result.geometry, dropped3d: result.dropped3d, fromMercator: result.fromMercator };
    }
  }
}

function placePoint(context: Context, rowNumber: number, latCell: CellValue, latName: string, lonCell: CellValue, lonName: string): Placed {
  const mercator = context.placement.units === 'web-mercator';
  const lat = parseNumber(latCell, context.latOptions);
  if (lat.problem !== null)
    return { rejected: { column: latName, reason: numberReason(rowNumber, latName, latCell, lat.problem, AXIS_NAME.lat) } };
  const lon = parseNumber(lonCell, context.lonOptions);
  if (lon.problem !== null)
    return { rejected: { column: lonName, reason: numberReason(rowNumber, lonName, lonCell, lon.problem, AXIS_NAME.lon) } };
  const latitude = mercator ? mercatorToLatitude(lat.value) : lat.value;
  const longitude = mercator ? mercatorToLongitude(lon.value) : lon.value;
  if (!(Math.abs(latitude) <= 90))
    return { rejected: { column: latName, reason: rangeReason(rowNumber, latName, latCell, latitude, 'latitude', mercator) } };
  if (!(Math.abs(longitude) <= 180))
    return { rejected: { column: lonName, reason: rangeReason(rowNumber, lonName, lonCell, longitude, 'longitude', mercator) } };
  return { geometry: { type: 'Point', coordinates: [longitude, latitude] }, dropped3d: false, fromMercator: mercator };
}
