/**
 * Partner arcs: great circles from each partner country (and from Japan) to the countries
 * (or, for region-wide items, the regions) of the initiatives they share, so coalitions show
 * on the map. Computed here rather
 * than with turf's greatCircle, which splits Pacific routes at ±180° and has reported
 * bugs on them: our arcs keep continuous, unwrapped longitudes (Japan → Chile runs from
 * 139° to 289° across the Pacific), which MapLibre draws without a break.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { positionsOf, type Initiative } from './initiative.ts';
import { isRegionWide, SCOPE_POINTS } from './region-wide.ts';

const RAD = Math.PI / 180;

/** Points along the shorter great circle from `from` to `to`, longitudes unwrapped from `from`. */
export function greatCircle(from: Position, to: Position, segments = 48): [number, number][] {
  const [lon1 = 0, lat1 = 0] = from;
  const [lon2 = 0, lat2 = 0] = to;
  const a = toVector(lon1, lat1);
  const b = toVector(lon2, lat2);
  // The angle from the chord between the two unit vectors: precise for near and far points alike.
  const chord = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  const angle = 2 * Math.asin(Math.min(1, chord / 2));
  if (angle < 1e-9) return [[lon1, lat1]];
  const points: [number, number][] = [];
  let previous = lon1;
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    // Spherical linear interpolation; nearly antipodal points fall back to a straight blend.
    const sin = Math.sin(angle);
    const wa = sin > 1e-9 ? Math.sin((1 - t) * angle) / sin : 1 - t;
    const wb = sin > 1e-9 ? Math.sin(t * angle) / sin : t;
    const x = wa * a[0] + wb * b[0];
    const y = wa * a[1] + wb * b[1];
    const z = wa * a[2] + wb * b[2];
    const lat = Math.atan2(z, Math.hypot(x, y)) / RAD;
    let lon = Math.atan2(y, x) / RAD;
    lon += 360 * Math.round((previous - lon) / 360);
    points.push([lon, lat]);
    previous = lon;
  }
  // The ends exactly as given (the end unwrapped next to its neighbour).
  points[0] = [lon1, lat1];
  points[segments] = [lon2 + 360 * Math.round((previous - lon2) / 360), lat2];
  return points;
}

function toVector(lon: number, lat: number): [number, number, number] {
  const phi = lat * RAD;
  const lambda = lon * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

export interface ArcProperties {
  /** ISO alpha-3 of the partner the arc starts from, or "JPN". */
  readonly from: string;
  /** Where it ends: a host country (ISO alpha-3), or for a region-wide initiative its scope ("ASEAN", "Africa", …). */
  readonly to: string;
  readonly japan: 0 | 1;
  /** Initiatives it stands for (space-separated ids) and how many: the line's width. */
  readonly ids: string;
  readonly count: number;
}

export interface ArcOptions {
  /**
   * The partner filter. Empty: every partner's arcs. Otherwise only the arcs of these partners,
   * and Japan's arcs, for the initiatives that have one of them as a partner (an organisation such
   * as QUAD has no point of its own, so it selects Japan's arcs only).
   */
  readonly partners?: readonly string[];
}

/** Where an initiative's arcs end: each host country, or once its region for a region-wide one. */
interface Destination {
  readonly key: string;
  readonly point: Position;
  /** Countries the destination stands for: no arc starts from one of them. */
  readonly members: readonly string[];
}

/**
 * One arc per origin and destination, standing for every initiative that origin shares there:
 * Japan's arcs to every host country of the set, and each partner country's. A region-wide
 * initiative (`scope`) has one destination, its region, at the middle of its members' points, so
 * an Africa-wide item is one arc and not 54. An arc ends at the destination's label point, not at
 * the sites: the sites are the badges' job, and one line per country keeps the view readable.
 * Within one initiative a pair of countries is joined once (Japan's arc first), so a Japan–India
 * item in both countries is one line, not two on top of each other.
 */
export function arcsOf(
  initiatives: readonly Initiative[],
  pointOf: (country: string) => Position | undefined,
  { partners: selected = [] }: ArcOptions = {},
): FeatureCollection<LineString, ArcProperties> {
  const groups = new Map<string, { from: string; to: string; origin: Position; target: Position; ids: string[] }>();
  const japan = pointOf(JAPAN);
  for (const initiative of initiatives) {
    const { partners } = initiative.properties;
    if (selected.length > 0 && !partners.some((p) => selected.includes(p))) continue;
    const origins: [string, Position][] = japan ? [[JAPAN, japan]] : [];
    for (const partner of partners) {
      if (partner === JAPAN || (selected.length > 0 && !selected.includes(partner))) continue;
      const origin = pointOf(partner);
      if (origin) origins.push([partner, origin]);
    }
    const destinations = destinationsOf(initiative, pointOf);
    const joined = new Set<string>();
    for (const [from, origin] of origins) {
      for (const { key: to, point: target, members } of destinations) {
        if (members.includes(from) || joined.has(`${to}|${from}`)) continue;
        joined.add(`${from}|${to}`);
        const key = `${from}|${to}`;
        const group = groups.get(key) ?? { from, to, origin, target, ids: [] };
        if (!group.ids.includes(initiative.id)) group.ids.push(initiative.id);
        groups.set(key, group);
      }
    }
  }
  const features: Feature<LineString, ArcProperties>[] = [];
  for (const { from, to, origin, target, ids } of groups.values()) {
    const coordinates = greatCircle(origin, target);
    if (coordinates.length < 2) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates },
      properties: { from, to, japan: from === JAPAN ? 1 : 0, ids: ids.join(' '), count: ids.length },
    });
  }
  return { type: 'FeatureCollection', features };
}

const JAPAN = 'JPN';

function destinationsOf(initiative: Initiative, pointOf: (country: string) => Position | undefined): Destination[] {
  const { countries, scope } = initiative.properties;
  // Drawn as its region (region-wide.ts): the arc ends at the region's badge.
  if (scope && isRegionWide(initiative)) return [{ key: scope, point: [...SCOPE_POINTS[scope]], members: countries }];
  if (scope) {
    const point = middleOf(
      countries.flatMap((c) => {
        const p = pointOf(c);
        return p ? [p] : [];
      }),
    );
    return point ? [{ key: scope, point, members: countries }] : [];
  }
  return countries.flatMap((country): Destination[] => {
    // A country without a label point: the initiative's own places, where it has no other host.
    const point = pointOf(country) ?? (countries.length === 1 ? middleOf(positionsOf(initiative.geometry)) : undefined);
    return point ? [{ key: country, point, members: [country] }] : [];
  });
}

/**
 * The middle of points on the sphere (their mean direction), so a region across ±180° such as
 * the Pacific islands gets a middle in the Pacific, not in Africa. Undefined for no points, or
 * for points that cancel out.
 */
export function middleOf(points: readonly Position[]): Position | undefined {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon = 0, lat = 0] of points) {
    const v = toVector(lon, lat);
    x += v[0];
    y += v[1];
    z += v[2];
  }
  if (Math.hypot(x, y, z) < 1e-9 * Math.max(1, points.length)) return undefined;
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
}
