import { describe, expect, it } from 'vitest';
import { repairRing, ringJumps, unwrapLongitudes, wrapLongitude } from './antimeridian.ts';

describe('unwrapLongitudes', () => {
  it.each([
    ['eastward across 180', [[179, 0], [-179, 1]], [[179, 0], [181, 1]]],
    ['westward across -180', [[-179, 0], [179, 1]], [[-179, 0], [-181, 1]]],
    ['no crossing', [[10, 0], [20, 1]], [[10, 0], [20, 1]]],
    ['there and back', [[179, 0], [-179, 0], [179, 1]], [[179, 0], [181, 0], [179, 1]]],
  ])('%s', (_name, input, expected) => {
    expect(unwrapLongitudes(input)).toEqual(expected);
  });
});

describe('repairRing', () => {
  it('closes a ring that straddles 180 without a jump', () => {
    const fiji = [[178, -17], [-179.5, -17], [-179.5, -18], [178, -18], [178, -17]];
    const repaired = repairRing(fiji);
    expect(ringJumps(repaired)).toBe(false);
    expect(repaired[1]).toEqual([180.5, -17]);
  });
  it('keeps a ring that goes round the pole as it is', () => {
    const polar = [[-180, -89], [180, -89], [90, -70], [0, -70], [-90, -70], [-180, -89]];
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
