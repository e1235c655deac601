import { describe, expect, it } from 'vitest';
import { representativePoint, ringArea } from './representative-point.ts';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('representativePoint', () => {
  it('lies in the largest polygon, not between islands', () => {
    const point = representativePoint([square(0, 0, 1), square(10, 0, 4)], 0.01);
    expect(point?.position[0]).toBeCloseTo(12, 1);
    expect(point?.position[1]).toBeCloseTo(2, 1);
  });

  it('wraps a point east of 180° back into range', () => {
    expect(representativePoint([square(179.5, -17, 2)], 0.01)?.position[0]).toBeCloseTo(-179.5, 1);
  });

  it('is null for no polygon', () => {
    expect(representativePoint([], 0.01)).toBeNull();
  });
});

describe('ringArea', () => {
  it('is positive whatever the winding', () => {
    const ring = square(0, 0, 1)[0]!;
    expect(ringArea(ring)).toBeCloseTo(1, 3);
    expect(ringArea([...ring].reverse())).toBeCloseTo(1, 3);
  });
});
