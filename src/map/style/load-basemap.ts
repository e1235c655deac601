/**
 * The embedded offline basemap, from the app's own origin: no tile or glyph server. It is converted
 * at build time (`npm run build:basemap`, src/map/basemap-50m/): the countries and borders go to
 * MapLibre as URLs, so its worker fetches and parses them off the page's main thread, and the page
 * itself reads only the country names' points.
 */
import countriesUrl from '../basemap-50m/countries.geojson?url';
import bordersUrl from '../basemap-50m/borders.geojson?url';
import labelsUrl from '../basemap-50m/labels.json?url';
import type { CountryLabels } from '../../data/basemap.ts';

/**
 * The basemap's files as absolute URLs: MapLibre's worker fetches them, and a URL relative to the
 * page would otherwise be read against the worker script's folder.
 */
export function basemapUrls(base: string = document.baseURI): { readonly countries: string; readonly borders: string } {
  return { countries: new URL(countriesUrl, base).href, borders: new URL(bordersUrl, base).href };
}

let pending: Promise<CountryLabels> | null = null;

/** The country names' points, fetched once (called at start-up, main.tsx); a failure lets a later call try again. */
export function loadCountryLabels(fetcher: typeof fetch = fetch): Promise<CountryLabels> {
  pending ??= download(fetcher).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

async function download(fetcher: typeof fetch): Promise<CountryLabels> {
  const response = await fetcher(labelsUrl);
  if (!response.ok) throw new Error(`The basemap's country names could not be loaded (${response.status} ${response.statusText}).`);
  const labels = (await response.json()) as CountryLabels;
  if (labels?.type !== 'FeatureCollection' || !Array.isArray(labels.features))
    throw new Error("The basemap's country names are not a GeoJSON FeatureCollection.");
  return labels;
}
