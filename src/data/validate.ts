/**
 * Parses and validates a dataset file. Never throws: every problem comes back as a
 * DataIssue naming the feature, the field and what was expected.
 */
import type { z } from 'zod/mini';
import { err, ok, type Result } from '../lib/result.ts';
import type { Dataset, DatasetMetadata, Initiative } from './initiative.ts';
import { InitiativeCollectionSchema, InitiativeSchema } from './schema.ts';
import { errorMessage } from '../lib/error-message.ts';

export interface DataIssue {
  /** The feature's id, or `features[3]` where it has none, or null for the file as a whole. */
  readonly feature: string | null;
  /** Dotted path of the field, e.g. `properties.countries[1]`. */
  readonly field: string;
  readonly message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = issue.feature ? `${issue.feature}: ` : '';
  return `${where}${issue.field}: ${issue.message}`;
}

export interface ValidDataset extends Dataset {
  /** Problems found in individual features; those features are left out of `initiatives`. */
  readonly issues: readonly DataIssue[];
  /** True for generated benchmark data (never real initiatives). */
  readonly synthetic?: boolean;
}

/**
 * Reads a dataset from text. Fails only when nothing usable can be read (not JSON, not a
 * FeatureCollection); otherwise returns the valid features and the issues of the rest,
 * so that one bad feature never hides the others.
 */
export function parseDataset(text: string): Result<ValidDataset, DataIssue[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = errorMessage(error);
    return err([{ feature: null, field: '(file)', message: `expected JSON, but it could not be parsed: ${reason}` }]);
  }
  return validateDataset(json);
}

export function validateDataset(json: unknown): Result<ValidDataset, DataIssue[]> {
  const collection = InitiativeCollectionSchema.safeParse(json, { reportInput: true });
  if (!collection.success) return err(zodIssues(collection.error, null, ''));

  const issues: DataIssue[] = [];
  const initiatives: Initiative[] = [];
  const seen = new Map<string, number>();
  collection.data.features.forEach((raw, index) => {
    const name = featureName(raw, index);
    const parsed = InitiativeSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, name, ''));
      return;
    }
    const feature = parsed.data;
    const first = seen.get(feature.id);
    if (first !== undefined) {
      issues.push({ feature: name, field: 'id', message: `expected a unique id, but features[${first}] has it too` });
      return;
    }
    seen.set(feature.id, index);
    const structural = structuralIssues(feature);
    if (structural.length > 0) {
      issues.push(...structural);
      return;
    }
    initiatives.push(feature);
  });

  const metadata: DatasetMetadata | undefined = collection.data.metadata;
  return ok({ metadata, initiatives, issues });
}

/** Checks that span several fields and so do not fit the schema. */
function structuralIssues(feature: Initiative): DataIssue[] {
  const issues: DataIssue[] = [];
  const { geometry, properties } = feature;
  const isLine = geometry.type === 'LineString' || geometry.type === 'MultiLineString';
  if (isLine && properties.precision !== 5) {
    issues.push({
      feature: feature.id,
      field: 'properties.precision',
      message: `expected 5 (along a route) for a ${geometry.type}, got ${properties.precision}`,
    });
  }
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  lines.forEach((line, l) => {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (a && b && Math.abs(a[0] - b[0]) > 180) {
        issues.push({
          feature: feature.id,
          field: `geometry.coordinates${lines.length > 1 ? `[${l}]` : ''}[${i}]`,
          message: 'expected no segment across the antimeridian (RFC 7946): split the line at ±180° into a MultiLineString',
        });
      }
    }
  });
  for (const id of properties.related ?? []) {
    if (id === feature.id) {
      issues.push({ feature: feature.id, field: 'properties.related', message: 'expected other features’ ids, not its own' });
    }
  }
  return issues;
}

function featureName(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id.trim()) return raw.id;
  return `features[${index}]`;
}

function zodIssues(error: z.core.$ZodError, feature: string | null, prefix: string): DataIssue[] {
  return error.issues.map((issue) => ({
    feature,
    field: prefix + formatPath(issue.path) || '(root)',
    message:
      issue.code === 'invalid_type' && issue.path.at(-1) === 'geometry'
        ? `expected a Point, MultiPoint, LineString or MultiLineString geometry, got ${typeName(issue.input)}`
        : describe(issue),
  }));
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing: expected ${issue.expected}` : `expected ${issue.expected}, got ${typeName(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => show(v)).join(', ')}, got ${show(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'too_small':
      return `expected ${issue.origin === 'array' ? `at least ${String(issue.minimum)} item(s)` : `a value ≥ ${String(issue.minimum)}`}${issue.input !== undefined ? `, got ${show(issue.input)}` : ''}`;
    case 'too_big':
      return `expected ${issue.origin === 'array' ? `at most ${String(issue.maximum)} item(s)` : `a value ≤ ${String(issue.maximum)}`}${issue.input !== undefined ? `, got ${show(issue.input)}` : ''}`;
    case 'invalid_union':
      return `expected ${issue.message.replace(/^Invalid input(: )?/, '') || 'a valid value'}${issue.input !== undefined ? `, got ${show(issue.input)}` : ''}`;
    default:
      return `expected ${issue.message}${'input' in issue && issue.input !== undefined ? `, got ${show(issue.input)}` : ''}`;
  }
}

/** A value as JSON, shortened: an issue names what it got, not the whole feature. */
function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : typeof value;
}
