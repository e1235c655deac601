import { describe, expect, it } from 'vitest';
import { barSegments } from './bar-segments.ts';

describe('barSegments', () => {
  it('lays the focus areas end to end, in pillar order, the longest bar filling the track', () => {
    expect(barSegments({ 1: 3, 2: 1, 3: 6 }, 10)).toEqual([
      { pillar: 1, from: 0, width: 30 },
      { pillar: 2, from: 30, width: 10 },
      { pillar: 3, from: 40, width: 60 },
    ]);
  });

  it('leaves out the focus areas with none, and a shorter bar stops short', () => {
    expect(barSegments({ 1: 0, 2: 2, 3: 0 }, 8)).toEqual([{ pillar: 2, from: 0, width: 25 }]);
  });

  it('draws nothing for a bar at 0, even where every bar is', () => {
    expect(barSegments({ 1: 0, 2: 0, 3: 0 }, 0)).toEqual([]);
    expect(barSegments({ 1: 0, 2: 0, 3: 0 }, 5)).toEqual([]);
  });
});
