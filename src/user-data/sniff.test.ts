import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniffKind } from './sniff.ts';

const text = (s: string) => strToU8(s);
const zip = (...names: string[]) => zipSync(Object.fromEntries(names.map((n) => [n, text('x')])));
const PDF = text('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const XLS = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const GEOJSON = text('\uFEFF  {"type":"FeatureCollection","features":[]}');
const KML = text('<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>');
const CSV = text('name,lat,lon\nA,1,2\n');
const TSV = text('name\tlat\tlon\nA\t1\t2\n');

describe('sniffKind reads what the name and the bytes agree on', () => {
  it.each([
    ['points.geojson', GEOJSON, 'geojson'],
    ['points.JSON', GEOJSON, 'geojson'],
    ['broken.json', text('not json at all'), 'geojson'], // the JSON reader names the position
    ['rows.csv', CSV, 'csv'],
    ['rows.tsv', TSV, 'tsv'],
    ['rows.txt', TSV, 'tsv'],
    ['rows.txt', CSV, 'csv'],
    ['unicode.txt', new Uint8Array([0xff, 0xfe, 0x61, 0, 0x09, 0, 0x62, 0]), 'tsv'],
    ['book.xlsx', zip('[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'), 'xlsx'],
    ['places.kml', KML, 'kml'],
    ['places.kmz', zip('doc.kml', 'files/icon.png'), 'kmz'],
    ['ports.zip', zip('ports/ports.shp', 'ports/ports.shx', 'ports/ports.dbf', 'ports/ports.prj'), 'shapefile'],
    ['ports.zip', zip('__MACOSX/._ports.shp', 'ports.SHP', 'ports.dbf'), 'shapefile'],
    ['tour.zip', zip('doc.kml'), 'kmz'],
    ['ports.shp', zip('ports.shp', 'ports.dbf'), 'shapefile'],
    ['no-extension', GEOJSON, 'geojson'],
    ['no-extension', CSV, 'csv'],
  ] as const)('%s → %s', (name, bytes, kind) => {
    expect(sniffKind(name, bytes)).toEqual({ ok: true, value: kind });
  });
});

describe('sniffKind names what a misnamed file looks like', () => {
  it.each([
    ['rows.csv', zip('xl/workbook.xml'), 'an Excel workbook (.xlsx)', 'Rename it to end in .xlsx'],
    ['rows.csv', PDF, 'a PDF document', 'Open a GeoJSON'],
    ['rows.csv', PNG, 'a PNG image', 'Open a GeoJSON'],
    ['rows.csv', text('<!DOCTYPE html><html><body>Sign in</body></html>'), 'a web page (HTML)', 'Open a GeoJSON'],
    ['rows.csv', zip('readme.txt'), 'a zip archive', 'Open a GeoJSON'],
    ['rows.csv', GEOJSON, 'JSON', 'Rename it to end in .geojson'],
    ['book.xlsx', CSV, 'plain text (CSV or similar)', 'Rename it to end in .csv'],
    ['book.xlsx', XLS, 'an older Excel workbook (.xls)', 'save it as .xlsx or CSV'],
    ['points.geojson', KML, 'KML', 'Rename it to end in .kml'],
    ['places.kml', zip('doc.kml'), 'a KMZ (zipped KML)', 'Rename it to end in .kmz'],
    ['places.kmz', KML, 'KML', 'Rename it to end in .kml'],
  ] as const)('%s holding %s', (name, bytes, looks, advice) => {
    const result = sniffKind(name, bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-what-it-says');
    expect(result.error.message.en).toContain(`looks like ${looks}.`);
    expect(result.error.message.en).toContain(advice);
    expect(result.error.message.ja).toContain(`「${name}」`);
  });
});

describe('sniffKind refuses with a specific message', () => {
  it.each([
    ['ports.shp', new Uint8Array([0, 0, 0x27, 0x0a, 0, 0]), 'unknown-kind', 'put them together in one .zip'],
    ['ports.dbf', new Uint8Array([3, 120, 1, 1, 0, 0]), 'unknown-kind', 'one part of a shapefile'],
    ['old.xls', XLS, 'unknown-kind', 'older Excel workbook (.xls)'],
    ['photos.zip', zip('a.jpg', 'b.jpg'), 'unknown-kind', 'no shapefile (.shp), KML or spreadsheet'],
    ['ports.zip', zip('ports.dbf', 'ports.shx', 'ports.prj'), 'unknown-kind', 'but not its .shp'],
    ['report.docx', zip('word/document.xml'), 'unknown-kind', 'looks like a Word document'],
    ['notes.md', text('# notes'), 'unknown-kind', 'Open a GeoJSON (.geojson, .json), CSV'],
    ['cut.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'unreadable', 'could not be opened'],
  ] as const)('%s', (name, bytes, code, words) => {
    const result = sniffKind(name, bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.en).toContain(words);
    expect(result.error.message.ja.length).toBeGreaterThan(10);
  });
});
