/** Loads the embedded basemap from the app's own origin: no tile or glyph server. */
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { Topology } from 'topojson-specification';
import extras from './basemap-extras.json';
import { basemapFromTopology, type Basemap, type CountryFeature } from './basemap.ts';

export async function loadBasemap(fetcher: typeof fetch = fetch): Promise<Basemap> {
  const response = await fetcher(countriesUrl);
  if (!response.ok) throw new Error(`The basemap could not be loaded (${response.status} ${response.statusText}).`);
  const topology = (await response.json()) as Topology;
  return basemapFromTopology(topology, extras.features as CountryFeature[]);
}
