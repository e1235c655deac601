import { z } from './zod.ts';
import { InitiativeCollectionSchema, InitiativeSchema } from './schema.ts';

/**
 * The dataset's JSON Schema (draft 2020-12), for tools that do not run TypeScript.
 * Country codes are checked against ISO 3166 in code only; here they are any three capitals.
 */
export function initiativesJsonSchema(): Record<string, unknown> {
  const collection = z.extend(InitiativeCollectionSchema, { features: z.array(InitiativeSchema) });
  return {
    ...z.toJSONSchema(collection, { unrepresentable: 'any', io: 'input' }),
    $id: 'https://foip-atlas.example/initiatives.schema.json',
    title: 'FOIP Atlas initiatives',
  };
}
