import { describe, expect, it } from 'vitest';
import { detectCoordinates } from './detect-coordinates';
import { makeTable } from './testing/table';
import type { CellValue, CoordinateColumns } from './types';

const TOKYO: readonly CellValue[] = ['35.68', '139.76'];

describe('detectCoordinates: a latitude/longitude pair by name', () => {
  it.each<[string, string, string]>(
    [
      ['lat', 'lon'],
      ['Latitude', 'Longitude'],
      ['LAT', 'LNG'],
      ['lat', 'long'],
      ['緯度', '経度'],
      ['Y', 'X'],
      ['ycoord', 'xcoord'],
      ['POINT_Y', 'POINT_X'],
      ['decimalLatitude', 'decimalLongitude'],
      ['Latitude (WGS84)', 'Longitude (WGS84)'],
      ['site lat', 'site lon'],
    ].map(([a, b]) => [`${a} / ${b}`, a!, b!]),
  )('%s', (_name, latName, lonName) => {
    const detection = detectCoordinates(makeTable(['name', lonName, latName], [['Tokyo', TOKYO[1]!, TOKYO[0]!]]));
    expect(detection.placement).toEqual({ columns: { kind: 'pair', lat: 2, lon: 1 }, units: 'degrees', swap: false });
    expect(detection.swapSuspected).toBe(false);
    expect(detection.notes[0]?.en).toBe(`Coordinates: latitude from "${latName}", longitude from "${lonName}"`);
  });

  it('prefers latitude/longitude names to x/y', () => {
    const detection = detectCoordinates(makeTable(['x', 'y', 'lat', 'lon'], [['1', '2', '35.68', '139.76']]));
    expect(detection.placement?.columns).toEqual({ kind: 'pair', lat: 2, lon: 3 });
  });

  it('says so in Japanese', () => {
    expect(detectCoordinates(makeTable(['緯度', '経度'], [TOKYO])).notes[0]?.ja).toBe('座標: 緯度は列「緯度」、経度は列「経度」');
  });
});

describe('detectCoordinates: WKT and one-column pairs', () => {
  it.each<[string, readonly string[], readonly (readonly CellValue[])[], CoordinateColumns]>([
    ['a WKT column by name', ['name', 'WKT'], [['a', 'POINT (139.7 35.6)']], { kind: 'wkt', column: 1 }],
    [
      'a WKT column by its values',
      ['name', 'where'],
      [
        ['a', 'LINESTRING (1 2, 3 4)'],
        ['b', 'POINT(1 2)'],
      ],
      { kind: 'wkt', column: 1 },
    ],
    ['"lat/lon" holding pairs', ['name', 'lat/lon'], [['a', '35.68, 139.76']], { kind: 'single', column: 1, order: 'lat,lon' }],
    ['"lnglat" holding pairs', ['name', 'lnglat'], [['a', '139.76 35.68']], { kind: 'single', column: 1, order: 'lon,lat' }],
    [
      '"coordinates" in lat, lon order (the default)',
      ['coordinates'],
      [['35.68, 139.76'], ['-33.9, 151.2']],
      { kind: 'single', column: 0, order: 'lat,lon' },
    ],
    [
      '"coordinates" whose values say lon, lat',
      ['coordinates'],
      [['139.76, 35.68'], ['151.2, -33.9']],
      { kind: 'single', column: 0, order: 'lon,lat' },
    ],
    ['an unnamed column of pairs', ['name', 'where'], [['a', '35.68, 139.76']], { kind: 'single', column: 1, order: 'lat,lon' }],
  ])('%s', (_name, columns, rows, expected) => {
    expect(detectCoordinates(makeTable(columns, rows)).placement?.columns).toEqual(expected);
  });
});

describe('detectCoordinates: units', () => {
  it('recognises Web Mercator metres and says it converts them', () => {
    const table = makeTable(
      ['x', 'y'],
      [
        ['15558802.4', '4256843.2'],
        ['-8238310.24', '4970071.58'],
      ],
    );
    const detection = detectCoordinates(table);
    expect(detection.placement?.units).toBe('web-mercator');
    expect(detection.notes.map((n) => n.en)).toContain(
      'The values look like Web Mercator (EPSG:3857) metres (beyond ±180 but within ±20,037,508 m): they are converted to degrees',
    );
  });

  it('recognises metres written with thousands separators in a semicolon file', () => {
    const table = makeTable(['X', 'Y'], [['15.558.802,4', '4.256.843,2']], ';');
    expect(detectCoordinates(table).placement?.units).toBe('web-mercator');
  });

  it('keeps degrees when only a few values are out of range (typos, not metres)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [String(35 + i / 10), String(139 + i / 10)]);
    rows.push(['3568', '13976']);
    expect(detectCoordinates(makeTable(['lat', 'lon'], rows)).placement?.units).toBe('degrees');
  });

  it("keeps degrees when values are beyond Web Mercator's extent", () => {
    expect(detectCoordinates(makeTable(['lat', 'lon'], [['35000000', '139000000']])).placement?.units).toBe('degrees');
  });

  it('recognises a WKT column in metres', () => {
    const detection = detectCoordinates(makeTable(['wkt'], [['POINT (15558802.4 4256843.2)']]));
    expect(detection.placement).toEqual({ columns: { kind: 'wkt', column: 0 }, units: 'web-mercator', swap: false });
  });
});

describe('detectCoordinates: swapped latitude and longitude', () => {
  it('suspects a swap when "latitude" goes beyond ±90 while "longitude" stays within', () => {
    const detection = detectCoordinates(
      makeTable(
        ['lat', 'lon'],
        [
          ['139.76', '35.68'],
          ['151.2', '-33.9'],
        ],
      ),
    );
    expect(detection.swapSuspected).toBe(true);
    expect(detection.placement?.swap).toBe(false); // offered, not applied
    expect(detection.notes.some((n) => n.en.includes('may be swapped'))).toBe(true);
  });

  it('does not suspect a swap when the longitudes go beyond ±90 too', () => {
    expect(detectCoordinates(makeTable(['lat', 'lon'], [['95', '139.76']])).swapSuspected).toBe(false);
  });

  it('suspects a swap when a stated "latlon" column holds lon, lat values', () => {
    expect(detectCoordinates(makeTable(['latlon'], [['139.76, 35.68']])).swapSuspected).toBe(true);
  });
});

describe('detectCoordinates: nothing found', () => {
  it('asks the user to choose, in both languages', () => {
    const detection = detectCoordinates(makeTable(['name', 'amount'], [['a', '1']]));
    expect(detection.placement).toBeNull();
    expect(detection.notes[0]?.en).toMatch(/^No coordinate columns found/);
    expect(detection.notes[0]?.ja).toMatch(/^座標の列が見つかりません/);
  });

  it('names the one axis it found', () => {
    const detection = detectCoordinates(makeTable(['name', '緯度'], [['a', '35']]));
    expect(detection.placement).toBeNull();
    expect(detection.notes[0]?.en).toBe('Found a latitude column, "緯度", but no longitude column: choose it');
  });

  it('still places a table of 0 rows by its header', () => {
    expect(detectCoordinates(makeTable(['lat', 'lon'], [])).placement?.columns).toEqual({ kind: 'pair', lat: 0, lon: 1 });
  });
});
