import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { repairPolygons, repairRing, ringJumps, unwrapLongitudes, wrapLongitude } from './antimeridian.ts';

describe('unwrapLongitudes', () => {
  it.each([
    [
      'eastward across 180',
      [
        [179, 0],
        [-179, 1],
      ],
      [
        [179, 0],
        [181, 1],
      ],
    ],
    [
      'westward across -180',
      [
        [-179, 0],
        [179, 1],
      ],
      [
        [-179, 0],
        [-181, 1],
      ],
    ],
    [
      'no crossing',
      [
        [10, 0],
        [20, 1],
      ],
      [
        [10, 0],
        [20, 1],
      ],
    ],
    [
      'there and back',
      [
        [179, 0],
        [-179, 0],
        [179, 1],
      ],
      [
        [179, 0],
        [181, 0],
        [179, 1],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(unwrapLongitudes(input)).toEqual(expected);
  });
});

describe('repairRing', () => {
  it('closes a ring that straddles 180 without a jump', () => {
    const fiji = [
      [178, -17],
      [-179.5, -17],
      [-179.5, -18],
      [178, -18],
      [178, -17],
    ];
    const repaired = repairRing(fiji);
    expect(ringJumps(repaired)).toBe(false);
    expect(repaired[1]).toEqual([180.5, -17]);
  });
  it('keeps a ring that goes round the pole as it is', () => {
    const polar = [
      [-180, -89],
      [180, -89],
      [90, -70],
      [0, -70],
      [-90, -70],
      [-180, -89],
    ];
    expect(repairRing(polar)).toEqual(polar);
  });
});

describe('wrapLongitude', () => {
  it.each([
    [181, -179],
    [-181, 179],
    [180, 180],
    [-180, -180],
    [540, 180],
    [0, 0],
  ])('%d → %d', (input, expected) => {
    expect(wrapLongitude(input)).toBe(expected);
  });
});

describe('repairPolygons', () => {
  // As world-atlas gives Antarctica: a ring along the pole first, then the coast right round the globe.
  const pole = [
    [-180, -89.999],
    [180, -89.999],
    [90, -89.999],
    [0, -89.999],
    [-90, -89.999],
    [-180, -89.999],
  ];
  const coast = [
    [-180, -80],
    [-90, -72],
    [0, -70],
    [90, -66],
    [179, -75],
    [-180, -80],
  ];

  it('draws a polygon round the pole as one ring closed through the pole, with no ring along it', () => {
    const repaired = repairPolygons({ type: 'Polygon', coordinates: [pole, coast] });
    expect(repaired.type).toBe('Polygon');
    const rings = repaired.coordinates as number[][][];
    expect(rings).toHaveLength(1);
    expect(ringJumps(rings[0]!)).toBe(false);
    expect(rings[0]!.slice(-6)).toEqual([
      [180, -90],
      [90, -90],
      [0, -90],
      [-90, -90],
      [-180, -90],
      [-180, -80],
    ]);
  });

  it('fills the land right round the globe and leaves the sea outside', () => {
    const repaired = repairPolygons({ type: 'MultiPolygon', coordinates: [[pole, coast]] });
    const land = { type: 'Feature' as const, properties: {}, geometry: repaired };
    for (const lon of [-170, -90, 0, 90, 170]) expect(booleanPointInPolygon([lon, -85], land), `${lon}°`).toBe(true);
    expect(booleanPointInPolygon([0, -60], land)).toBe(false);
  });

  it('leaves other polygons as repairRing does', () => {
    const fiji = [
      [178, -17],
      [-179.5, -17],
      [-179.5, -18],
      [178, -18],
      [178, -17],
    ];
    expect(repairPolygons({ type: 'Polygon', coordinates: [fiji] }).coordinates).toEqual([repairRing(fiji)]);
  });
});
