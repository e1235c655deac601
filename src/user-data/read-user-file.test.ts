import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../lib/result.ts';
import { LIMITS } from './limits.ts';
import { readUserFile, type TableSteps } from './read-user-file.ts';
import type { Detection, UserTable } from './types.ts';

const TABLE: UserTable = { columns: ['lat', 'lon'], rows: [[35.7, 139.7]], rowNumbers: [2], notes: ['UTF-8'] };
const DETECTION: Detection = {
  placement: { columns: { kind: 'pair', lat: 0, lon: 1 }, units: 'degrees', swap: false },
  notes: [],
  swapSuspected: false,
};

/** Table steps that record what they were asked, instead of the real readers (on their own branch). */
function fakeSteps(overrides: Partial<TableSteps> = {}): TableSteps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    readTable: (bytes, kind) => {
      calls.push(`read ${kind} ${bytes.length}`);
      return Promise.resolve(ok(TABLE));
    },
    detect: (table) => {
      calls.push(`detect ${table.columns.join(',')}`);
      return Promise.resolve(DETECTION);
    },
    ...overrides,
  };
}

const GEOJSON = strToU8('{"type":"Point","coordinates":[139.7,35.7]}');
const KML = strToU8('<kml><Placemark><Point><coordinates>139.7,35.7</coordinates></Point></Placemark></kml>');

describe('readUserFile dispatches by kind', () => {
  it.each([
    ['a.geojson', GEOJSON, 'geojson'],
    ['a.kml', KML, 'kml'],
    ['a.kmz', zipSync({ 'doc.kml': KML }), 'kmz'],
  ] as const)('%s → features', async (name, bytes, fileKind) => {
    const result = await readUserFile(bytes, name, fakeSteps());
    expect(result.ok && result.value.kind === 'features' && [result.value.fileKind, result.value.result.features.length]).toEqual([
      fileKind,
      1,
    ]);
  });

  it.each([
    ['a.csv', strToU8('lat,lon\n1,2\n'), 'csv'],
    ['a.tsv', strToU8('lat\tlon\n1\t2\n'), 'tsv'],
    ['a.xlsx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'xlsx'],
  ] as const)('%s → a table with its detection', async (name, bytes, kind) => {
    const steps = fakeSteps();
    const result = await readUserFile(bytes, name, steps);
    expect(result).toEqual({ ok: true, value: { kind: 'table', fileKind: kind, table: TABLE, detection: DETECTION } });
    expect(steps.calls).toEqual([`read ${kind} ${bytes.length}`, 'detect lat,lon']);
  });

  it('reads a .json list of records as a table and detects its coordinates', async () => {
    const steps = fakeSteps();
    const result = await readUserFile(strToU8('[{"lat":35.7,"lon":139.7}]'), 'a.json', steps);
    expect(
      result.ok && result.value.kind === 'table' && [result.value.fileKind, result.value.table.columns, result.value.detection],
    ).toEqual(['geojson', ['lat', 'lon'], DETECTION]);
    expect(steps.calls).toEqual(['detect lat,lon']);
  });

  it('passes on a table reader’s error without detecting', async () => {
    const steps = fakeSteps({ readTable: () => Promise.resolve(err({ code: 'empty', message: { en: 'no rows', ja: '行なし' } })) });
    const result = await readUserFile(strToU8('x'), 'a.csv', steps);
    expect(result).toEqual({ ok: false, error: { code: 'empty', message: { en: 'no rows', ja: '行なし' } } });
    expect(steps.calls).toEqual([]);
  });
});

describe('readUserFile refuses with a message, never a crash', () => {
  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    const steps = fakeSteps();
    const result = await readUserFile(new Uint8Array(LIMITS.bytes + 1), 'huge.csv', steps);
    expect(result.ok ? null : result.error.code).toBe('too-large');
    expect(result.ok ? '' : result.error.message.en).toContain('files of up to 100 MB can be opened');
    expect(steps.calls).toEqual([]);
  });

  it.each([
    ['an empty file', 'a.csv', new Uint8Array(0), 'empty'],
    ['a PDF named .csv', 'a.csv', strToU8('%PDF-1.4'), 'not-what-it-says'],
    ['a lone .shp', 'a.shp', new Uint8Array([0, 0, 0x27, 0x0a]), 'unknown-kind'],
    ['broken JSON', 'a.geojson', strToU8('{"type":'), 'unreadable'],
  ] as const)('%s', async (_, name, bytes, code) => {
    const result = await readUserFile(bytes, name, fakeSteps());
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it.each([
    [
      'a table reader',
      fakeSteps({ readTable: () => Promise.reject(new Error('Unexpected end of ZIP')) }),
      'a.xlsx',
      zipSync({ 'xl/workbook.xml': strToU8('<') }),
    ],
    ['detection', fakeSteps({ detect: () => Promise.reject(new TypeError('cannot read x')) }), 'a.csv', strToU8('a\n1')],
    ['shpjs on a broken .shp', fakeSteps(), 'a.zip', zipSync({ 'a.shp': new Uint8Array([1, 2, 3]) })],
  ])('turns what %s throws into an unreadable error naming the file', async (_, steps, name, bytes) => {
    const result = await readUserFile(bytes, name, steps);
    expect(result.ok ? null : result.error.code).toBe('unreadable');
    expect(result.ok ? '' : result.error.message.en).toMatch(new RegExp(`^“${name}” could not be read: .+`));
    expect(result.ok ? '' : result.error.message.ja).toContain(`「${name}」を読めませんでした`);
  });
});
