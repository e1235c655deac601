import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import {
  BADGE_IMAGE_EXPRESSION,
  badgeArcs,
  badgeFontSize,
  badgeImageName,
  DISC_IMAGE_EXPRESSION,
  discImageName,
  parseBadgeImageName,
  parseDiscImageName,
} from './badge-image.ts';
import { LAYERS } from './layers.ts';
import { INITIATIVE_LAYERS } from './initiative-layers.ts';

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
  // come out at 11 px for the smallest badges and 13 px from 40 initiatives on. The scale is read
  // from the badge layer's own `icon-size` (linear, clamped, as MapLibre evaluates it).
  const layer = INITIATIVE_LAYERS.find((l) => l.id === LAYERS.badges) as SymbolLayerSpecification;
  const [kind, curve, input, ...stops] = layer.layout!['icon-size'] as unknown[];
  const scale = scaleLinear(stops.filter((_, i) => i % 2 === 0) as number[], stops.filter((_, i) => i % 2 === 1) as number[]).clamp(true);
  it('reads a linear interpolation by count from the layer', () => {
    expect([kind, curve, input]).toEqual(['interpolate', ['linear'], ['get', 'count']]);
    expect(stops.length).toBeGreaterThanOrEqual(4);
  });
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

describe('image names in the layers', () => {
  // The layers name images with expressions; MapLibre's own evaluator must give the names the images are drawn for.
  const evaluate = (expression: unknown, properties: Record<string, number>) => {
    const parsed = createExpression(expression, 'layers[0].layout.icon-image');
    if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
    return parsed.value.evaluate({ zoom: 3 }, { type: 'Point', properties, geometry: [] } as never);
  };
  it.each([
    [1, 0, 0],
    [21, 9, 8],
    [0, 0, 3],
  ])('names the badge of %i, %i, %i as badgeImageName does', (p1, p2, p3) => {
    expect(evaluate(BADGE_IMAGE_EXPRESSION, { p1, p2, p3 })).toBe(badgeImageName(p1, p2, p3));
  });
  it.each([1, 2, 3] as const)('names the disc of pillar %i as discImageName does, which parses back', (pillar) => {
    expect(evaluate(DISC_IMAGE_EXPRESSION, { pillar })).toBe(discImageName(pillar));
    expect(parseDiscImageName(discImageName(pillar))).toBe(pillar);
  });
});
