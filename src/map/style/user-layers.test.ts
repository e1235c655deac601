import { createExpression, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { ARC_COLORS, BASEMAP_COLORS, CHOROPLETH_BREAKS, choroplethColor, LOCATOR_COLORS, pillarColor } from '../../picture/palette.ts';
import { PILLARS } from '../../data/vocabulary.ts';
import { USER_CATEGORY_COLOURS, USER_NEUTRAL } from '../../user-data/style.ts';
import { BASE_SOURCES, BASE_STYLE, BASEMAP_LAYERS, LABEL_LAYERS, LAYERS } from './layers.ts';
import { INITIATIVE_LAYERS, SELECTION_LAYERS } from './initiative-layers.ts';
import { REGION_COLOR } from './region-layers.ts';
import { DIAMOND_RADIUS, diamondPixels, HALO, userDiamondImage, userLayerSpecs, userSources } from './user-layers.ts';
import { userLayerIds, userPickLayers, userSourceIds } from './user-layer-ids.ts';

/** CIE76 colour difference of two #rrggbb colours, in CIELAB (D65). */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047);
    const y = f(r * 0.2126 + g * 0.7152 + bl * 0.0722);
    const z = f((r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)] as const;
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Every colour of ours the map draws: focus areas, choropleth classes, basemap, region slate, arcs, the locator's box. */
const OURS = [
  ...PILLARS.map((p) => pillarColor(p)),
  ...[1, ...CHOROPLETH_BREAKS].map((n) => choroplethColor(n)),
  ...Object.values(BASEMAP_COLORS),
  REGION_COLOR,
  ...Object.values(ARC_COLORS),
  LOCATOR_COLORS.box,
  '#111827', // the selection ring
];

describe('a user layer’s colours', () => {
  it.each(USER_CATEGORY_COLOURS)('%s is apart from every colour of ours (ΔE ≥ 25)', (colour) => {
    const nearest = Math.min(...OURS.map((ours) => deltaE(colour, ours)));
    expect(nearest).toBeGreaterThanOrEqual(25);
  });
  it('are apart from each other (ΔE ≥ 25)', () => {
    const pairs = USER_CATEGORY_COLOURS.flatMap((a, i) => USER_CATEGORY_COLOURS.slice(i + 1).map((b) => deltaE(a, b)));
    expect(Math.min(...pairs)).toBeGreaterThanOrEqual(25);
  });
  it('has a neutral colour that is none of ours nor a category’s (ΔE ≥ 20)', () => {
    expect(Math.min(...[...OURS, ...USER_CATEGORY_COLOURS].map((c) => deltaE(USER_NEUTRAL, c)))).toBeGreaterThanOrEqual(20);
  });
});

