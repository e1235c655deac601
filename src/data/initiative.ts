/** The dataset's types, inferred from the schema so the two never drift apart. */
import type { z } from 'zod/mini';
import type { InitiativeSchema, PropertiesSchema } from './schema.ts';

export type Initiative = z.infer<typeof InitiativeSchema>;
export type InitiativeProperties = z.infer<typeof PropertiesSchema>;
export type InitiativeGeometry = Initiative['geometry'];

export interface DatasetMetadata {
  readonly name: string;
  /** The data release, semver ("1.1.0"). */
  readonly version?: string;
  readonly updated: string;
  readonly licence?: { readonly id: string; readonly url: string };
  readonly sources: readonly {
    readonly doc: string;
    readonly title: { ja: string; en: string };
    readonly publisher?: { ja: string; en: string };
  }[];
  readonly citation?: string;
  readonly selection?: string;
}

export interface Dataset {
  readonly metadata: DatasetMetadata | undefined;
  readonly initiatives: readonly Initiative[];
}

/** Every position of a geometry, in order. */
export function positionsOf(geometry: InitiativeGeometry): [number, number][] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
      return geometry.coordinates.flat();
  }
}
