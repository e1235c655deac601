import { describe, expect, it } from 'vitest';
import { palauAirport } from '../../../tests/fixtures/initiatives.ts';
import type { Initiative } from '../../data/initiative.ts';
import { frameFor } from './frame.ts';

const at = (coordinates: [number, number][]): Initiative => ({ ...palauAirport(), geometry: { type: 'MultiPoint', coordinates } });

describe('frameFor', () => {
  it('returns null when the initiative is in view', () => {
    expect(
      frameFor(palauAirport(), 150, [
        [100, -20],
        [200, 30],
      ]),
    ).toBeNull();
  });

  it('zooms in on a site that is in view but too small to read', () => {
    const frame = frameFor(
      palauAirport(),
      150,
      [
        [100, -20],
        [200, 30],
      ],
      1.2,
    )!;
    expect(frame.flat().map((v) => Math.round(v * 1e4) / 1e4)).toEqual([134.0442, 6.8672, 135.0442, 7.8672]);
  });

  it('does not zoom in on a country-level initiative in view', () => {
    const country: Initiative = { ...palauAirport(), properties: { ...palauAirport().properties, precision: 6 } };
    expect(
      frameFor(
        country,
        150,
        [
          [100, -20],
          [200, 30],
        ],
        1.2,
      ),
    ).toBeNull();
  });

  it('frames an initiative out of view', () => {
    expect(
      frameFor(
        at([
          [10, 50],
          [20, 55],
        ]),
        150,
        [
          [100, -20],
          [200, 30],
        ],
      ),
    ).toEqual([
      [9.5, 49.5],
      [20.5, 55.5],
    ]);
  });

  it('frames points on both sides of the antimeridian as one short span', () => {
    const fijiTonga = at([
      [178.4, -18.1],
      [-175.2, -21.1],
    ]);
    const frame = frameFor(fijiTonga, 170, [
      [100, 40],
      [120, 50],
    ]);
    expect(frame).not.toBeNull();
    const [[west], [east]] = frame!;
    expect(east - west).toBeLessThan(10);
  });

  it('uses the world copy nearest the centre (Chile seen from the Pacific)', () => {
    const chile = at([[-70.6, -33.4]]);
    const [[west]] = frameFor(chile, 160, [
      [100, 40],
      [120, 50],
    ])!;
    expect(west).toBeGreaterThan(280);
  });
});
