import { describe, expect, it } from 'vitest';
import type { Initiative } from './initiative.ts';
import { placeIds, placesOf } from './places.ts';
import { SCOPE_POINTS } from './region-wide.ts';

function initiative(
  id: string,
  pillar: 1 | 2 | 3,
  geometry: Initiative['geometry'],
  precision: Initiative['properties']['precision'] = 6,
): Initiative {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: {
      title: { ja: id, en: id },
      summary: { ja: id, en: id },
      pillar,
      countries: ['IND'],
      partners: [],
      tools: ['ODA'],
      precision,
      source: { doc: 'evolved-foip', section: 's', quote: 'q' },
    },
  };
}

const india = [78.9, 22.4];
const bhutan = [90.4, 27.4];

describe('placesOf', () => {
  it('groups initiatives at the same point and counts each once', () => {
    const places = placesOf([
      initiative('a', 1, { type: 'Point', coordinates: [india[0]!, india[1]!] }),
      initiative('b', 3, {
        type: 'MultiPoint',
        coordinates: [
          [india[0]!, india[1]!],
          [bhutan[0]!, bhutan[1]!],
        ],
      }),
      initiative('c', 3, { type: 'Point', coordinates: [india[0]!, india[1]!] }),
    ]);
    expect(places.features).toHaveLength(2);
    const first = places.features[0]!.properties;
    expect(first).toMatchObject({ count: 3, p1: 1, p2: 0, p3: 2, pillar: 0, id: '', exact: 0 });
    expect(placeIds(first.ids)).toEqual(['a', 'b', 'c']);
    expect(places.features[1]!.properties).toMatchObject({ count: 1, id: 'b', pillar: 3 });
  });

  it('marks a place exact only when every initiative there is an exact site', () => {
    const site = initiative('airport', 3, { type: 'Point', coordinates: [134.54, 7.37] }, 1);
    expect(placesOf([site]).features[0]!.properties.exact).toBe(1);
    const mixed = placesOf([site, initiative('country', 3, { type: 'Point', coordinates: [134.54, 7.37] })]);
    expect(mixed.features[0]!.properties.exact).toBe(0);
  });

  it('leaves routes out (they are drawn as lines)', () => {
    const cable = initiative(
      'cable',
      1,
      {
        type: 'LineString',
        coordinates: [
          [158, 7],
          [163, 5],
        ],
      },
      5,
    );
    expect(placesOf([cable]).features).toEqual([]);
  });

  it('draws region-wide initiatives once, at their region’s point, and counts at a country only what happens there', () => {
    const regionWide = (id: string, pillar: 1 | 2 | 3): Initiative => {
      const base = initiative(
        id,
        pillar,
        {
          type: 'MultiPoint',
          coordinates: [
            [india[0]!, india[1]!],
            [bhutan[0]!, bhutan[1]!],
          ],
        },
        5,
      );
      return { ...base, properties: { ...base.properties, countries: ['IND', 'BTN'], scope: 'ASEAN' } };
    };
    const places = placesOf([
      regionWide('wide-1', 1),
      initiative('india', 2, { type: 'Point', coordinates: [india[0]!, india[1]!] }),
      regionWide('wide-2', 3),
    ]);
    expect(places.features).toHaveLength(2);
    const region = places.features.find((f) => f.properties.region === 'ASEAN');
    expect(region?.geometry.coordinates).toEqual([...SCOPE_POINTS.ASEAN]);
    expect(region?.properties).toMatchObject({
      key: 'region:ASEAN',
      count: 2,
      ids: 'wide-1 wide-2',
      id: '',
      p1: 1,
      p3: 1,
      pillar: 0,
      exact: 0,
      members: 'BTN IND',
    });
    const country = places.features.find((f) => f.properties.region === undefined);
    expect(country?.properties).toMatchObject({ count: 1, id: 'india', pillar: 2 });
  });

  it('returns nothing for no initiatives', () => {
    expect(placesOf([]).features).toEqual([]);
  });
});

describe('placeIds', () => {
  it.each([
    ['a b', ['a', 'b']],
    ['', []],
    [undefined, []],
    [42, []],
  ])('%j → %j', (input, expected) => {
    expect(placeIds(input)).toEqual(expected);
  });
});
