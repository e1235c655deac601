import { describe, expect, it } from 'vitest';
import { palauAirport } from '../../../tests/fixtures/initiatives.ts';
import type { Initiative } from '../../data/initiative.ts';
import { INDO_PACIFIC_BOUNDS } from './camera.ts';
import { fitTarget, selectionBounds } from './fit.ts';

const at = (id: string, coordinates: [number, number]): Initiative => ({ ...palauAirport(), id, geometry: { type: 'Point', coordinates } });

describe('selectionBounds', () => {
  it('frames Fiji, Tonga and Kiribati as one Pacific span, in the world copy near the centre', () => {
    const bounds = selectionBounds([at('fji', [178.4, -18.1]), at('ton', [-175.2, -21.1]), at('kir', [-157.4, 1.9])], 160)!;
    expect(bounds[0][0]).toBeCloseTo(178.4);
    expect(bounds[1][0]).toBeCloseTo(202.6);
  });

  it('frames Japan and Chile across the Pacific', () => {
    const bounds = selectionBounds([at('jpn', [139.7, 35.7]), at('chl', [-70.6, -33.4])], 160)!;
    expect(bounds[1][0] - bounds[0][0]).toBeCloseTo(149.7);
  });

  it('is null for nothing', () => {
    expect(selectionBounds([], 0)).toBeNull();
  });
});

describe('fitTarget', () => {
  it('gives a single place 2° of room on each side instead of the deepest zoom', () => {
    expect(fitTarget([at('plw', [134.5, 7.4])], false, 134)).toEqual([
      [132.5, 5.4],
      [136.5, 9.4],
    ]);
  });

  it('frames the Indo-Pacific for everything, whatever the initiatives', () => {
    expect(fitTarget([], true, 0)).toEqual(INDO_PACIFIC_BOUNDS);
  });

  it('is null for nothing to frame', () => {
    expect(fitTarget([], false, 0)).toBeNull();
  });
});
