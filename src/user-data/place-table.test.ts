import { describe, expect, it } from 'vitest';
import { placeTable } from './place-table';
import { makeTable } from './testing/table';
import type { CellValue, Placement, UserFeatures } from './types';

const PAIR: Placement = { columns: { kind: 'pair', lat: 1, lon: 2 }, units: 'degrees', swap: false };

function point(result: UserFeatures, index: number): number[] {
  const geometry = result.features[index]?.geometry;
  if (geometry?.type !== 'Point') throw new Error(`feature ${index} is not a point`);
  return geometry.coordinates;
}

describe('placeTable: points from a pair of columns', () => {
  const table = makeTable(
    ['名称', '緯度', '経度'],
    [
      ['東京', '35.68', '139.76'],
      ['Sydney', '-33.87', 151.21],
    ],
  );
  const result = placeTable(table, PAIR);

  it('places each row as a point at lon, lat', () => {
    expect(point(result, 0)).toEqual([139.76, 35.68]);
    expect(point(result, 1)).toEqual([151.21, -33.87]);
  });

  it('keeps every cell as a property by column name, the coordinates too', () => {
    expect(result.features[0]?.properties).toEqual({ 名称: '東京', 緯度: '35.68', 経度: '139.76' });
    expect(result.fields).toEqual(['名称', '緯度', '経度']);
  });

  it('numbers the features 0…n−1', () => {
    expect(result.features.map((f) => f.id)).toEqual([0, 1]);
    expect(result.rejected).toEqual([]);
    expect(result.notes).toEqual([]);
  });
});

describe('placeTable: rows it cannot place are listed with row, column and reason', () => {
  it.each<[string, readonly CellValue[], string, string, string]>([
    ['a blank latitude', ['a', null, '139.7'], '緯度', 'Row 2, column 緯度: the latitude is blank', '2行目の列「緯度」: 緯度が空欄です'],
    [
      'text for a number',
      ['a', 'abc', '139.7'],
      '緯度',
      'Row 2, column 緯度: "abc" is not a number',
      '2行目の列「緯度」: 「abc」は数値ではありません',
    ],
    [
      'a latitude out of range',
      ['a', '95.5', '139.7'],
      '緯度',
      'Row 2, column 緯度: 95.5 is out of range for a latitude (−90 to 90)',
      '2行目の列「緯度」: 95.5は緯度の範囲(−90〜90)外です',
    ],
    [
      'a longitude out of range',
      ['a', '35', '-181'],
      '経度',
      'Row 2, column 経度: -181 is out of range for a longitude (−180 to 180)',
      '2行目の列「経度」: -181は経度の範囲(−180〜180)外です',
    ],
    [
      "a longitude's hemisphere on a latitude",
      ['a', '35E', '139'],
      '緯度',
      'Row 2, column 緯度: "35E" has a hemisphere letter that is not a latitude\'s',
      '2行目の列「緯度」: 「35E」の方位の文字は緯度のものではありません',
    ],
    [
      'a decimal comma in a comma-separated file',
      ['a', '35,6', '139.7'],
      '緯度',
      'Row 2, column 緯度: "35,6" has a comma, which cannot be a decimal comma in a comma-separated file (write a point, or save with semicolons)',
      '2行目の列「緯度」: 「35,6」のカンマは、カンマ区切りのファイルでは小数点として読めません(小数点は「.」にするか、セミコロン区切りで保存してください)',
    ],
    [
      'a hostile string',
      ['a', '<img src=x onerror=alert(1)>', '1'],
      '緯度',
      'Row 2, column 緯度: "<img src=x onerror=alert(1)>" is not a number',
      '2行目の列「緯度」: 「<img src=x onerror=alert(1)>」は数値ではありません',
    ],
  ])('%s', (_name, row, column, en, ja) => {
    const result = placeTable(makeTable(['名称', '緯度', '経度'], [row]), PAIR);
    expect(result.features).toEqual([]);
    expect(result.rejected).toEqual([{ row: 2, column, reason: { en, ja }, cells: row }]);
  });

  it("uses the file's own row numbers and places the rest", () => {
    const table = {
      ...makeTable(
        ['n', 'lat', 'lon'],
        [
          ['a', '1', '2'],
          ['b', 'x', '2'],
          ['c', '3', '4'],
        ],
      ),
      rowNumbers: [2, 5, 9],
    };
    const result = placeTable(table, PAIR);
    expect(result.features.map((f) => f.properties['n'])).toEqual(['a', 'c']);
    expect(result.features.map((f) => f.id)).toEqual([0, 1]);
    expect(result.rejected.map((r) => r.row)).toEqual([5]);
  });

  it('shortens a very long value in the message', () => {
    const result = placeTable(makeTable(['n', 'lat', 'lon'], [['a', 'x'.repeat(500), '1']]), PAIR);
    expect(result.rejected[0]?.reason.en.length).toBeLessThan(120);
    expect(result.rejected[0]?.reason.en).toContain('…');
  });
});

