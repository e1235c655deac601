import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readShapefile } from './read-shapefile.ts';
import type { UserFeatures } from './types.ts';

/** A shape: a point, or a polyline's or polygon's parts; null for a null shape. */
type Shape = readonly [number, number] | readonly (readonly (readonly [number, number])[])[] | null;

/** A .shp file of one shape type (1 point, 3 polyline, 5 polygon), written as the ESRI white paper says. */
function shpFile(shapeType: 1 | 3 | 5, shapes: readonly Shape[]): Uint8Array {
  const records = shapes.map((shape) => {
    if (shape === null) {
      const view = new DataView(new ArrayBuffer(4));
      view.setInt32(0, 0, true);
      return view;
    }
    if (shapeType === 1) {
      const [x, y] = shape as readonly [number, number];
      const view = new DataView(new ArrayBuffer(20));
      view.setInt32(0, 1, true);
      view.setFloat64(4, x, true);
      view.setFloat64(12, y, true);
      return view;
    }
    const parts = shape as readonly (readonly (readonly [number, number])[])[];
    const points = parts.flat();
    const view = new DataView(new ArrayBuffer(44 + 4 * parts.length + 16 * points.length));
    view.setInt32(0, shapeType, true);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) => view.setFloat64(4 + 8 * i, v, true));
    view.setInt32(36, parts.length, true);
    view.setInt32(40, points.length, true);
    let start = 0;
    parts.forEach((part, i) => {
      view.setInt32(44 + 4 * i, start, true);
      start += part.length;
    });
    points.forEach(([x, y], i) => {
      view.setFloat64(44 + 4 * parts.length + 16 * i, x, true);
      view.setFloat64(52 + 4 * parts.length + 16 * i, y, true);
    });
    return view;
  });
  const length = 100 + records.reduce((sum, r) => sum + 8 + r.byteLength, 0);
  const out = new Uint8Array(length);
  const header = new DataView(out.buffer);
  header.setInt32(0, 9994, false);
  header.setInt32(24, length / 2, false);
  header.setInt32(28, 1000, true);
  header.setInt32(32, shapeType, true);
  let offset = 100;
  records.forEach((record, i) => {
    header.setInt32(offset, i + 1, false);
    header.setInt32(offset + 4, record.byteLength / 2, false);
    out.set(new Uint8Array(record.buffer), offset + 8);
    offset += 8 + record.byteLength;
  });
  return out;
}

