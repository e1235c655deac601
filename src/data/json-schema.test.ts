import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initiativesJsonSchema } from './json-schema.ts';

describe('data/initiatives.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const committed: unknown = JSON.parse(readFileSync('data/initiatives.schema.json', 'utf8'));
    expect(committed).toEqual(initiativesJsonSchema());
  });

  it('lists the closed vocabularies for other tools', () => {
    const text = JSON.stringify(initiativesJsonSchema());
    for (const value of ['"OSA"', '"JOGMEC"', '"defence-transfer"', '"japan-india-summit"']) expect(text).toContain(value);
  });
});
