import type { DatasetMetadata } from './initiative.ts';

/** "FOIP Atlas initiatives (2026-11-23). Sources: …" — for downloads and exports. */
export function citationOf(metadata: DatasetMetadata | undefined): string {
  if (!metadata) return 'FOIP Atlas initiatives.';
  const sources = metadata.sources.map((s) => `${s.title.en} (${s.title.ja})`).join('; ');
  return `${metadata.name} (${metadata.updated}). Sources: ${sources}.`;
}
