/**
 * Places: the initiatives' points grouped by position. Country-level initiatives share
 * their country's point, so India alone hosts dozens at one place; grouping gives
 * each place an exact count of distinct initiatives and its mix of pillars, so the map
 * can draw one badge per place that opens into a list. Region-wide initiatives (an
 * ASEAN-wide programme) are not at their members' points: each region is one place at
 * its own point (region-wide.ts), so a country's place counts what happens in it.
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { Initiative } from './initiative.ts';
import { isExact } from './markers.ts';
import { isRegionWide, regionGroups } from './region-wide.ts';
import type { Scope } from './vocabulary.ts';

export interface PlaceProperties {
  /** "<lng>,<lat>", or "region:<scope>" for a region's place. */
  readonly key: string;
  /** Distinct initiatives at this place. */
  readonly count: number;
  /** Their ids, space-separated (MapLibre feature properties hold scalars only). */
  readonly ids: string;
  /** The id when count is 1, else ''. */
  readonly id: string;
  readonly p1: number;
  readonly p2: number;
  readonly p3: number;
  /** The pillar when all share one, else 0. */
  readonly pillar: 0 | 1 | 2 | 3;
  /** 1 when every initiative here is at an exact or near site (precision 1–2). */
  readonly exact: 0 | 1;
  /** A region's place: its scope. */
  readonly region?: Scope;
  /** A region's place: its member countries, space-separated ISO alpha-3 codes. */
  readonly members?: string;
}

export function placesOf(initiatives: readonly Initiative[]): FeatureCollection<Point, PlaceProperties> {
  const groups = new Map<string, { position: Position; members: Initiative[] }>();
  for (const initiative of initiatives) {
    if (isRegionWide(initiative)) continue;
    const { geometry } = initiative;
    const points = geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'MultiPoint' ? geometry.coordinates : [];
    for (const position of points) {
      const key = `${position[0]},${position[1]}`;
      let group = groups.get(key);
      if (!group) {
        group = { position, members: [] };
        groups.set(key, group);
      }
      // An initiative's own points come together, so checking the last member is enough to count it once.
      if (group.members[group.members.length - 1] !== initiative) group.members.push(initiative);
    }
  }
  const features: Feature<Point, PlaceProperties>[] = [];
  for (const [key, { position, members }] of groups) features.push(place(key, position, members));
  for (const region of regionGroups(initiatives)) {
    const drawn = place(`region:${region.scope}`, [...region.position], region.initiatives);
    features.push({ ...drawn, properties: { ...drawn.properties, region: region.scope, members: region.members.join(' ') } });
  }
  // Larger places first, so smaller ones draw on top and stay clickable.
  features.sort((a, b) => b.properties.count - a.properties.count);
  return { type: 'FeatureCollection', features };
}

function place(key: string, position: Position, members: readonly Initiative[]): Feature<Point, PlaceProperties> {
  const pillars: [number, number, number] = [0, 0, 0];
  for (const member of members) {
    const i = member.properties.pillar - 1;
    pillars[i] = (pillars[i] ?? 0) + 1;
  }
  const single = pillars.filter((n) => n > 0).length === 1 ? ((pillars.findIndex((n) => n > 0) + 1) as 1 | 2 | 3) : 0;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: position },
    properties: {
      key,
      count: members.length,
      ids: members.map((m) => m.id).join(' '),
      id: members.length === 1 ? members[0]!.id : '',
      p1: pillars[0],
      p2: pillars[1],
      p3: pillars[2],
      pillar: single,
      exact: members.every((m) => isExact(m.properties.precision)) ? 1 : 0,
    },
  };
}

/** Ids of a place's initiatives, from its `ids` property. */
export function placeIds(ids: unknown): string[] {
  return typeof ids === 'string' && ids ? ids.split(' ') : [];
}
