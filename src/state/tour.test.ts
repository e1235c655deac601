import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/validate.ts';
import { DEFAULT_STATE } from './app-state.ts';
import { applyFilters, NO_FILTERS, prepare } from '../data/filters.ts';
import type { Initiative } from '../data/initiative.ts';
import { autoplayTour } from './autoplay.ts';
import { stepAfter, stepFromState, tourKeyAction, type Tour, type TourStep } from './tour.ts';
import { formatTourIssue, parseTourFile, validateTour } from './tour-file.ts';
import { tourStep } from './tour-step.ts';
import { BUILT_IN_TOURS } from './tours.ts';

/** Every facet value's count over the whole set, as the explorer passes them to the autoplay tours. */
const totals = (initiatives: readonly Initiative[]) => applyFilters(prepare(initiatives), NO_FILTERS).counts;

const dataset = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!dataset.ok) throw new Error('dataset does not parse');
const { initiatives } = dataset.value;
const ids = new Set(initiatives.map((i) => i.id));
const context = { isKnownId: (id: string) => ids.has(id) };

const good: Tour = {
  id: 'my-tour',
  kind: 'own',
  title: { en: 'Mine', ja: '私の' },
  steps: [{ query: 'pillar=3&country=PHL', caption: { en: 'Security in the Philippines', ja: 'フィリピンの安全保障' } }],
};

describe('built-in tours', () => {
  it.each(BUILT_IN_TOURS.map((t) => [t.id, t] as const))('%s is valid against the dataset', (_id, tour) => {
    expect(validateTour(tour, context)).toEqual({ ok: true, value: tour });
  });
  it('covers the tours the product promises', () => {
    expect(BUILT_IN_TOURS.map((t) => t.id)).toEqual(['three-focus-areas', 'japan-india', 'pacific-islands', 'osa']);
  });
});

describe('parseTourFile: bad files get clear messages', () => {
  it.each<[string, string, string[]]>([
    ['not JSON', '{oops', ['(file): expected a JSON tour file']],
    ['no steps', JSON.stringify({ ...good, steps: [] }), ['steps: expected at least one step']],
    ['bad id', JSON.stringify({ ...good, id: 'My Tour' }), ['id: expected a kebab-case id such as "pacific-islands"']],
    [
      'caption missing Japanese',
      JSON.stringify({ ...good, steps: [{ query: '', caption: { en: 'x' } }] }),
      ['steps[0].caption.ja: expected'],
    ],
    ['unknown field', JSON.stringify({ ...good, colour: 'red' }), ['(tour): expected']],
    [
      'bad value in a step',
      JSON.stringify({ ...good, steps: [{ query: 'pillar=9', caption: good.steps[0]!.caption }] }),
      ['steps[0].query: pillar=9: expected 1, 2 or 3'],
    ],
    [
      'unknown initiative',
      JSON.stringify({ ...good, steps: [{ query: 'id=nope', caption: good.steps[0]!.caption }] }),
      ['steps[0].query: id=nope: no initiative has this id'],
    ],
    [
      'bad view',
      JSON.stringify({ ...good, steps: [{ query: '', view: '1,2', caption: good.steps[0]!.caption }] }),
      ['steps[0].view: expected <longitude>,<latitude>,<zoom>'],
    ],
  ])('%s', (_name, text, expected) => {
    const result = parseTourFile(text, context);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.error.map(formatTourIssue);
    for (const e of expected) expect(messages.some((m) => m.startsWith(e))).toBe(true);
  });

  it('accepts a good file', () => {
    expect(parseTourFile(JSON.stringify(good), context)).toEqual({ ok: true, value: good });
  });

  it('loads a file written before tours had a kind as the person’s own tour', () => {
    const { kind: _kind, ...old } = good;
    expect(parseTourFile(JSON.stringify(old), context)).toEqual({ ok: true, value: { ...old, kind: 'own' } });
  });

  it('carries the user’s own layers, and names each problem with them', () => {
    const overlay = {
      id: 'a1b2c3d4',
      name: 'Ports',
      source: 'My list',
      fileName: 'ports.csv',
      fileKind: 'csv',
      style: { colourBy: null, sizeBy: null },
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [120.97, 14.59] }, properties: { name: '<img onerror=x>' } }],
    };
    const withOverlay = { ...good, overlays: [overlay] };
    expect(parseTourFile(JSON.stringify(withOverlay), context)).toEqual({ ok: true, value: withOverlay });
    const messages = (file: unknown) => {
      const result = parseTourFile(JSON.stringify(file), context);
      return result.ok ? [] : result.error.map(formatTourIssue);
    };
    expect(messages({ ...good, overlays: [{ ...overlay, id: 'no spaces!' }] })).toEqual([
      'overlays[0].id: expected a short id of letters, digits and hyphens',
    ]);
    expect(messages({ ...good, overlays: [{ ...overlay, fileKind: 'pdf' }] })[0]).toMatch(/^overlays\[0\]\.fileKind: expected one of/);
    const many = Array.from({ length: 10_001 }, () => overlay.features[0]);
    expect(
      messages({
        ...good,
        overlays: [
          { ...overlay, features: many },
          { ...overlay, id: 'b', features: many },
        ],
      }),
    ).toEqual(['overlays: expected at most 20000 features in all, found 20002']);
    expect(messages({ ...good, overlays: Array.from({ length: 6 }, (_, i) => ({ ...overlay, id: `x${i}` })) })[0]).toMatch(
      /^overlays: expected/,
    );
  });

  it('refuses a kind it does not know', () => {
    const result = parseTourFile(JSON.stringify({ ...good, kind: 'slideshow' }), context);
    expect(result.ok ? [] : result.error.map(formatTourIssue)).toEqual(['kind: expected one of "guided"|"autoplay"|"own"']);
  });
});

