import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { Initiative } from './initiative.ts';
import { markersOf, routesOf } from './markers.ts';
import { SCOPE_POINTS } from './region-wide.ts';

const cable = (coordinates: [number, number][][]): Initiative => ({
  ...palauAirport(),
  id: 'cable',
  geometry: coordinates.length === 1 ? { type: 'LineString', coordinates: coordinates[0]! } : { type: 'MultiLineString', coordinates },
  properties: { ...palauAirport().properties, precision: 5 },
});

describe('markersOf', () => {
  it('gives one marker per point, keyed uniquely', () => {
    const multi: Initiative = {
      ...indiaCountryLevel(),
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [78.9, 22.4],
          [90.4, 27.4],
        ],
      },
    };
    const markers = markersOf([palauAirport(), multi]);
    expect(markers.features.map((f) => f.properties.key)).toEqual([
      'palau-airport-terminal#0',
      'india-data-centre#0',
      'india-data-centre#1',
    ]);
    expect(markers.features.map((f) => f.properties.exact)).toEqual([1, 0, 0]);
    expect(markers.features.map((f) => f.properties.i)).toEqual([0, 1, 1]);
  });

  it('gives a region-wide initiative one marker, at its region’s point', () => {
    const wide: Initiative = {
      ...indiaCountryLevel('pacific-wide'),
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [178, -17.8],
          [-175.3, -21.1],
        ],
      },
      properties: { ...indiaCountryLevel().properties, countries: ['FJI', 'TON'], scope: 'Pacific islands', precision: 5 },
    };
    const markers = markersOf([wide]);
    expect(markers.features).toHaveLength(1);
    expect(markers.features[0]?.geometry.coordinates).toEqual([...SCOPE_POINTS['Pacific islands']]);
    expect(markers.features[0]?.properties).toMatchObject({ id: 'pacific-wide', key: 'pacific-wide#0', exact: 0 });
  });

  it('gives no marker for a route', () => {
    expect(
      markersOf([
        cable([
          [
            [158, 7],
            [163, 5],
          ],
        ]),
      ]).features,
    ).toEqual([]);
  });
});

describe('routesOf', () => {
  it('keeps a line that crosses the antimeridian continuous for display', () => {
    const split = cable([
      [
        [178, -8],
        [180, -8.5],
      ],
      [
        [-180, -8.5],
        [-178, -9],
      ],
    ]);
    const [route] = routesOf([split]).features;
    expect(route?.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [178, -8],
          [180, -8.5],
        ],
        [
          [-180, -8.5],
          [-178, -9],
        ],
      ],
    });
  });

  it('unwraps a line given with a jump, so it never draws across the world', () => {
    const [route] = routesOf([
      {
        ...cable([
          [
            [170, 0],
            [175, 0],
          ],
        ]),
        geometry: {
          type: 'LineString',
          coordinates: [
            [179, 0],
            [-179, 1],
          ],
        },
      },
    ]).features;
    expect(route?.geometry.coordinates).toEqual([
      [179, 0],
      [181, 1],
    ]);
  });
});
