/** Files shaped like real downloads, read, detected and placed end to end (the "Done means"). */
import { describe, expect, it } from 'vitest';
import { placeTable } from './place-table';
import { readTable, type TableFileKind } from './read-table';
import { rejectedRowsCsv } from './rejected-csv';
import { shiftJis } from './testing/shift-jis';
import { makeXlsx } from './testing/xlsx';
import type { ReadOutcome, UserFeatures } from './types';

async function open(bytes: Uint8Array, kind: TableFileKind): Promise<Extract<ReadOutcome, { kind: 'table' }>> {
  const result = await readTable(bytes, kind);
  if (!result.ok) throw new Error(result.error.message.en);
  if (result.value.kind !== 'table') throw new Error('not a table');
  return result.value;
}

function place(outcome: Extract<ReadOutcome, { kind: 'table' }>): UserFeatures {
  if (!outcome.detection.placement) throw new Error('nothing detected');
  return placeTable(outcome.table, outcome.detection.placement);
}

describe('readTable: files as people download them', () => {
  it('a Shift_JIS CSV saved from Excel with 緯度/経度 columns draws in the right place, every skipped row explained', async () => {
    const bytes = shiftJis('名称,緯度,経度\r\n東京,35.68,139.76\r\n名称,,139.76\r\n東京,abc,139.76\r\n');
    const outcome = await open(bytes, 'csv');
    expect(outcome.table.bilingualNotes?.[0]?.en).toMatch(/^Encoding: Shift_JIS/);
    expect(outcome.detection.notes[0]?.ja).toBe('座標: 緯度は列「緯度」、経度は列「経度」');
    const placed = place(outcome);
    expect(placed.features.map((f) => f.geometry)).toEqual([{ type: 'Point', coordinates: [139.76, 35.68] }]);
    expect(placed.features[0]?.properties['名称']).toBe('東京');
    expect(placed.rejected.map((r) => r.reason.ja)).toEqual([
      '3行目の列「緯度」: 緯度が空欄です',
      '4行目の列「緯度」: 「abc」は数値ではありません',
    ]);
  });

  it('a CSV in Web Mercator metres with line breaks inside quoted names draws in the right places', async () => {
    const text = 'name,x,y\r\n"Port of\r\nColombo",8888416.1,772659.1\r\n"Tokyo\nStation",15558802.4,4256843.2\r\n"Bad, row",n/a,1\r\n';
    const outcome = await open(new TextEncoder().encode(text), 'csv');
    expect(outcome.detection.placement?.units).toBe('web-mercator');
    const placed = place(outcome);
    const coordinates = placed.features.map((f) =>
      f.geometry.type === 'Point' ? f.geometry.coordinates.map((c) => Number(c.toFixed(3))) : null,
    );
    expect(coordinates).toEqual([
      [79.846, 6.924],
      [139.767, 35.681],
    ]);
    expect(placed.features[0]?.properties['name']).toBe('Port of\r\nColombo');
    expect(placed.rejected).toHaveLength(1);
    expect(placed.rejected[0]?.reason.en).toBe('Row 4, column x: "n/a" is not a number');
    expect(placed.notes[0]?.en).toBe('Converted from Web Mercator (EPSG:3857) metres to degrees: 2 rows');
  });

  it('a European semicolon CSV with decimal commas', async () => {
    const outcome = await open(new TextEncoder().encode('Projekt;Breite;Länge\nHafen;6,924;79,846\n'), 'csv');
    expect(place(outcome).features[0]?.geometry).toEqual({ type: 'Point', coordinates: [79.846, 6.924] });
  });

  it('a workbook with numbers in its coordinate columns', async () => {
    const outcome = await open(
      makeXlsx([
        {
          name: 'Projects',
          rows: [
            ['Project', 'Latitude', 'Longitude'],
            ['Port', 6.924, 79.846],
          ],
        },
      ]),
      'xlsx',
    );
    expect(place(outcome).features[0]?.geometry).toEqual({ type: 'Point', coordinates: [79.846, 6.924] });
  });

  it('a QGIS-style export with a WKT column of 3-D lines, one of them invalid', async () => {
    const text = 'WKT,name\n"LINESTRING Z (179.5 -17 0, -179.5 -16.5 0)",cable\n"LINESTRING (1 2, 3)",broken\n';
    const placed = place(await open(new TextEncoder().encode(text), 'csv'));
    expect(placed.features[0]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [179.5, -17],
        [-179.5, -16.5],
      ],
    });
    expect(placed.rejected[0]?.reason.en).toMatch(/^Row 3, column WKT: "LINESTRING \(1 2, 3\)" is not readable WKT/);
    expect(placed.notes.map((n) => n.en)).toContain('Heights (Z) dropped from 1 geometry: drawn in 2-D');
  });

  it('the rejected rows download holds the original cells, formula-guarded', async () => {
    const outcome = await open(new TextEncoder().encode("name,lat,lon\n=cmd|' /C calc'!A0,x,1\n"), 'csv');
    const placed = place(outcome);
    const csv = rejectedRowsCsv(placed.rejected, placed.fields);
    expect(csv.split('\r\n')[1]).toBe(
      '2,lat,"Row 2, column lat: ""x"" is not a number",2行目の列「lat」: 「x」は数値ではありません,"\'=cmd|\' /C calc\'!A0",x,1',
    );
  });
});
