/** `npm run schema`: writes data/initiatives.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { initiativesJsonSchema } from '../src/data/json-schema.ts';

const out = 'data/initiatives.schema.json';
writeFileSync(out, `${JSON.stringify(initiativesJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
