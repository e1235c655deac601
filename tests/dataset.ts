/** The shipped dataset, read plainly, so tests can compute expectations without the app's own code. */
import { readFileSync } from 'node:fs';

export interface RawInitiative {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: {
    title: { ja: string; en: string };
    summary: { ja: string; en: string };
    pillar: number;
    countries: string[];
    partners: string[];
    tools: string[];
    precision: number;
    status?: string;
    source: { section: string; quote: string; mapLabel?: string; sectionEn?: string; mapLabelEn?: string };
  };
}

export const dataset = JSON.parse(readFileSync('data/initiatives.geojson', 'utf8')) as { features: RawInitiative[] };
export const initiatives = dataset.features;
export const ids = initiatives.map((f) => f.id);
export const titles = new Map(initiatives.map((f) => [f.id, f.properties.title]));
