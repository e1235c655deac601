/**
 * Sending data to the map's GeoJSON sources, with no side effects of its own: the per-map record
 * of what each source holds lives on the map's state (`MapSources`, made when the map starts and
 * kept on its session), so the sync modules import this without starting anything.
 */
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap, VectorSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** How many features each source of one map was last sent (NaN: sent a file to fetch); a source the map has is always in it. */
export type MapSources = Map<string, number>;

/** A map and the record of its sources: a started map, or its session. */
export interface SourceTarget {
  readonly map: MapLibreMap;
  readonly sources: MapSources;
}

/** The map's GeoJSON source `source`; one the map does not have is an error (below). */
export function geojsonSource({ map, sources }: SourceTarget, source: string): GeoJSONSource {
  const target = map.getSource(source) as GeoJSONSource | undefined;
  if (!sources.has(source) || !target) {
    throw new Error(
      `The map has no source "${source}": add it to BASE_SOURCES (layers.ts) or to an optional layer's sources (optional-layers.ts).`,
    );
  }
  return target;
}

/**
 * Sends `data` to `source`. An empty collection is not sent to a source that is already empty:
 * MapLibre would still hand it to its worker, lay out every tile of the source again and draw a
 * frame, which at start-up (no selection, no hover, no tour context yet) came to three round
 * trips through a worker that is busy with the basemap. A source the map does not have is an
 * error: a layer whose source was never added would otherwise stay blank without a word.
 */
export function setSourceData(target: SourceTarget, source: string, data: FeatureCollection): void {
  const geojson = geojsonSource(target, source);
  if (data.features.length === 0 && target.sources.get(source) === 0) return;
  geojson.setData(data);
  target.sources.set(source, data.features.length);
}

/**
 * Sends `source` a file to fetch: MapLibre's worker downloads and parses it, so the page's main
 * thread never holds the data (the basemap: load-basemap.ts). A failure comes as the map's `error`
 * event with the source's id.
 */
export function setSourceUrl(target: SourceTarget, source: string, url: string): void {
  geojsonSource(target, source).setData(url);
  // Not empty from now on, whatever the file holds.
  target.sources.set(source, Number.NaN);
}

/** Adds a source of the map's own (an optional layer's: sync/optional-layers.ts), so data may be sent to it. */
export function addSource(target: SourceTarget, id: string, spec: GeoJSONSourceSpecification | VectorSourceSpecification): void {
  target.map.addSource(id, spec);
  // Vector tiles come from elsewhere (a user layer's points: map/user-tiles/), as a file fetched does.
  target.sources.set(id, spec.type === 'geojson' ? 0 : Number.NaN);
}

/** Removes a source of the map's own (a user's layer's: sync/user-layers.ts), after every layer drawing it is removed. */
export function removeSource(target: SourceTarget, id: string): void {
  if (target.map.getSource(id)) target.map.removeSource(id);
  target.sources.delete(id);
}