describe('placeTable: units, swaps and one-column pairs', () => {
  it('converts Web Mercator metres and says so', () => {
    const placement: Placement = { columns: { kind: 'pair', lat: 1, lon: 0 }, units: 'web-mercator', swap: false };
    const result = placeTable(makeTable(['x', 'y'], [['15558802.4', '4256843.2']]), placement);
    const [lon, lat] = point(result, 0);
    expect(lon).toBeCloseTo(139.7671, 4);
    expect(lat).toBeCloseTo(35.6812, 4);
    expect(result.features[0]?.properties).toEqual({ x: '15558802.4', y: '4256843.2' });
    expect(result.notes[0]?.en).toBe('Converted from Web Mercator (EPSG:3857) metres to degrees: 1 row');
  });

  it('refuses metres beyond the projection, saying what they convert to', () => {
    const placement: Placement = { columns: { kind: 'pair', lat: 1, lon: 0 }, units: 'web-mercator', swap: false };
    const result = placeTable(makeTable(['x', 'y'], [['25000000', '0']]), placement);
    expect(result.rejected[0]?.reason.en).toBe(
      'Row 2, column x: 25000000 m converts to 224.5788°, out of range for a longitude (−180 to 180)',
    );
  });

  it('reads latitude and longitude swapped when asked, naming the columns as read', () => {
    const result = placeTable(
      makeTable(
        ['n', 'lat', 'lon'],
        [
          ['a', '139.76', '35.68'],
          ['b', '1', 'x'],
        ],
      ),
      { ...PAIR, swap: true },
    );
    expect(point(result, 0)).toEqual([139.76, 35.68]);
    expect(result.rejected[0]?.column).toBe('lon');
    expect(result.rejected[0]?.reason.en).toBe('Row 3, column lon: "x" is not a number');
    expect(result.notes.map((n) => n.en)).toContain('Latitude and longitude read swapped, as chosen');
  });

  it.each<[string, 'lat,lon' | 'lon,lat', boolean, number[]]>([
    ['35.68, 139.76', 'lat,lon', false, [139.76, 35.68]],
    ['139.76 35.68', 'lon,lat', false, [139.76, 35.68]],
    ['139.76, 35.68', 'lat,lon', true, [139.76, 35.68]],
    ["35°40'52\"N, 139°45'E", 'lat,lon', false, [139.75, 35 + 40 / 60 + 52 / 3600]],
  ])('reads %j as %s (swap %s)', (cell, order, swap, coordinates) => {
    const result = placeTable(makeTable(['where'], [[cell]]), { columns: { kind: 'single', column: 0, order }, units: 'degrees', swap });
    expect(point(result, 0)[0]).toBeCloseTo(coordinates[0]!, 9);
    expect(point(result, 0)[1]).toBeCloseTo(coordinates[1]!, 9);
  });

  it('refuses a one-column cell that is not two numbers', () => {
    const result = placeTable(makeTable(['where'], [['Tokyo'], [null]]), {
      columns: { kind: 'single', column: 0, order: 'lat,lon' },
      units: 'degrees',
      swap: false,
    });
    expect(result.rejected.map((r) => r.reason.en)).toEqual([
      'Row 2, column where: "Tokyo" is not two numbers ("lat, lon")',
      'Row 3, column where: the coordinates are blank',
    ]);
  });

  it('reads decimal commas in a semicolon-separated file', () => {
    const result = placeTable(makeTable(['n', 'lat', 'lon'], [['a', '35,68', '139,76']], ';'), PAIR);
    expect(point(result, 0)).toEqual([139.76, 35.68]);
  });
});

describe('placeTable: WKT', () => {
  const WKT: Placement = { columns: { kind: 'wkt', column: 1 }, units: 'degrees', swap: false };

  it('draws any geometry, an antimeridian-crossing line as written', () => {
    const result = placeTable(
      makeTable(
        ['n', 'wkt'],
        [
          ['cable', 'LINESTRING (179 10, -179 11)'],
          ['port', 'POINT (79.85 6.93)'],
        ],
      ),
      WKT,
    );
    expect(result.features.map((f) => f.geometry)).toEqual([
      {
        type: 'LineString',
        coordinates: [
          [179, 10],
          [-179, 11],
        ],
      },
      { type: 'Point', coordinates: [79.85, 6.93] },
    ]);
  });

  it('drops heights to 2-D with a note', () => {
    const result = placeTable(
      makeTable(
        ['n', 'wkt'],
        [
          ['a', 'POINT Z (1 2 30)'],
          ['b', 'POINT Z (3 4 50)'],
        ],
      ),
      WKT,
    );
    expect(point(result, 1)).toEqual([3, 4]);
    expect(result.notes.map((n) => n.en)).toEqual(['Heights (Z) dropped from 2 geometries: drawn in 2-D']);
  });

  it.each([
    [null, 'Row 2, column wkt: the geometry is blank'],
    ['garbage', 'Row 2, column wkt: "garbage" is not readable WKT (Expected geometry type)'],
    ['POINT EMPTY', 'Row 2, column wkt: "POINT EMPTY" is an empty geometry'],
    ['POINT (a b)', 'Row 2, column wkt: "POINT (a b)" has a coordinate that is not a number'],
    ['SRID=2451;POINT (1 2)', 'Row 2, column wkt: "SRID=2451;POINT (1 2)" is in SRID 2451, which is not read here (only 4326 and 3857)'],
  ])('refuses %j: %s', (cell, en) => {
    const result = placeTable(makeTable(['n', 'wkt'], [['a', cell]]), WKT);
    expect(result.rejected[0]?.reason.en).toBe(en);
    expect(result.rejected[0]?.column).toBe('wkt');
  });
});

describe('placeTable: hostile column names', () => {
  it('keeps a column named __proto__ as an ordinary property', () => {
    const result = placeTable(makeTable(['__proto__', 'lat', 'lon'], [['{"polluted":true}', '1', '2']]), PAIR);
    const properties = result.features[0]!.properties;
    expect(Object.keys(properties)).toEqual(['__proto__', 'lat', 'lon']);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
