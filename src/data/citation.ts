import type { DatasetMetadata } from './initiative.ts';

/**
 * "FOIP Atlas initiatives (version 1.1.0, 2026-11-27). Licence: CC-BY-4.0 … Created by editing …"
 * — the one citation that downloads (CSV, GeoJSON), exported images and the app show. The last
 * sentence follows the form the Ministry of Foreign Affairs of Japan asks for content it
 * publishes that others edit (README, "Licence and attribution").
 */
export function citationOf(metadata: DatasetMetadata | undefined): string {
  if (!metadata) return 'FOIP Atlas initiatives.';
  const release = metadata.version ? `version ${metadata.version}, ${metadata.updated}` : metadata.updated;
  const licence = metadata.licence ? ` Licence: ${metadata.licence.id} (${metadata.licence.url}).` : '';
  const sources = metadata.sources.map((s) => `${s.title.en} (${s.title.ja})${s.publisher ? `, ${s.publisher.en}` : ''}`).join('; ');
  return `${metadata.name} (${release}).${licence} Created by editing: ${sources}.`;
}
