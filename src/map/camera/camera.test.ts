import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markersOf } from '../../data/markers.ts';
import { parseDataset } from '../../data/validate.ts';
import { INDO_PACIFIC_BOUNDS } from './camera.ts';

describe('the opening frame', () => {
  it('holds every initiative’s point of the dataset (region-wide ones at their region’s point), unwrapped across the date line', () => {
    const dataset = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
    if (!dataset.ok) throw new Error('the dataset does not parse');
    const [[west, south], [east, north]] = INDO_PACIFIC_BOUNDS;
    const outside = markersOf(dataset.value.initiatives)
      .features.map((f) => f.geometry.coordinates as [number, number])
      .map(([lng, lat]) => [lng < west ? lng + 360 : lng, lat] as const)
      .filter(([lng, lat]) => lng < west || lng > east || lat < south || lat > north);
    expect(outside).toEqual([]);
  });
});
