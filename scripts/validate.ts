/**
 * `npm run validate [--sources <dir>] [file]`: checks a dataset against the schema and world-atlas
 * geography. With `--sources data` it also checks it against the source documents, notes and
 * changelog in that folder (quotes verbatim, every tool tag backed by the text, the release).
 * Prints one line per problem (feature id, field, what was expected) and exits 1 if there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetIssues } from '../src/data/check-dataset.ts';
import { sourceIssues, type SourceFiles } from '../src/data/source-check.ts';
import { parseToolNotes } from '../src/data/tool-evidence.ts';
import { formatIssue, parseDataset } from '../src/data/validate.ts';
import { SOURCE_DOCS, type SourceDoc } from '../src/data/vocabulary.ts';
import { loadCountryShapes } from './world-atlas.ts';
import { errorMessage } from '../src/lib/error-message.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--sources');
const sourcesDir = flag >= 0 ? args[flag + 1] : undefined;
if (flag >= 0 && !sourcesDir) fail('--sources: expected a folder, e.g. --sources data');
const rest = flag >= 0 ? args.filter((_a, i) => i !== flag && i !== flag + 1) : args;
const file = rest[0] ?? 'data/initiatives.geojson';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`${path}: cannot be read: ${errorMessage(error)}`);
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    return fail(`${dir}: cannot be listed: ${errorMessage(error)}`);
  }
}

function sourceFiles(dir: string): SourceFiles {
  const sources = Object.fromEntries(SOURCE_DOCS.map((doc) => [doc, read(join(dir, 'sources', `${doc}.txt`))])) as Record<
    SourceDoc,
    string
  >;
  const notesDir = join(dir, 'notes');
  const notes = list(notesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => parseToolNotes(read(join(notesDir, name)), join(notesDir, name)));
  return { sources, notes, changelog: read(join(dir, 'CHANGELOG.md')) };
}

const text = read(file);
const issues = datasetIssues(text, loadCountryShapes());
const parsed = parseDataset(text);
if (sourcesDir && parsed.ok) issues.push(...sourceIssues(parsed.value.initiatives, parsed.value.metadata, sourceFiles(sourcesDir)));
if (issues.length > 0) {
  for (const issue of issues) console.error(`${file}: ${formatIssue(issue)}`);
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${file}`);
  process.exit(1);
}
const count = (JSON.parse(text) as { features: unknown[] }).features.length;
console.log(`${file}: ${count} initiatives, all valid${sourcesDir ? `; quotes, tools and release checked against ${sourcesDir}/` : ''}`);
