import { createExpression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LAYERS, SOURCES } from './layers.ts';
import {
  addRegionLayers,
  hatchPattern,
  HATCH_IMAGE,
  REGION_COLOR,
  REGION_LAYER_SPECS,
  REGION_LAYERS,
  REGION_STATE,
} from './region-layers.ts';

const spec = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
const layer = (id: string) =>
  REGION_LAYER_SPECS.find((s) => s.layer.id === id)!.layer as LayerSpecification & {
    paint: Record<string, unknown>;
    layout?: Record<string, unknown>;
    filter?: unknown;
  };

function evaluate(
  expression: unknown,
  kind: string,
  property: string,
  featureState: object = {},
  properties: object = {},
  globalState: object = {},
): unknown {
  const parsed = createExpression(expression, property, spec[kind]![property]!, globalState);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 3 }, { type: 'Polygon', properties } as never, featureState);
}

describe('hatchPattern', () => {
  it.each([1, 2])('at pixel ratio %i: a square tile, one diagonal line in the region colour, clear elsewhere, seamless', (ratio) => {
    const { width, height, data } = hatchPattern(ratio);
    expect([width, height]).toEqual([8 * ratio, 8 * ratio]);
    expect(data).toHaveLength(width * height * 4);
    const alpha = (x: number, y: number) => data[(y * width + x) * 4 + 3]!;
    const rgb = (x: number, y: number) => [...data.slice((y * width + x) * 4, (y * width + x) * 4 + 3)];
    const drawn: [number, number][] = [];
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (alpha(x, y) > 0) drawn.push([x, y]);
    // Exactly the pixels with (x + y) mod size below `ratio`: a line `ratio` pixels wide that meets itself
    // across the tile's edges, so the tiled pattern runs on without a seam.
    expect(drawn.length).toBe(width * ratio);
    for (const [x, y] of drawn) expect((x + y) % width).toBeLessThan(ratio);
    expect(rgb(0, 0)).toEqual([0x47, 0x55, 0x69]);
    expect(REGION_COLOR).toBe('#475569');
  });
});

describe('the region layers', () => {
  it('are valid MapLibre layers on the basemap’s countries and the places', () => {
    const style = {
      version: 8 as const,
      state: { lang: { default: 'en' } },
      sources: {
        [SOURCES.countries]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
        [SOURCES.places]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
      },
      layers: REGION_LAYER_SPECS.map((s) => s.layer),
    };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(REGION_LAYER_SPECS.map((s) => [s.layer.id, s.below])).toEqual([
      [REGION_LAYERS.hatch, LAYERS.borders],
      [REGION_LAYERS.tint, LAYERS.borders],
      [REGION_LAYERS.outline, LAYERS.borders],
      [REGION_LAYERS.names, LAYERS.approximate],
    ]);
  });

  it('hatch the members drawn, and only them', () => {
    const opacity = layer(REGION_LAYERS.hatch).paint['fill-opacity'];
    expect(evaluate(opacity, 'paint_fill', 'fill-opacity', { [REGION_STATE.drawn]: true })).toBe(1);
    expect(evaluate(opacity, 'paint_fill', 'fill-opacity', {})).toBe(0);
    expect(layer(REGION_LAYERS.hatch).paint['fill-pattern']).toBe(HATCH_IMAGE);
  });

  it.each([
    ['selected or hovered in the list', { [REGION_STATE.marked]: true }, true],
    ['under the pointer', { [REGION_STATE.pointer]: true }, true],
    ['only drawn', { [REGION_STATE.drawn]: true }, false],
    ['nothing', {}, false],
  ])('tint and outline the members of a region %s: %s', (_name, state, shown) => {
    const tint = evaluate(layer(REGION_LAYERS.tint).paint['fill-opacity'], 'paint_fill', 'fill-opacity', state) as number;
    const outline = evaluate(layer(REGION_LAYERS.outline).paint['line-opacity'], 'paint_line', 'line-opacity', state) as number;
    expect(tint > 0).toBe(shown);
    expect(outline > 0).toBe(shown);
  });

  it('name a region’s place in the map’s language, and nothing else', () => {
    const field = layer(REGION_LAYERS.names).layout!['text-field'];
    const name = (region: string, lang: string) => String(evaluate(field, 'layout_symbol', 'text-field', {}, { region }, { lang }));
    expect(name('Africa', 'en')).toBe('Africa-wide');
    expect(name('Africa', 'ja')).toBe('アフリカ（広域）');
    expect(name('ASEAN', 'ja')).toBe('ASEAN（広域）');
    expect(layer(REGION_LAYERS.names).filter).toEqual(['all', ['has', 'region'], ['!=', ['get', 'fade'], 'out']]);
  });
});

describe('addRegionLayers', () => {
  it('adds the hatch image and each layer below its place, once', () => {
    const calls: string[] = [];
    const layers = new Set<string>();
    const map = {
      getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
      getPixelRatio: () => 2,
      hasImage: () => false,
      addImage: (id: string, image: { width: number }, options: { pixelRatio: number }) =>
        calls.push(`image ${id} ${image.width} ${options.pixelRatio}`),
      addLayer: (spec: { id: string }, before: string) => {
        layers.add(spec.id);
        calls.push(`layer ${spec.id} < ${before}`);
      },
    } as unknown as MapLibreMap;
    addRegionLayers(map);
    addRegionLayers(map);
    expect(calls).toEqual([
      `image ${HATCH_IMAGE} 16 2`,
      `layer ${REGION_LAYERS.hatch} < ${LAYERS.borders}`,
      `layer ${REGION_LAYERS.tint} < ${LAYERS.borders}`,
      `layer ${REGION_LAYERS.outline} < ${LAYERS.borders}`,
      `layer ${REGION_LAYERS.names} < ${LAYERS.approximate}`,
    ]);
  });
});
