import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticInitiatives } from './synthetic.ts';
import { parseDataset, validateDataset } from './validate.ts';

const base = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!base.ok) throw new Error('dataset does not parse');
const initiatives = base.value.initiatives;

describe('seededRandom', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('syntheticInitiatives', () => {
  it('is deterministic: the same seed gives the same features', () => {
    expect(syntheticInitiatives(500, 42, initiatives)).toEqual(syntheticInitiatives(500, 42, initiatives));
    expect(syntheticInitiatives(50, 43, initiatives)).not.toEqual(syntheticInitiatives(50, 42, initiatives));
  });

  it('gives exactly the number asked, with unique ids', () => {
    const features = syntheticInitiatives(10_000, 7, initiatives);
    expect(features).toHaveLength(10_000);
    expect(new Set(features.map((f) => f.id)).size).toBe(10_000);
  });

  it('follows the dataset schema', () => {
    const result = validateDataset({ type: 'FeatureCollection', features: syntheticInitiatives(2000, 3, initiatives) });
    expect(result.ok && result.value.issues).toEqual([]);
  });

  it('covers every pillar and many countries', () => {
    const features = syntheticInitiatives(3000, 5, initiatives);
    expect(new Set(features.map((f) => f.properties.pillar))).toEqual(new Set([1, 2, 3]));
    expect(new Set(features.map((f) => f.properties.countries[0])).size).toBeGreaterThan(30);
  });
});
