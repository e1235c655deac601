import type { CountryShapes } from './country-shapes.ts';
import { checkGeography } from './geocheck.ts';
import type { Initiative } from './initiative.ts';
import { parseDataset, type DataIssue } from './validate.ts';

/** Every problem of a dataset file: parse and schema issues first, then links between features, then geography. */
export function datasetIssues(text: string, shapes: CountryShapes): DataIssue[] {
  const parsed = parseDataset(text);
  if (!parsed.ok) return parsed.error;
  return [...parsed.value.issues, ...relatedIssues(parsed.value.initiatives), ...checkGeography(parsed.value.initiatives, shapes)];
}

/**
 * `related` is a relation between two features, so it is stated on both: a link that only one
 * side lists is shown from one detail panel and missing from the other. Every id must exist.
 */
export function relatedIssues(initiatives: readonly Initiative[]): DataIssue[] {
  const related = new Map(initiatives.map((i) => [i.id, new Set(i.properties.related ?? [])]));
  const issues: DataIssue[] = [];
  for (const initiative of initiatives) {
    (initiative.properties.related ?? []).forEach((other, index) => {
      const field = `properties.related[${index}]`;
      const back = related.get(other);
      if (!back) issues.push({ feature: initiative.id, field, message: `expected the id of a feature of the dataset, got "${other}"` });
      else if (!back.has(initiative.id)) {
        issues.push({
          feature: initiative.id,
          field,
          message: `expected "${other}" to list "${initiative.id}" in its related ids too (links go both ways)`,
        });
      }
    });
  }
  return issues;
}
