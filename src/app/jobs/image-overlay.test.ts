import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../../tests/fixtures/initiatives.ts';
import { NO_FILTERS } from '../../data/filters.ts';
import { DEFAULT_STATE } from '../../state/app-state.ts';
import { USER_CATEGORY_COLOURS, USER_NEUTRAL } from '../../user-data/style.ts';
import { imageOverlay, userLegendEntries } from './image-overlay.ts';

const dataset = {
  metadata: {
    name: 'FOIP Atlas initiatives',
    version: '1.1.0',
    updated: '2026-11-23',
    sources: [{ doc: 'evolved-foip', title: { en: 'Evolved FOIP', ja: '進化版FOIP' } }],
  },
  initiatives: [palauAirport(), indiaCountryLevel()],
  issues: [],
};

describe('imageOverlay', () => {
  it('titles the image with the active filters and counts each pillar', () => {
    const overlay = imageOverlay({
      state: { ...DEFAULT_STATE, filters: { ...NO_FILTERS, pillar: [3], tool: ['OSA'], q: 'radar' } },
      matching: [palauAirport()],
      dataset,
      caption: null,
    });
    expect(overlay.title).toBe('3. Security, OSA (security assistance), “radar”');
    expect(overlay.subtitle).toMatch(/^1 initiative · FOIP Atlas: /);
    expect(overlay.legend.map((l) => l.label)).toEqual(['1. Economic foundation (0)', '2. Growth & rules (0)', '3. Security (1)']);
    expect(overlay.footer).toBe(
      'Source: FOIP Atlas initiatives (version 1.1.0, 2026-11-23). Created by editing: Evolved FOIP (進化版FOIP). · Basemap: Natural Earth (world-atlas)',
    );
    expect(overlay.caption).toBeUndefined();
  });

  it('titles the image with an open profile’s name, not the filters waiting behind it', () => {
    const state = {
      ...DEFAULT_STATE,
      filters: { ...NO_FILTERS, pillar: [3 as const] },
      profile: { kind: 'country' as const, value: 'PLW' },
    };
    expect(imageOverlay({ state, matching: [palauAirport()], dataset, caption: null }).title).toBe('Palau');
  });

  it('speaks Japanese, and carries a tour caption', () => {
    const overlay = imageOverlay({
      state: { ...DEFAULT_STATE, lang: 'ja' },
      matching: [palauAirport(), indiaCountryLevel()],
      dataset,
      caption: '重点分野③',
    });
    expect(overlay.title).toBe('すべての取組');
    expect(overlay.subtitle).toMatch(/^2件の取組 · /);
    expect(overlay.caption).toBe('重点分野③');
    expect(overlay.footer).toMatch(/^出典: /);
  });

  it('names a shown layer of the user’s own in the legend (as a diamond) and the source line, and leaves a hidden one out', () => {
    const layer = (name: string, source: string, visible: boolean) => ({
      id: name,
      name,
      source,
      fileName: `${name}.csv`,
      fileKind: 'csv' as const,
      features: [{ type: 'Feature' as const, id: 0, geometry: { type: 'Point' as const, coordinates: [139.7, 35.7] }, properties: {} }],
      fields: [],
      rejectedCount: 0,
      style: { colourBy: null, sizeBy: null },
      visible,
    });
    const overlay = imageOverlay({
      state: DEFAULT_STATE,
      matching: [palauAirport()],
      dataset,
      caption: null,
      overlays: [layer('Ports', 'AidData GCDF 3.0', true), layer('Hidden', 'x', false)],
    });
    expect(overlay.legend.at(-1)).toMatchObject({ label: 'Ports (1 feature)', shape: 'diamond' });
    expect(overlay.legend.map((l) => l.label).join()).not.toMatch(/Hidden/);
    expect(overlay.footer).toMatch(/ · Overlay: Ports; source as given by the user: AidData GCDF 3\.0$/);
  });

  it('lists a layer coloured by a column by its values, in their colours and with their counts, blank ones last', () => {
    const point = (kind: string | null, id: number) => ({
      type: 'Feature' as const,
      id,
      geometry: { type: 'Point' as const, coordinates: [139.7, 35.7] },
      properties: { kind },
    });
    const entries = userLegendEntries(
      {
        id: 'p',
        name: 'Ports',
        source: '',
        fileName: 'ports.csv',
        fileKind: 'csv',
        features: [point('port', 0), point('airport', 1), point('port', 2), point(null, 3)],
        fields: ['kind'],
        rejectedCount: 0,
        style: { colourBy: 'kind', sizeBy: null },
        visible: true,
      },
      'ja',
    );
    expect(entries).toEqual([
      { color: USER_CATEGORY_COLOURS[0], label: 'Ports: port (2)', shape: 'diamond' },
      { color: USER_CATEGORY_COLOURS[1], label: 'Ports: airport (1)', shape: 'diamond' },
      { color: USER_NEUTRAL, label: 'Ports: （空欄） (1)', shape: 'diamond' },
    ]);
  });
});
