import { describe, expect, it } from 'vitest';
import { boundsOf } from './bounds.ts';

describe('boundsOf', () => {
  it.each<[string, [number, number][], [[number, number], [number, number]]]>([
    [
      'one point',
      [[10, 20]],
      [
        [10, 20],
        [10, 20],
      ],
    ],
    [
      'India to Japan',
      [
        [78.9, 22.4],
        [139.7, 35.7],
      ],
      [
        [78.9, 22.4],
        [139.7, 35.7],
      ],
    ],
    [
      'Fiji and Tonga across the antimeridian',
      [
        [178.4, -18.1],
        [-175.2, -21.1],
      ],
      [
        [178.4, -21.1],
        [184.8, -18.1],
      ],
    ],
    [
      'Japan and Chile: across the Pacific',
      [
        [139.7, 35.7],
        [-70.6, -33.4],
      ],
      [
        [139.7, -33.4],
        [289.4, 35.7],
      ],
    ],
    [
      'Africa to the Pacific',
      [
        [40.7, -14.5],
        [134.5, 7.4],
        [-175.2, -21.1],
      ],
      [
        [40.7, -21.1],
        [184.8, 7.4],
      ],
    ],
  ])('%s', (_name, positions, expected) => {
    const bounds = boundsOf(positions)!;
    expect(bounds[0][0]).toBeCloseTo(expected[0][0], 6);
    expect(bounds[0][1]).toBeCloseTo(expected[0][1], 6);
    expect(bounds[1][0]).toBeCloseTo(expected[1][0], 6);
    expect(bounds[1][1]).toBeCloseTo(expected[1][1], 6);
  });

  it('is null for nothing', () => {
    expect(boundsOf([])).toBeNull();
  });
});
