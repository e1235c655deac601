import { describe, expect, it } from 'vitest';
import { BADGE_SCALE_STOPS, badgeArcs, badgeFontSize, badgeImageName, parseBadgeImageName } from './badge-image.ts';

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

describe('badgeFontSize', () => {
  // The count is drawn into the image, which the layer then scales by count: on the map it must
  // come out at 11 px for the smallest badges and 13 px from 40 initiatives on.
  const scale = (count: number) => {
    const stops = BADGE_SCALE_STOPS;
    if (count <= stops[0]![0]) return stops[0]![1];
    const i = stops.findIndex(([x]) => x >= count);
    if (i < 0) return stops[stops.length - 1]![1];
    const [x0, y0] = stops[i - 1]!;
    const [x1, y1] = stops[i]!;
    return y0 + ((count - x0) / (x1 - x0)) * (y1 - y0);
  };
  it.each([
    [2, 11],
    [40, 13],
    [120, 13],
  ])('shows a count of %i at %i px on the map', (count, px) => {
    expect(badgeFontSize(count) * scale(count)).toBeCloseTo(px, 5);
  });
  it('grows on the map with the count between the ends', () => {
    expect(badgeFontSize(10) * scale(10)).toBeGreaterThan(11);
    expect(badgeFontSize(10) * scale(10)).toBeLessThan(13);
  });
  it('clamps below two (a badge always holds two or more)', () => {
    expect(badgeFontSize(1)).toBe(badgeFontSize(2));
  });
});
