import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY, setSourceData, setSourceUrl, type MapSources } from './sources.ts';

/** A map whose sources are `have`, each recording what it was sent. */
function mapWith(have: string[]) {
  const sent: [string, unknown][] = [];
  const map = {
    getSource: (id: string) => (have.includes(id) ? { setData: (data: unknown) => sent.push([id, data]) } : undefined),
  } as unknown as MapLibreMap;
  const sources: MapSources = new Map(have.map((id) => [id, 0]));
  return { target: { map, sources }, sent };
}

const ONE = {
  type: 'FeatureCollection' as const,
  features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [0, 0] } }],
};

describe('setSourceData', () => {
  it('is an error for a source the map does not have, naming it and where sources are declared', () => {
    const { target } = mapWith([]);
    expect(() => setSourceData(target, 'no-such-source', EMPTY)).toThrow(
      'The map has no source "no-such-source": add it to BASE_SOURCES (layers.ts) or to an optional layer\'s sources',
    );
  });

  it('does not send an empty collection to a source that is already empty, and sends it once the source holds something', () => {
    const { target, sent } = mapWith(['places']);
    setSourceData(target, 'places', EMPTY);
    expect(sent).toEqual([]);
    setSourceData(target, 'places', ONE);
    setSourceData(target, 'places', EMPTY);
    expect(sent.map(([, data]) => (data as typeof EMPTY).features.length)).toEqual([1, 0]);
  });

  it('keeps each map’s record apart', () => {
    const first = mapWith(['places']);
    const second = mapWith(['places']);
    setSourceData(first.target, 'places', ONE);
    setSourceData(second.target, 'places', EMPTY);
    expect(second.sent).toEqual([]);
  });
});

describe('setSourceUrl', () => {
  it('is an error for a source the map does not have, naming it', () => {
    const { target } = mapWith([]);
    expect(() => setSourceUrl(target, 'no-such-source', 'http://x/countries.geojson')).toThrow('The map has no source "no-such-source"');
  });

  it('marks a source sent a file as not empty, so a later empty collection is sent', () => {
    const { target, sent } = mapWith(['countries']);
    setSourceUrl(target, 'countries', 'http://x/countries.geojson');
    setSourceData(target, 'countries', EMPTY);
    expect(sent).toEqual([
      ['countries', 'http://x/countries.geojson'],
      ['countries', EMPTY],
    ]);
  });
});
