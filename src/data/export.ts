/** The matching initiatives as a GeoJSON file that our own validator accepts. */
import { citationOf } from './citation.ts';
import type { DatasetMetadata, Initiative } from './initiative.ts';

export function initiativesGeojson(initiatives: readonly Initiative[], metadata: DatasetMetadata | undefined, selection: string): string {
  const base = metadata ?? { name: 'FOIP Atlas initiatives', updated: new Date().toISOString().slice(0, 10), sources: [] };
  const collection = {
    type: 'FeatureCollection',
    metadata: {
      name: base.name,
      version: metadata?.version,
      updated: base.updated,
      licence: metadata?.licence,
      sources: base.sources,
      citation: citationOf(metadata),
      selection,
    },
    features: initiatives,
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}

/** "foip-atlas-2026-11-23.csv", or "foip-atlas-2026-11-23-selection.csv" when filtered. */
export function exportFileName(metadata: DatasetMetadata | undefined, filtered: boolean, extension: 'csv' | 'geojson'): string {
  return `foip-atlas-${metadata?.updated ?? 'data'}${filtered ? '-selection' : ''}.${extension}`;
}
