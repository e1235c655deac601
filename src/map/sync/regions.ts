/**
 * Regions on the map (data/region-wide.ts, region-layers.ts): the members of every region with
 * matching region-wide initiatives are hatched; the members of the selected initiative's region,
 * and of the one hovered in the list, are highlighted; and so are those of a region's place under
 * the pointer (`setRegionPointer`, called by interaction.ts). All of it is feature state on the
 * basemap's `countries` source, so a change rewrites paint values and lays nothing out again.
 */
import type { Initiative } from '../../data/initiative.ts';
import { regionMemberCodes, regionMembersOf } from '../../data/region-wide.ts';
import { SOURCES } from '../style/layers.ts';
import { touch, type MapSession } from '../owner/map-session.ts';
import { addRegionLayers, REGION_LAYERS, REGION_STATE } from '../style/region-layers.ts';

export interface RegionsInput {
  /** The matching initiatives: their regions are drawn. */
  readonly initiatives: readonly Initiative[];
  readonly selected: Initiative | null;
  /** The initiatives hovered in the sidebar. */
  readonly hovered: readonly Initiative[];
}

/** Countries to turn a state on for, and off for. */
export interface CodeChange {
  readonly on: readonly string[];
  readonly off: readonly string[];
}

export interface RegionsDiff {
  /** Members of the regions drawn. */
  readonly drawn: CodeChange;
  /** Members of the selected or list-hovered initiative's region. */
  readonly marked: CodeChange;
}

const NONE: ReadonlySet<string> = new Set();
const drawnCache = new WeakMap<readonly Initiative[], ReadonlySet<string>>();

/** The members of the regions drawn for a matching set (worked out once per set). */
function drawnOf(initiatives: readonly Initiative[]): ReadonlySet<string> {
  let codes = drawnCache.get(initiatives);
  if (!codes) {
    codes = regionMemberCodes(initiatives);
    drawnCache.set(initiatives, codes);
  }
  return codes;
}

function markedOf({ selected, hovered }: RegionsInput): ReadonlySet<string> {
  return new Set([...regionMembersOf(selected), ...hovered.flatMap(regionMembersOf)]);
}

/** What turns on and off between two sets, each sorted. */
export function codeChange(before: ReadonlySet<string>, after: ReadonlySet<string>): CodeChange {
  return { on: [...after].filter((c) => !before.has(c)).sort(), off: [...before].filter((c) => !after.has(c)).sort() };
}

const isEmpty = (change: CodeChange) => change.on.length === 0 && change.off.length === 0;

export function diffRegions(prev: RegionsInput | null, next: RegionsInput): RegionsDiff | null {
  const drawn =
    prev?.initiatives === next.initiatives
      ? { on: [], off: [] }
      : codeChange(prev ? drawnOf(prev.initiatives) : NONE, drawnOf(next.initiatives));
  const marked = codeChange(prev ? markedOf(prev) : NONE, markedOf(next));
  return isEmpty(drawn) && isEmpty(marked) ? null : { drawn, marked };
}

export function applyRegions(session: MapSession, { drawn, marked }: RegionsDiff): void {
  const { map } = session;
  touch(session);
  addRegionLayers(map);
  setCountries(session, REGION_STATE.drawn, drawn);
  setCountries(session, REGION_STATE.marked, marked);
  session.markedRegion = new Set([...session.markedRegion, ...marked.on].filter((code) => !marked.off.includes(code)));
  showHighlight(session);
}

/**
 * The tint and outline draw only while a region is highlighted: otherwise they would be drawn over
 * every country, transparent, in every frame. Their layers' own opacity, a constant, switches them
 * (MapLibre skips a layer at 0 and lays nothing out again when it changes).
 */
function showHighlight(session: MapSession): void {
  const opacity = session.markedRegion.size > 0 || session.pointedRegion.size > 0 ? 1 : 0;
  const { map } = session;
  if (map.getPaintProperty(REGION_LAYERS.tint, 'fill-layer-opacity') === opacity) return;
  map.setPaintProperty(REGION_LAYERS.tint, 'fill-layer-opacity', opacity);
  map.setPaintProperty(REGION_LAYERS.outline, 'line-layer-opacity', opacity);
}

function setCountries(session: MapSession, key: string, { on, off }: CodeChange): void {
  for (const id of off) session.map.setFeatureState({ source: SOURCES.countries, id }, { [key]: false });
  for (const id of on) session.map.setFeatureState({ source: SOURCES.countries, id }, { [key]: true });
}

/** Highlights the members of the region under the pointer (`members`: a region place's property), or none. */
export function setRegionPointer(session: MapSession, members: unknown): void {
  const next: ReadonlySet<string> = typeof members === 'string' && members ? new Set(members.split(' ')) : NONE;
  const change = codeChange(session.pointedRegion, next);
  if (isEmpty(change)) return;
  session.pointedRegion = next;
  addRegionLayers(session.map);
  setCountries(session, REGION_STATE.pointer, change);
  showHighlight(session);
}

export const regionsSync = { diff: diffRegions, apply: applyRegions };
