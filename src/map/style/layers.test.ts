import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BADGE_SCALE_STOPS, BADGE_SIZE } from './badge-image.ts';
import { INITIATIVE_LAYERS, SELECTION_LAYERS } from './initiative-layers.ts';
import { BASE_SOURCES, BASE_STYLE, BASEMAP_LAYERS, LABEL_LAYERS, LAYERS } from './layers.ts';
import { OPTIONAL_LAYERS } from './optional-layers.ts';

describe('the map style', () => {
  it('is a valid MapLibre style with every layer the map adds', () => {
    const optional = Object.values(OPTIONAL_LAYERS);
    const style = {
      ...BASE_STYLE,
      sources: { ...BASE_SOURCES, ...Object.fromEntries(optional.flatMap((layer) => layer.sources.map((s) => [s.id, s.spec]))) },
      layers: [
        ...BASE_STYLE.layers,
        ...BASEMAP_LAYERS,
        ...LABEL_LAYERS,
        ...INITIATIVE_LAYERS,
        ...SELECTION_LAYERS,
        ...optional.flatMap((layer) => layer.layers),
      ],
    };
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
});

describe('country names beside badges', () => {
  const labels = LABEL_LAYERS.find((l) => l.id === LAYERS.labels)!;
  const layout = (labels.layout ?? {}) as Record<string, unknown>;
  const offsets = layout['text-variable-anchor-offset'] as (string | [number, number])[];
  // The smallest name (10 px, at zoom 1) beside a badge of up to 10 initiatives.
  const badgeHalf = (BADGE_SIZE * BADGE_SCALE_STOPS.find(([count]) => count === 10)![1]) / 2;
  const em = 10;

  it('are first tried on the country’s point, then in eight places around it', () => {
    expect(offsets.filter((v) => typeof v === 'string')).toEqual([
      'center',
      'top',
      'bottom',
      'left',
      'right',
      'top-left',
      'top-right',
      'bottom-left',
      'bottom-right',
    ]);
  });

  it.each(['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'])(
    'placed %s, start clear of the badge’s box',
    (anchor) => {
      const [dx, dy] = offsets[offsets.indexOf(anchor) + 1] as [number, number];
      expect(Math.max(Math.abs(dx), Math.abs(dy)) * em).toBeGreaterThan(badgeHalf);
    },
  );

  it('give way to exact sites too: an unseen symbol on each site takes part in placement', () => {
    const space = INITIATIVE_LAYERS.find((l) => l.id === LAYERS.exactSpace)!;
    const exact = INITIATIVE_LAYERS.find((l) => l.id === LAYERS.exact)!;
    expect(space.type).toBe('symbol');
    expect('filter' in space && space.filter).toEqual('filter' in exact && exact.filter);
    expect(space.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': false });
    expect(space.paint).toEqual({ 'icon-opacity': 0 });
    // Placed before the names: MapLibre places symbols from the top layer down.
    const order = [...LABEL_LAYERS, ...INITIATIVE_LAYERS].map((l) => l.id);
    expect(order.indexOf(LAYERS.exactSpace)).toBeGreaterThan(order.indexOf(LAYERS.labels));
  });
});
