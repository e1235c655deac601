/**
 * Partner arcs: great circles from each partner country (and from Japan) to the places
 * of the initiatives they share, so coalitions show on the map. Computed here rather
 * than with turf's greatCircle, which splits Pacific routes at ±180° and has reported
 * bugs on them: our arcs keep continuous, unwrapped longitudes (Japan → Chile runs from
 * 139° to 289° across the Pacific), which MapLibre draws without a break.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { positionsOf, type Initiative } from './initiative.ts';

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
  readonly japan: 0 | 1;
  /** Initiatives it stands for (space-separated ids) and how many. */
  readonly ids: string;
  readonly count: number;
}

/**
 * One arc per (partner, place) pair, standing for every initiative that partner shares
 * at that place. Partners without a point (organisations) get no arc.
 */
export function arcsOf(
  initiatives: readonly Initiative[],
  pointOf: (country: string) => Position | undefined,
  { fromJapan = true }: { fromJapan?: boolean } = {},
): FeatureCollection<LineString, ArcProperties> {
  const groups = new Map<string, { from: string; origin: Position; target: Position; ids: string[] }>();
  const japan = pointOf('JPN');
  for (const initiative of initiatives) {
    const origins: [string, Position][] = [];
    if (fromJapan && japan) origins.push(['JPN', japan]);
    for (const partner of initiative.properties.partners) {
      const origin = pointOf(partner);
      if (origin && partner !== 'JPN') origins.push([partner, origin]);
    }
    for (const target of positionsOf(initiative.geometry)) {
      for (const [from, origin] of origins) {
        if (Math.abs((origin[0] ?? 0) - target[0]) < 0.01 && Math.abs((origin[1] ?? 0) - target[1]) < 0.01) continue;
        const key = `${from}|${target[0]},${target[1]}`;
        const group = groups.get(key) ?? { from, origin, target, ids: [] };
        if (!group.ids.includes(initiative.id)) group.ids.push(initiative.id);
        groups.set(key, group);
      }
    }
  }
  const features: Feature<LineString, ArcProperties>[] = [];
  for (const { from, origin, target, ids } of groups.values()) {
    const coordinates = greatCircle(origin, target);
    if (coordinates.length < 2) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates },
      properties: { from, japan: from === 'JPN' ? 1 : 0, ids: ids.join(' '), count: ids.length },
    });
  }
  return { type: 'FeatureCollection', features };
}
