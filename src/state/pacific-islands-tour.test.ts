/** The Pacific islands tour's captions say what their steps show (data release 1.2.0 rewrote step 5's after Pohnpei gained OSA). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilters, prepare } from '../data/filters.ts';
import { parseDataset } from '../data/validate.ts';
import { DEFAULT_STATE } from './app-state.ts';
import { tourStep } from './tour-step.ts';
import { BUILT_IN_TOURS } from './tours.ts';

const dataset = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!dataset.ok) throw new Error('dataset does not parse');
const { initiatives } = dataset.value;
const ids = new Set(initiatives.map((i) => i.id));
const tour = BUILT_IN_TOURS.find((t) => t.id === 'pacific-islands')!;

describe('the Pacific islands tour', () => {
  it('step 5 shows the three OSA items its caption names: Pohnpei’s port, Fiji’s patrol boats and Tonga’s UAVs', () => {
    const step = tourStep(tour, 4, DEFAULT_STATE, { isKnownId: (id) => ids.has(id) })!;
    const matching = applyFilters(prepare(initiatives), step.state.filters).matching.map((i) => i.id);
    expect(matching.sort()).toEqual(['osa-patrol-boats-fiji', 'osa-uav-tonga', 'pohnpei-port-expansion']);
    for (const place of ['Pohnpei', 'Fiji', 'Tonga']) expect(step.caption.en).toContain(place);
    for (const place of ['ポンペイ', 'フィジー', 'トンガ']) expect(step.caption.ja).toContain(place);
  });
});
