import { describe, expect, it } from 'vitest';
import { badgeArcs, badgeImageName, parseBadgeImageName } from './badge-image.ts';

describe('badge image names', () => {
  it('round-trip the pillar counts', () => {
    expect(parseBadgeImageName(badgeImageName(21, 9, 8))).toEqual([21, 9, 8]);
  });
  it.each(['badge-0-0-0', 'badge-1-2', 'marker-1-2-3', 'badge-a-1-1', ''])('rejects %j', (name) => {
    expect(parseBadgeImageName(name)).toBeNull();
  });
});

describe('badgeArcs', () => {
  it('splits the ring in proportion to each pillar, skipping empty ones', () => {
    const arcs = badgeArcs([1, 0, 3]);
    expect(arcs.map((a) => a.pillar)).toEqual([1, 3]);
    expect(arcs[0]!.end - arcs[0]!.start).toBeCloseTo(Math.PI / 2);
    expect(arcs[1]!.end).toBeCloseTo(Math.PI * 2);
  });
  it('draws nothing for no initiatives', () => {
    expect(badgeArcs([0, 0, 0])).toEqual([]);
  });
});
