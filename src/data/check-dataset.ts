import type { CountryShapes } from './country-shapes.ts';
import { checkGeography } from './geocheck.ts';
import { parseDataset, type DataIssue } from './validate.ts';

/** Every problem of a dataset file: parse and schema issues first, then geography. */
export function datasetIssues(text: string, shapes: CountryShapes): DataIssue[] {
  const parsed = parseDataset(text);
  if (!parsed.ok) return parsed.error;
  return [...parsed.value.issues, ...checkGeography(parsed.value.initiatives, shapes)];
}