describe('a user layer’s specs', () => {
  it.each([true, false])('make a valid style beside ours (clustered: %s)', (clustered) => {
    const sources = userSourceIds('x1');
    const specs = userSources(clustered);
    const style = {
      ...BASE_STYLE,
      sources: { ...BASE_SOURCES, [sources.shapes]: specs.shapes, [sources.points]: specs.points },
      layers: [
        ...BASE_STYLE.layers,
        ...BASEMAP_LAYERS,
        ...userLayerSpecs('x1', true).map(({ spec }) => spec),
        ...LABEL_LAYERS,
        ...INITIATIVE_LAYERS,
        ...SELECTION_LAYERS,
      ],
    };
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
  it('cluster the points source only when asked', () => {
    expect(userSources(true).points).toMatchObject({ cluster: true });
    expect(userSources(false).points).not.toHaveProperty('cluster');
    expect(userSources(true).shapes).not.toHaveProperty('cluster');
  });
  it('name every layer after the user layer, and are added hidden when it is', () => {
    const specs = userLayerSpecs('abc', false).map(({ spec }) => spec);
    expect(specs.map((s) => s.id).sort()).toEqual(Object.values(userLayerIds('abc')).sort());
    expect(specs.every((s) => (s.layout as { visibility?: string }).visibility === 'none')).toBe(true);
    expect(new Set(specs.map((s) => (s as { source: string }).source))).toEqual(new Set(Object.values(userSourceIds('abc'))));
  });
  it('draw points as the diamond, never as circles like ours, and carry no labels but a cluster’s count', () => {
    const specs = userLayerSpecs('a', true).map(({ spec }) => spec);
    expect(specs.some((s) => s.type === 'circle')).toBe(false);
    const text = specs.filter((s) => s.type === 'symbol' && 'text-field' in (s.layout ?? {}));
    expect(text.map((s) => s.id)).toEqual([userLayerIds('a').clusters]);
  });
  it('sit below the country names, but for clusters, which sit above them and below all of ours', () => {
    const below = Object.fromEntries(userLayerSpecs('a', true).map(({ spec, below }) => [spec.id, below]));
    const ids = userLayerIds('a');
    expect(below).toEqual({
      [ids.fill]: LAYERS.labels,
      [ids.outline]: LAYERS.labels,
      [ids.line]: LAYERS.labels,
      [ids.points]: LAYERS.labels,
      [ids.clusters]: INITIATIVE_LAYERS[0]?.id,
    });
  });
  it('go below the lines and points of the user layers already drawn: every polygon under every line, every line under every point', () => {
    const below = Object.fromEntries(userLayerSpecs('b', true, ['a', 'z']).map(({ spec, below }) => [spec.id, below]));
    const [a, b] = [userLayerIds('a'), userLayerIds('b')];
    expect(below).toEqual({
      [b.fill]: a.line,
      [b.outline]: a.line,
      [b.line]: a.points,
      [b.points]: LAYERS.labels,
      [b.clusters]: INITIATIVE_LAYERS[0]?.id,
    });
  });
  it('draw ordinary images with a feature-state opacity, as our badges are drawn, so no shader program of their own is linked', () => {
    const symbols = userLayerSpecs('a', true).flatMap(({ spec }) => (spec.type === 'symbol' ? [spec] : []));
    expect(symbols).toHaveLength(2);
    for (const spec of symbols) {
      expect(Object.keys(spec.paint ?? {}).filter((key) => /^icon-(color|halo)/.test(key))).toEqual([]);
      expect(JSON.stringify(spec.paint?.['icon-opacity'])).toContain('["feature-state","fade"]');
    }
  });
  it('name each point’s image after its colour, as userDiamondImage does, the neutral one where it has none', () => {
    const points = userLayerSpecs('a', true).find(({ spec }) => spec.id === userLayerIds('a').points)!.spec;
    const image = createExpression((points.layout as Record<string, unknown>)['icon-image'], 'icon-image', {
      type: 'string',
    } as StylePropertySpecification);
    if (image.result !== 'success') throw new Error(JSON.stringify(image.value));
    const of = (properties: Record<string, unknown>) => String(image.value.evaluate({ zoom: 3 }, { type: 'Point', properties } as never));
    expect(of({ colour: '#C51B7D' })).toBe(userDiamondImage('#C51B7D'));
    expect(userDiamondImage('#C51B7D')).toBe('user-diamond-c51b7d');
    expect(of({})).toBe(userDiamondImage(USER_NEUTRAL));
  });
  it('pick every layer of it', () => {
    expect([...userPickLayers('a')].sort()).toEqual(Object.values(userLayerIds('a')).sort());
  });
});

describe('diamondPixels', () => {
  const ratio = 2;
  const image = diamondPixels('#c51b7d', ratio);
  const pixel = (x: number, y: number) => [...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];
  const c = image.width / 2;
  const edge = DIAMOND_RADIUS * ratio;
  it('is square, with room for the halo around the diamond', () => {
    expect(image.width).toBe(image.height);
    expect(image.width).toBeGreaterThan(2 * (DIAMOND_RADIUS + HALO * Math.SQRT2) * ratio);
    expect(image.data.length).toBe(image.width * image.height * 4);
  });
  it('is the colour inside, white in the halo just outside its sides, and transparent beyond and at the corners', () => {
    expect(pixel(c, c)).toEqual([0xc5, 0x1b, 0x7d, 255]);
    expect(pixel(c + edge - 4, c)).toEqual([0xc5, 0x1b, 0x7d, 255]);
    // Along an axis the side is √2 further than across it: one pixel beyond the corner point lies in the halo.
    expect(pixel(c, c - edge - 2)).toEqual([255, 255, 255, 255]);
    expect(pixel(c + edge + Math.ceil(HALO * ratio * Math.SQRT2) + 2, c)[3]).toBe(0);
    expect(pixel(0, 0)[3]).toBe(0);
    // Half-way to a corner along the diagonal is past the diamond's side: a square would be coloured there.
    const d = Math.round(edge / 1.6);
    expect(pixel(c + d, c + d).slice(0, 3)).not.toEqual([0xc5, 0x1b, 0x7d]);
  });
});