describe('steps', () => {
  /** `step` as step 2 of a tour. */
  const shown = (step: TourStep, current: typeof DEFAULT_STATE) =>
    tourStep({ ...good, steps: [good.steps[0]!, step] }, 1, current, context);

  it('a step sets filters, selection, layers and camera, and keeps the language', () => {
    const step = shown(
      { query: 'tool=OSA&id=osa-uav-tonga&layers=arcs', view: '-175,-21,6', caption: good.steps[0]!.caption },
      { ...DEFAULT_STATE, lang: 'ja' },
    );
    const view = { lng: -175, lat: -21, zoom: 6 };
    expect(step?.state).toEqual({
      ...DEFAULT_STATE,
      lang: 'ja',
      filters: { ...DEFAULT_STATE.filters, tool: ['OSA'] },
      selected: 'osa-uav-tonga',
      layers: ['arcs'],
      view,
      tour: { id: 'my-tour', step: 1 },
    });
    expect(step?.camera).toEqual({ kind: 'view', view });
    expect(step?.caption).toEqual(good.steps[0]!.caption);
  });

  it('a step without a view frames its matching initiatives', () => {
    expect(shown({ query: 'pillar=2', caption: good.steps[0]!.caption }, DEFAULT_STATE)?.camera).toEqual({ kind: 'frame' });
  });

  it('a step closes an open profile: it shows its own set', () => {
    const current = { ...DEFAULT_STATE, profile: { kind: 'country', value: 'PHL' } as const };
    expect(shown({ query: 'pillar=2', caption: good.steps[0]!.caption }, current)?.state.profile).toBeNull();
  });

  it('a step the tour does not have is null', () => {
    for (const index of [-1, 1, 0.5, Number.NaN]) expect(tourStep(good, index, DEFAULT_STATE, context)).toBeNull();
  });

  it('saving the current view as a step reproduces it', () => {
    const current = {
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, pillar: [1 as const], q: 'cable' },
      selected: 'east-micronesia-cable',
      view: { lng: 165, lat: 2, zoom: 4 },
    };
    const step = stepFromState(current, { en: 'Cables', ja: 'ケーブル' });
    expect(shown(step, current)?.state).toEqual({ ...current, tour: { id: 'my-tour', step: 1 } });
  });
});

describe('keys and sequencing', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['a', null],
  ])('%j → %s', (key, action) => {
    expect(tourKeyAction(key)).toBe(action);
  });

  it.each([
    ['next', 0, 3, 1],
    ['next', 2, 3, 2],
    ['previous', 0, 3, 0],
    ['previous', 2, 3, 1],
    ['first', 2, 3, 0],
    ['last', 0, 3, 2],
    ['exit', 1, 3, null],
  ] as const)('%s from %d of %d → %s', (action, index, length, expected) => {
    expect(stepAfter(action, index, length)).toBe(expected);
  });
});

describe('autoplayTour', () => {
  it('steps through the three pillars with their counts', () => {
    const tour = autoplayTour('pillar', totals(initiatives));
    expect(tour.steps.map((s) => s.query)).toEqual(['pillar=1', 'pillar=2', 'pillar=3']);
    const n1 = initiatives.filter((i) => i.properties.pillar === 1).length;
    expect(tour.steps[0]!.caption.en).toBe(`Focus area 1. Economic foundation: ${n1} initiatives`);
    expect(tour.steps[0]!.caption.ja).toBe(`重点分野 1. 経済基盤：${n1}件`);
  });

  it('steps through partners, most shared first, with arcs on', () => {
    const tour = autoplayTour('partner', totals(initiatives));
    expect(tour.steps[0]!.query).toBe('partner=IND&layers=arcs');
    expect(validateTour(tour, context).ok).toBe(true);
  });

  it('steps through the tools that are used, leaving out "unspecified"', () => {
    const tour = autoplayTour('tool', totals(initiatives));
    expect(tour.steps.map((s) => s.query)).toContain('tool=OSA');
    expect(tour.steps.map((s) => s.query)).not.toContain('tool=unspecified');
  });
});
