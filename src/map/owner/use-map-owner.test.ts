import { describe, expect, it } from 'vitest';
import { SOURCES } from '../style/layers.ts';
import { mapErrorMessage } from './use-map-owner.ts';

describe('mapErrorMessage', () => {
  it('names the basemap when one of its files failed (the worker fetches them: load-basemap.ts)', () => {
    const error = { message: 'AJAXError: Not Found (404): http://x/assets/countries-1.geojson' };
    expect(mapErrorMessage({ error, sourceId: SOURCES.countries })).toBe(`The basemap could not be loaded (${error.message}).`);
    expect(mapErrorMessage({ error, sourceId: SOURCES.borders })).toBe(`The basemap could not be loaded (${error.message}).`);
  });

  it('passes any other error on as MapLibre words it, and says something when it has no message', () => {
    expect(mapErrorMessage({ error: { message: 'tile failed' }, sourceId: SOURCES.places })).toBe('tile failed');
    expect(mapErrorMessage({})).toBe('The map reported an error.');
  });
});
