/**
 * `npm run validate [file]`: checks a dataset against the schema and world-atlas
 * geography. Prints one line per problem (feature id, field, what was expected) and
 * exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { datasetIssues } from '../src/data/check-dataset.ts';
import { formatIssue } from '../src/data/validate.ts';
import { loadCountryShapes } from './world-atlas.ts';
import { errorMessage } from '../src/lib/error-message.ts';

const file = process.argv[2] ?? 'data/initiatives.geojson';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read: ${errorMessage(error)}`);
  process.exit(1);
}

const issues = datasetIssues(text, loadCountryShapes());
if (issues.length > 0) {
  for (const issue of issues) console.error(`${file}: ${formatIssue(issue)}`);
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${file}`);
  process.exit(1);
}
const count = (JSON.parse(text) as { features: unknown[] }).features.length;
console.log(`${file}: ${count} initiatives, all valid`);
