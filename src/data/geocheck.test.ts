import { beforeAll, describe, expect, it } from 'vitest';
import { loadCountryShapes } from '../../scripts/world-atlas.ts';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { CountryShapes } from './country-shapes.ts';
import { checkInitiative } from './geocheck.ts';
import type { Initiative } from './initiative.ts';
import { formatIssue } from './validate.ts';

let shapes: CountryShapes;
beforeAll(() => {
  shapes = loadCountryShapes();
});

function check(initiative: Initiative): string[] {
  return checkInitiative(initiative, shapes).map(formatIssue);
}

function withGeometry(base: Initiative, geometry: Initiative['geometry'], countries?: string[]): Initiative {
  return { ...base, geometry, properties: { ...base.properties, ...(countries ? { countries } : {}) } };
}

describe('checkInitiative', () => {
  it('accepts a site inside its host country', () => {
    expect(check(palauAirport())).toEqual([]);
  });

  it('accepts a port just off the coast (within the tolerance)', () => {
    const offshore = withGeometry(palauAirport(), { type: 'Point', coordinates: [134.3, 7.2] });
    expect(check(offshore)).toEqual([]);
  });

  it('reports swapped coordinates', () => {
    const india = withGeometry(indiaCountryLevel(), { type: 'Point', coordinates: [22.4, 78.9] });
    expect(check(india)).toEqual([
      'india-data-centre: geometry.coordinates: expected [longitude, latitude]; the coordinates look swapped ([latitude, longitude] fits the host countries)',
    ]);
  });

  it('reports a point in the wrong country, with how far it is', () => {
    const inChina = withGeometry(indiaCountryLevel(), { type: 'Point', coordinates: [104, 35] });
    const messages = check(inChina);
    expect(messages[0]).toMatch(
      /^india-data-centre: geometry\.coordinates: expected a position in or within 50 km of a host country \(IND\), but \[104, 35\] is \d+ km from IND$/,
    );
    expect(messages[1]).toBe(
      'india-data-centre: geometry: expected the geometry to touch host country IND, but no position is within 50 km of it',
    );
  });

  it('reports a host country the geometry never touches', () => {
    const twoHosts = withGeometry(palauAirport(), { type: 'Point', coordinates: [134.5442, 7.3672] }, ['PLW', 'FSM']);
    expect(check(twoHosts)).toEqual([
      'palau-airport-terminal: geometry: expected the geometry to touch host country FSM, but no position is within 50 km of it',
    ]);
  });

  it('reports a host country world-atlas has no polygon for', () => {
    const noShape = withGeometry(palauAirport(), palauAirport().geometry, ['PLW', 'BVT']);
    expect(check(noShape)).toContain(
      'palau-airport-terminal: properties.countries: expected a country with a polygon in world-atlas, but BVT has none',
    );
  });

  it('handles countries across the antimeridian (Fiji east and west of 180°)', () => {
    const fiji = (lon: number, lat: number) => withGeometry(palauAirport(), { type: 'Point', coordinates: [lon, lat] }, ['FJI']);
    expect(check(fiji(178.44, -18.14))).toEqual([]); // Suva
    expect(check(fiji(-179.9, -16.6))).toEqual([]); // east of the antimeridian (Cikobia/Lau area)
  });

  it('finds Tuvalu, which the 1:50m set leaves out', () => {
    const funafuti = withGeometry(palauAirport(), { type: 'Point', coordinates: [179.19, -8.52] }, ['TUV']);
    expect(check(funafuti)).toEqual([]);
  });

  it('checks every vertex of a route', () => {
    const route = withGeometry(
      { ...palauAirport(), properties: { ...palauAirport().properties, precision: 5 } },
      {
        type: 'LineString',
        coordinates: [
          [158.21, 6.96],
          [162.98, 5.32],
          [140, 35],
        ],
      },
      ['FSM'],
    );
    expect(check(route)).toEqual([
      expect.stringMatching(
        /^palau-airport-terminal: geometry\.coordinates \(position 2\): expected a position in or within 50 km of a host country \(FSM\)/,
      ),
    ]);
  });
});
