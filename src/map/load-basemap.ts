/** Loads the embedded basemap from the app's own origin: no tile or glyph server. */
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { Topology } from 'topojson-specification';
import extras from './basemap-extras.json';
import { basemapFromTopology, type Basemap, type CountryFeature } from './basemap.ts';

let pending: Promise<Topology> | null = null;
let converted: Promise<Basemap> | null = null;

/**
 * Starts the download of the basemap, once. Called at start-up (main.tsx) so that it runs while
 * the dataset loads; the map then gets the same download.
 */
export function fetchBasemap(fetcher: typeof fetch = fetch): Promise<Topology> {
  pending ??= download(fetcher).catch((error: unknown) => {
    pending = null; // a later call may try again
    throw error;
  });
  return pending;
}

/**
 * The basemap as the map draws it. Converting it takes the main thread for a while, so it is
 * done when the map asks, once the map exists and its worker is busy, not before the page renders.
 */
export function loadBasemap(fetcher: typeof fetch = fetch): Promise<Basemap> {
  converted ??= fetchBasemap(fetcher).then(
    (topology) => basemapFromTopology(topology, extras.features as CountryFeature[]),
    (error: unknown) => {
      converted = null;
      throw error;
    },
  );
  return converted;
}

async function download(fetcher: typeof fetch): Promise<Topology> {
  const response = await fetcher(countriesUrl);
  if (!response.ok) throw new Error(`The basemap could not be loaded (${response.status} ${response.statusText}).`);
  return (await response.json()) as Topology;
}
