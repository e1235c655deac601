import { describe, expect, it } from 'vitest';
import { collection, indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import { formatIssue, parseDataset, validateDataset, type DataIssue } from './validate.ts';

function issuesOf(...features: unknown[]): string[] {
  const result = validateDataset(collection(...features));
  if (!result.ok) return result.error.map(formatIssue);
  return result.value.issues.map(formatIssue);
}

function broken(edit: (f: Record<string, any>) => void): unknown {
  const feature = structuredClone(palauAirport()) as Record<string, any>;
  edit(feature);
  return feature;
}

describe('validateDataset: valid data', () => {
  it('accepts valid features and reports no issue', () => {
    const result = validateDataset(collection(palauAirport(), indiaCountryLevel()));
    expect(result.ok && result.value.initiatives.map((i) => i.id)).toEqual(['palau-airport-terminal', 'india-data-centre']);
    expect(result.ok && result.value.issues).toEqual([]);
  });
});

describe('validateDataset: each broken field is named with what was expected', () => {
  it.each<[string, (f: Record<string, any>) => void, string]>([
    ['missing summary', (f) => delete f.properties.summary, 'palau-airport-terminal: properties.summary: missing: expected object'],
    ['missing English title', (f) => delete f.properties.title.en, 'palau-airport-terminal: properties.title.en: missing: expected string'],
    [
      'blank Japanese title',
      (f) => (f.properties.title.ja = '  '),
      'palau-airport-terminal: properties.title.ja: expected a non-empty text',
    ],
    ['pillar out of range', (f) => (f.properties.pillar = 4), 'palau-airport-terminal: properties.pillar: expected one of 1, 2, 3, got 4'],
    [
      'unknown country code',
      (f) => (f.properties.countries = ['XYZ']),
      'palau-airport-terminal: properties.countries[0]: expected an ISO 3166-1 alpha-3 country code such as "IND", got "XYZ"',
    ],
    [
      'alpha-2 country code',
      (f) => (f.properties.countries = ['PW']),
      'properties.countries[0]: expected an ISO 3166-1 alpha-3 country code such as "IND", got "PW"',
    ],
    [
      'unknown partner',
      (f) => (f.properties.partners = ['NATO']),
      'properties.partners[0]: expected an ISO 3166-1 alpha-3 country code or one of WB, ADB, ASEAN, EU, IEA, QUAD, PIF, AU, got "NATO"',
    ],
    ['unknown tool', (f) => (f.properties.tools = ['bribes']), 'properties.tools[0]: expected one of "ODA", "OSA"'],
    ['no tool', (f) => (f.properties.tools = []), 'properties.tools: expected at least 1 item(s)'],
    ['precision 7', (f) => (f.properties.precision = 7), 'properties.precision: expected one of 1, 2, 3, 4, 5, 6, 8, got 7'],
    [
      'unknown source document',
      (f) => (f.properties.source.doc = 'blog'),
      'properties.source.doc: expected one of "evolved-foip", "japan-india-summit", got "blog"',
    ],
    ['unknown field', (f) => (f.properties.colour = 'red'), 'properties: unknown field colour'],
    [
      'bad date',
      (f) => (f.properties.date = 'December 2026'),
      'properties.date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "December 2026"',
    ],
    [
      'id not kebab-case',
      (f) => (f.id = 'Palau Airport'),
      'Palau Airport: id: expected a kebab-case id such as "palau-airport-terminal", got "Palau Airport"',
    ],
    [
      'longitude out of range',
      (f) => (f.geometry.coordinates = [200, 7]),
      'geometry.coordinates[0]: expected a longitude in [-180, 180] (positions are [longitude, latitude]), got 200',
    ],
    ['latitude out of range', (f) => (f.geometry.coordinates = [134, 95]), 'geometry.coordinates[1]: expected a latitude in [-90, 90]'],
    [
      'null geometry',
      (f) => (f.geometry = null),
      'palau-airport-terminal: geometry: expected a Point, MultiPoint, LineString or MultiLineString geometry, got null',
    ],
    [
      'polygon geometry',
      (f) => (f.geometry = { type: 'Polygon', coordinates: [] }),
      'palau-airport-terminal: geometry.type: expected a Point, MultiPoint, LineString or MultiLineString geometry, got {"type":"Polygon","coordinates":[]}',
    ],
    ['repeated country', (f) => (f.properties.countries = ['PLW', 'PLW']), 'properties.countries: expected no repeated country'],
  ])('%s', (_name, edit, expected) => {
    const messages = issuesOf(broken(edit));
    expect(messages.join('\n')).toContain(expected);
  });
});

describe('validateDataset: rules across fields', () => {
  it('rejects a duplicate id and keeps the first feature', () => {
    const result = validateDataset(collection(palauAirport(), palauAirport()));
    expect(result.ok && result.value.initiatives).toHaveLength(1);
    expect(result.ok && result.value.issues.map(formatIssue)).toEqual([
      'palau-airport-terminal: id: expected a unique id, but features[0] has it too',
    ]);
  });

  it('rejects a line that crosses the antimeridian in one segment', () => {
    const cable = broken((f) => {
      f.geometry = {
        type: 'LineString',
        coordinates: [
          [178, -8],
          [-178, -9],
        ],
      };
      f.properties.precision = 5;
    });
    expect(issuesOf(cable)).toEqual([
      'palau-airport-terminal: geometry.coordinates[1]: expected no segment across the antimeridian (RFC 7946): split the line at ±180° into a MultiLineString',
    ]);
  });

  it('requires precision 5 for a route', () => {
    const route = broken(
      (f) =>
        (f.geometry = {
          type: 'LineString',
          coordinates: [
            [134, 7],
            [135, 7],
          ],
        }),
    );
    expect(issuesOf(route)).toEqual(['palau-airport-terminal: properties.precision: expected 5 (along a route) for a LineString, got 1']);
  });

  it('names a feature without id by its index', () => {
    expect(
      issuesOf(
        palauAirport(),
        broken((f) => delete f.id),
      ),
    ).toContain('features[1]: id: missing: expected string');
  });

  it('keeps the valid features when some are broken', () => {
    const result = validateDataset(
      collection(
        palauAirport(),
        broken((f) => {
          f.id = 'x-1';
          f.properties.pillar = 9;
        }),
        indiaCountryLevel(),
      ),
    );
    expect(result.ok && result.value.initiatives.map((i) => i.id)).toEqual(['palau-airport-terminal', 'india-data-centre']);
  });
});

describe('parseDataset: the file as a whole', () => {
  it.each<[string, string, DataIssue['message']]>([
    ['not JSON at all', 'hello', 'expected JSON, but it could not be parsed'],
    ['empty file', '', 'expected JSON, but it could not be parsed'],
    ['truncated JSON', '{"type":"FeatureCollection","features":[', 'expected JSON, but it could not be parsed'],
  ])('%s', (_name, text, message) => {
    const result = parseDataset(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error[0]).toMatchObject({ feature: null, field: '(file)' });
    expect(!result.ok && result.error[0]?.message).toContain(message);
  });

  it.each<[string, unknown, string]>([
    ['a single Feature', palauAirport(), 'type: expected one of "FeatureCollection", got "Feature"'],
    ['features not an array', { type: 'FeatureCollection', features: {} }, 'features: expected array, got object'],
    ['an array', [], '(root): expected object, got an array'],
    ['null', null, '(root): expected object, got null'],
  ])('%s', (_name, json, expected) => {
    const result = parseDataset(JSON.stringify(json));
    expect(!result.ok && result.error.map(formatIssue)).toContain(expected);
  });
});
