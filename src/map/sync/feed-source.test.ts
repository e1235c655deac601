import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { newSession } from '../owner/map-session.ts';
import { feedParts, feedSource } from './feed-source.ts';

const points = (n: number): FeatureCollection<Point> => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i): Feature<Point> => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [i % 360, 0] },
    properties: {},
  })),
});

/** A map with GeoJSON sources that record what they are sent; the worker takes each send a task later. */
function fakeMap() {
  type Call = { source: string; kind: 'set' | 'add'; ids: unknown[]; at: number };
  const calls: Call[] = [];
  let tick = 0;
  const sources = new Map<string, object>();
  const taken = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
  const makeSource = (id: string) => ({
    setData: (data: FeatureCollection) => {
      calls.push({ source: id, kind: 'set', ids: data.features.map((f) => f.id), at: tick++ });
      return taken();
    },
    updateData: ({ add = [] }: { add?: Feature[] }) => {
      calls.push({ source: id, kind: 'add', ids: add.map((f) => f.id), at: tick++ });
      return taken();
    },
  });
  let repaints = 0;
  const map = {
    getSource: (id: string) => sources.get(id),
    triggerRepaint: () => void repaints++,
  } as unknown as MapLibreMap;
  const session = newSession({ map, sources: new Map() }, false);
  const add = (id: string) => {
    sources.set(id, makeSource(id));
    session.sources.set(id, 0);
  };
  const remove = (id: string) => {
    sources.delete(id);
    session.sources.delete(id);
  };
  return { session, calls, add, remove, repaints: () => repaints };
}

describe('feedParts', () => {
  it('cuts a collection into parts of at most `part` features, in order, and an empty one into one empty part', () => {
    const parts = feedParts(points(7).features, 3);
    expect(parts.map((p) => p.map((f) => f.id))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(feedParts([], 3)).toEqual([[]]);
  });
});

describe('feedSource', () => {
  it('sets a small collection at once', async () => {
    const { session, calls, add } = fakeMap();
    add('s');
    await feedSource(session, 's', () => points(3), { large: false, part: 5 });
    expect(calls.map((c) => [c.kind, c.ids.length])).toEqual([['set', 3]]);
    expect(session.feeding).toBe(0);
  });

  it('sets the first part of a large one and adds the others as diffs, every feature once, each after the one before is taken', async () => {
    const { session, calls, add, repaints } = fakeMap();
    add('s');
    let built = 0;
    const fed = feedSource(session, 's', () => (built++, points(12)), { large: true, part: 5 });
    // Nothing is built or sent in the task that asked (its own work is enough for one task); the session waits for the whole collection.
    expect(calls).toEqual([]);
    expect(built).toBe(0);
    expect(session.feeding).toBe(1);
    expect(await fed).toBe(true);
    expect(built).toBe(1);
    expect(session.sources.get('s')).toBe(12);
    expect(calls.map((c) => [c.kind, c.ids.length])).toEqual([
      ['set', 5],
      ['add', 5],
      ['add', 2],
    ]);
    expect(calls.flatMap((c) => c.ids)).toEqual([...Array(12).keys()]);
    expect(session.feeding).toBe(0);
    expect(session.settled).toBe(false);
    expect(repaints()).toBe(1);
  });

  it('stops between parts when a newer feed of the same source starts, which then runs to its end', async () => {
    const { session, calls, add } = fakeMap();
    add('s');
    const older = feedSource(session, 's', () => points(20), { large: true, part: 5 });
    const newer = feedSource(session, 's', () => points(7), { large: true, part: 5 });
    expect(await Promise.all([older, newer])).toEqual([false, true]);
    // The older one sent nothing; the newer one all of its own.
    expect(calls.map((c) => [c.kind, c.ids.length])).toEqual([
      ['set', 5],
      ['add', 2],
    ]);
    expect(session.feeding).toBe(0);
    expect(session.feeds.size).toBe(0);
  });

  it('stops when its source is removed, or the map is', async () => {
    const first = fakeMap();
    first.add('s');
    const fed = feedSource(first.session, 's', () => points(20), { large: true, part: 5 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    first.remove('s');
    await fed;
    expect(first.calls).toHaveLength(1);
    expect(first.session.feeding).toBe(0);

    const second = fakeMap();
    second.add('s');
    const gone = feedSource(second.session, 's', () => points(20), { large: true, part: 5 });
    second.session.removed = true;
    await gone;
    expect(second.calls).toHaveLength(0);
    expect(second.repaints()).toBe(0);
  });
});
