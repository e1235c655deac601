/** The sync modules' diffs: what must change on the map between two inputs, worked out without a map. */
import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../../tests/fixtures/initiatives.ts';
import type { Initiative } from '../../data/initiative.ts';
import type { Basemap } from '../../data/basemap.ts';
import { diffArcFlow, flowStep, ARC_DASHES } from './arc-flow.ts';
import { diffCamera } from './camera.ts';
import { diffContext } from './context.ts';
import { diffDetail } from './detail-basemap.ts';
import { diffHighlight, highlightMarkers } from './highlight.ts';
import { diffInitiatives } from './initiatives.ts';
import { diffLanguage } from './language.ts';
import { diffOptionalLayers } from './optional-layers.ts';

const palau = palauAirport();
const india = indiaCountryLevel();
const small: readonly Initiative[] = [palau, india];
/** A dataset large enough to be drawn as masked points (data/draw-strategy.ts). */
const large: readonly Initiative[] = Array.from({ length: 5000 }, (_, n) => ({ ...palau, id: `p${n}` }));
const basemap = { labels: { type: 'FeatureCollection', features: [] } } as unknown as Basemap;

describe('diffInitiatives', () => {
  it('draws the first set', () => {
    expect(diffInitiatives(null, { dataset: small, initiatives: small })).toEqual({
      strategy: 'places',
      points: null,
      dataset: small,
      initiatives: small,
    });
  });
  it('changes nothing when neither the dataset nor the set changed', () => {
    const input = { dataset: small, initiatives: small };
    expect(diffInitiatives(input, { ...input })).toBeNull();
  });
  it('draws a new set of a small dataset as places, the points source untouched', () => {
    expect(diffInitiatives({ dataset: small, initiatives: small }, { dataset: small, initiatives: [palau] })).toMatchObject({
      strategy: 'places',
      points: null,
      initiatives: [palau],
    });
  });
  it('sends a large dataset’s points once, then only changes the mask', () => {
    const first = diffInitiatives(null, { dataset: large, initiatives: large });
    expect(first).toMatchObject({ strategy: 'mask', points: 'send' });
    expect(diffInitiatives({ dataset: large, initiatives: large }, { dataset: large, initiatives: large.slice(0, 10) })).toMatchObject({
      strategy: 'mask',
      points: null,
    });
  });
  it('empties the points when a large dataset gives way to a small one', () => {
    expect(diffInitiatives({ dataset: large, initiatives: large }, { dataset: small, initiatives: small })).toMatchObject({
      strategy: 'places',
      points: 'clear',
    });
  });
});

describe('diffHighlight', () => {
  it('names only what changed', () => {
    expect(diffHighlight(null, { selected: palau, hovered: [] })).toEqual({ selected: palau, hovered: [] });
    expect(diffHighlight({ selected: palau, hovered: [] }, { selected: palau, hovered: [india] })).toEqual({ hovered: [india] });
    expect(diffHighlight({ selected: palau, hovered: [india] }, { selected: null, hovered: [india] })).toEqual({ selected: null });
    expect(diffHighlight({ selected: palau, hovered: [india] }, { selected: palau, hovered: [india] })).toBeNull();
  });
  it('sees a summary bar’s set as unchanged when it holds the same initiatives, in a new array', () => {
    expect(diffHighlight({ selected: null, hovered: [india, palau] }, { selected: null, hovered: [india, palau] })).toBeNull();
    expect(diffHighlight({ selected: null, hovered: [india, palau] }, { selected: null, hovered: [india] })).toEqual({ hovered: [india] });
    expect(diffHighlight({ selected: null, hovered: [india] }, { selected: null, hovered: [] })).toEqual({ hovered: [] });
  });
});

