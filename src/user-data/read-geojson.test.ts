import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGeoJson, withLineAndColumn } from './read-geojson.ts';

describe('readGeoJson', () => {
  it('reads UTF-8 GeoJSON with a byte-order mark and Japanese properties', () => {
    const text = '\uFEFF{"type":"Feature","geometry":{"type":"Point","coordinates":[139.7,35.7]},"properties":{"名前":"東京港"}}';
    const result = readGeoJson(strToU8(text), 'ports.geojson');
    expect(result.ok && result.value.kind === 'features' && result.value.result.features[0]?.properties).toEqual({ 名前: '東京港' });
  });

  it('reads a JSON list of records as a table, blanks as null and nested values as JSON text', () => {
    const text = '[{"name":"Suva","lat":-18.14,"lon":178.44},{"name":"Apia","lon":-171.76,"lat":-13.83,"tags":["port"]},{"":1}]';
    const result = readGeoJson(strToU8(text), 'ports.json');
    expect(result.ok && result.value).toEqual({
      kind: 'table',
      table: {
        columns: ['name', 'lat', 'lon', 'tags', 'column 5'],
        rows: [
          ['Suva', -18.14, 178.44, null, null],
          ['Apia', -13.83, -171.76, '["port"]', null],
          [null, null, null, null, 1],
        ],
        rowNumbers: [1, 2, 3],
        notes: ['A JSON list of records: read as a table.'],
      },
    });
  });

  it.each([
    ['', 'empty', 'is empty'],
    ['[1,2]', 'not-what-it-says', 'a JSON list, not GeoJSON'],
    ['  \n ', 'empty', 'is empty'],
    ['{"type":"FeatureCollection","features":[]}', 'empty', 'holds no features'],
    ['{"type":"FeatureCollection",\n"features":[}', 'unreadable', 'line 2'],
    ['{"type":"FeatureCollection","features":[', 'unreadable', 'is not valid JSON'],
  ])('%j → %s', (text, code, words) => {
    const result = readGeoJson(strToU8(text), 'x.geojson');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.en).toContain(words);
    expect(result.error.message.ja).toContain('「x.geojson」');
  });
});

describe('withLineAndColumn', () => {
  it.each([
    ['ab\ncd}', 'line 1, column 1: “ab'],
    ['{"a":1,\n "b":}', 'line 2, column 6: “}”'],
    ['{"a":[1,2', 'line 1, column 10: the end of the file'],
    ['{"a":"x\ny"}', 'line 1, column 8: “'],
    ['[1,]', 'line 1, column 4: “]”'],
    ['{"a":01}', 'line 1, column 7: “1}”'],
    ['{"a":1} x', 'line 1, column 9: “x”'],
  ])('%j', (text, place) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(withLineAndColumn('Unexpected token', text)).toContain(`Unexpected token (${place}`);
  });

  it('adds nothing when the text is valid JSON', () => {
    expect(withLineAndColumn('odd', '\uFEFF {"a":[1,-2.5e3,true,false,null,"\\u00e9"]} ')).toBe('odd');
  });
});
