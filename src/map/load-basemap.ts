/** Loads the embedded basemap from the app's own origin: no tile or glyph server. */
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { Topology } from 'topojson-specification';
import extras from './basemap-extras.json';
import { basemapFromTopology, type Basemap, type CountryFeature } from './basemap.ts';

let pending: Promise<Basemap> | null = null;

/**
 * The basemap, fetched once. Called at start-up (main.tsx) so the download runs while the
 * dataset loads, and again by the map, which then gets the same promise.
 */
export function loadBasemap(fetcher: typeof fetch = fetch): Promise<Basemap> {
  pending ??= fetchBasemap(fetcher).catch((error: unknown) => {
    pending = null; // a later call may try again
    throw error;
  });
  return pending;
}

async function fetchBasemap(fetcher: typeof fetch): Promise<Basemap> {
  const response = await fetcher(countriesUrl);
  if (!response.ok) throw new Error(`The basemap could not be loaded (${response.status} ${response.statusText}).`);
  const topology = (await response.json()) as Topology;
  return basemapFromTopology(topology, extras.features as CountryFeature[]);
}