describe('diffOptionalLayers', () => {
  it('waits for the basemap', () => {
    expect(diffOptionalLayers(null, { on: ['arcs'], initiatives: small, basemap: null, partners: [] })).toBeNull();
  });
  it('shows the layers that are on once the basemap is there, even if they were asked for before', () => {
    const before = { on: ['arcs', 'choropleth'] as const, initiatives: small, basemap: null, partners: [] };
    expect(diffOptionalLayers(before, { ...before, basemap })?.changes).toEqual([
      { name: 'choropleth', action: 'show' },
      { name: 'arcs', action: 'show' },
    ]);
  });
  it('hides a layer turned off and shows one turned on', () => {
    const prev = { on: ['choropleth'] as const, initiatives: small, basemap, partners: [] };
    expect(diffOptionalLayers(prev, { on: ['arcs'], initiatives: small, basemap, partners: [] })?.changes).toEqual([
      { name: 'choropleth', action: 'hide' },
      { name: 'arcs', action: 'show' },
    ]);
  });
  it('draws again only the layers that are on when the set changes: a layer that is off costs nothing', () => {
    const prev = { on: ['arcs'] as const, initiatives: small, basemap, partners: [] };
    expect(diffOptionalLayers(prev, { on: ['arcs'], initiatives: [palau], basemap, partners: [] })?.changes).toEqual([
      { name: 'arcs', action: 'draw' },
    ]);
    expect(
      diffOptionalLayers({ on: [], initiatives: small, basemap, partners: [] }, { on: [], initiatives: [palau], basemap, partners: [] }),
    ).toBeNull();
  });
  it('draws the layers again when the partner filter changes, and not when it is the same list anew', () => {
    const prev = { on: ['arcs'] as const, initiatives: small, basemap, partners: ['AUS'] };
    const next = diffOptionalLayers(prev, { ...prev, partners: ['AUS', 'QUAD'] });
    expect(next?.changes).toEqual([{ name: 'arcs', action: 'draw' }]);
    expect(next?.partners).toEqual(['AUS', 'QUAD']);
    expect(diffOptionalLayers(prev, { ...prev, partners: ['AUS'] })).toBeNull();
  });
});

describe('diffContext and diffLanguage', () => {
  it('change only when their value changes', () => {
    expect(diffContext(null, { context: null })).toEqual({ context: null });
    expect(diffContext({ context: null }, { context: null })).toBeNull();
    expect(diffContext({ context: null }, { context: small })).toEqual({ context: small });
    expect(diffLanguage(null, { lang: 'en' })).toEqual({ lang: 'en' });
    expect(diffLanguage({ lang: 'en' }, { lang: 'en' })).toBeNull();
    expect(diffLanguage({ lang: 'en' }, { lang: 'ja' })).toEqual({ lang: 'ja' });
  });
});

describe('diffArcFlow', () => {
  it('starts and stops the flow, and does nothing while it stays off', () => {
    expect(diffArcFlow(null, { flowing: false })).toBeNull();
    expect(diffArcFlow(null, { flowing: true })).toEqual({ flowing: true });
    expect(diffArcFlow({ flowing: true }, { flowing: true })).toBeNull();
    expect(diffArcFlow({ flowing: true }, { flowing: false })).toEqual({ flowing: false });
  });
  it('steps through every dash pattern, one per 60 ms, as a pure function of time', () => {
    expect(flowStep(0)).toBe(0);
    expect(flowStep(59)).toBe(0);
    expect(flowStep(60)).toBe(1);
    expect(flowStep(60 * ARC_DASHES.length)).toBe(0);
  });
});

describe('diffCamera', () => {
  it('leaves the opening frame alone unless the link is filtered', () => {
    expect(diffCamera(null, { initiatives: small, filtered: false })).toBeNull();
    expect(diffCamera(null, { initiatives: [palau], filtered: true })).toEqual({ initial: true, initiatives: [palau], filtered: true });
  });
  it('refits after a change of the set, and not otherwise', () => {
    const prev = { initiatives: small, filtered: false };
    expect(diffCamera(prev, { initiatives: [palau], filtered: true })).toEqual({ initial: false, initiatives: [palau], filtered: true });
    expect(diffCamera(prev, { ...prev })).toBeNull();
  });
});

describe('diffDetail', () => {
  it('hands over to the 1:10m layers when the camera first comes near, and only then', () => {
    expect(diffDetail(null, { near: false })).toBeNull();
    expect(diffDetail(null, { near: true })).toBe('switch');
    expect(diffDetail({ near: false }, { near: true })).toBe('switch');
    expect(diffDetail({ near: true }, { near: true })).toBeNull();
    expect(diffDetail({ near: true }, { near: false })).toBeNull();
  });
});

describe('highlightMarkers', () => {
  it('marks the hovered initiative’s points and the selected one’s, the hover first (its ring is drawn below)', () => {
    const india = indiaCountryLevel();
    const palau = palauAirport();
    const marks = highlightMarkers({ selected: palau, hovered: [india] }).features.map((f) => [
      f.properties?.['id'],
      f.properties?.['mark'],
    ]);
    expect(marks).toEqual([
      [india.id, 'hover'],
      [palau.id, 'selected'],
    ]);
  });

  it('rings every initiative of a hovered set', () => {
    const india = indiaCountryLevel();
    const palau = palauAirport();
    const ids = highlightMarkers({ selected: null, hovered: [india, palau] }).features.map((f) => [
      f.properties?.['id'],
      f.properties?.['mark'],
    ]);
    expect(ids).toEqual([
      [india.id, 'hover'],
      [palau.id, 'hover'],
    ]);
  });

  it('is empty with nothing highlighted', () => {
    expect(highlightMarkers({ selected: null, hovered: [] }).features).toEqual([]);
  });
});
