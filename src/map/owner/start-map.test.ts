import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';

// The module sets MapLibre's worker URL when loaded; a test has no worker to start.
vi.mock('maplibre-gl', () => ({ Map: class {}, setWorkerUrl: () => undefined, addProtocol: () => undefined }));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: '' }));
vi.mock('maplibre-gl/dist/maplibre-gl.css', () => ({}));

const { EMPTY, setSourceData, setSourceUrl } = await import('./start-map.ts');

describe('setSourceData', () => {
  it('is an error for a source the map does not have, naming it and where sources are declared', () => {
    const map = { getSource: () => undefined } as unknown as MapLibreMap;
    expect(() => setSourceData(map, 'no-such-source', EMPTY)).toThrow('The map has no source "no-such-source": add it to BASE_SOURCES (layers.ts) or to an optional layer\'s sources');
  });
});

describe('setSourceUrl', () => {
  it('is an error for a source the map does not have, naming it', () => {
    const map = { getSource: () => undefined } as unknown as MapLibreMap;
    expect(() => setSourceUrl(map, 'no-such-source', 'http://x/countries.geojson')).toThrow('The map has no source "no-such-source"');
  });

});