/** A dBASE III .dbf of text (C) and number (N) fields, UTF-8 (say so with a .cpg). */
function dbfFile(
  fields: readonly { name: string; type: 'C' | 'N'; length: number }[],
  rows: readonly (readonly (string | number)[])[],
): Uint8Array {
  const encoder = new TextEncoder();
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, f) => sum + f.length, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((field, i) => {
    out.set(encoder.encode(field.name), 32 + 32 * i);
    out[32 + 32 * i + 11] = field.type.charCodeAt(0);
    out[32 + 32 * i + 16] = field.length;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let offset = headerLength + r * recordLength;
    out[offset++] = 0x20;
    fields.forEach((field, i) => {
      const text = String(row[i] ?? '');
      const bytes = new Uint8Array(field.length).fill(0x20);
      const encoded = encoder.encode(text).subarray(0, field.length);
      bytes.set(encoded, field.type === 'N' ? field.length - encoded.length : 0);
      out.set(bytes, offset);
      offset += field.length;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

const WGS84 = strToU8(
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
);
const UTM54N = strToU8(
  'PROJCS["WGS 84 / UTM zone 54N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",141],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]',
);
const FIELDS = [
  { name: 'NAME', type: 'C', length: 24 },
  { name: 'BERTHS', type: 'N', length: 6 },
] as const;
const PORTS = dbfFile(FIELDS, [
  ['横浜港', 12],
  ['<b>Suva</b>', 3],
]);

async function read(files: Record<string, Uint8Array>): Promise<UserFeatures> {
  const result = await readShapefile(zipSync(files), 'ports.zip');
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe('readShapefile', () => {
  it('reads points and their fields, with no note for a WGS 84 .prj', async () => {
    const result = await read({
      'ports.shp': shpFile(1, [
        [139.64, 35.45],
        [178.44, -18.14],
      ]),
      'ports.dbf': PORTS,
      'ports.cpg': strToU8('UTF-8'),
      'ports.prj': WGS84,
    });
    expect(result.features.map((f) => [f.geometry, f.properties])).toEqual([
      [
        { type: 'Point', coordinates: [139.64, 35.45] },
        { NAME: '横浜港', BERTHS: 12 },
      ],
      [
        { type: 'Point', coordinates: [178.44, -18.14] },
        { NAME: '<b>Suva</b>', BERTHS: 3 },
      ],
    ]);
    expect(result.notes).toEqual([]);
  });

  it('reprojects from the .prj and says from what', async () => {
    const result = await read({ 'utm.shp': shpFile(1, [[500000, 3873043]]), 'utm.prj': UTM54N });
    const point = result.features[0]?.geometry;
    expect(point?.type === 'Point' && point.coordinates[0]).toBeCloseTo(141, 6);
    expect(point?.type === 'Point' && point.coordinates[1]).toBeCloseTo(35, 3);
    expect(result.notes.map((n) => n.en)).toEqual([
      'Reprojected from WGS 84 / UTM zone 54N to WGS 84 longitude and latitude.',
      'No .dbf file: the features have no fields.',
    ]);
  });

  it('says when there is no .prj and WGS 84 was assumed', async () => {
    const result = await read({ 'a.shp': shpFile(1, [[1, 2]]), 'a.dbf': dbfFile(FIELDS, [['A', 1]]) });
    expect(result.notes.map((n) => n.en)).toEqual(['No .prj file: coordinates assumed to be WGS 84 longitude and latitude.']);
  });

  it('says when proj4 could not use the .prj, and lists the features it then cannot place', async () => {
    const result = await read({ 'a.shp': shpFile(1, [[5e7, 6e7]]), 'a.prj': strToU8('PROJCS["Made up grid",NONSENSE[1]]') });
    expect(result.notes[0]?.en).toContain('(Made up grid) that could not be used');
    expect(result.rejected[0]?.reason.en).toContain('outside ±180°');
  });

  it('reads every layer of a zip, naming each feature’s layer', async () => {
    const result = await read({
      'data/ports.shp': shpFile(1, [[139.64, 35.45]]),
      'data/ports.prj': WGS84,
      'data/routes.shp': shpFile(3, [
        [
          [
            [170, -10],
            [-170, -12],
          ],
        ],
      ]),
      'data/routes.prj': WGS84,
    });
    expect(result.features.map((f) => f.properties.layer)).toEqual(['ports', 'routes']);
    const line = result.features[1]?.geometry;
    // Through proj4 even for WGS 84, so to within rounding.
    const rounded = line?.type === 'LineString' ? line.coordinates.map((p) => p.map((v) => Math.round(v * 1e9) / 1e9)) : null;
    expect(rounded).toEqual([
      [170, -10],
      [190, -12],
    ]);
    expect(result.notes[0]?.en).toBe(
      'The zip holds 2 shapefiles (ports, routes): all were read, and each feature\'s "layer" field names its own.',
    );
  });

  it('reads polygons and lists null shapes as having no geometry', async () => {
    const ring: (readonly [number, number])[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const result = await read({ 'p.shp': shpFile(5, [[ring], null]), 'p.prj': WGS84 });
    expect(result.features[0]?.geometry.type).toBe('Polygon');
    expect(result.rejected).toMatchObject([{ row: 2, reason: { en: 'no geometry' } }]);
  });

  it('refuses a zip with no .shp in it', async () => {
    const result = await readShapefile(zipSync({ 'a.dbf': PORTS }), 'a.zip');
    expect(result.ok ? null : result.error.message.en).toContain('holds no .shp file');
  });
});
