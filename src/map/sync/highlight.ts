/**
 * The selected initiative and those hovered in the sidebar (a row of the list, or a bar of the
 * summary and all its initiatives): a ring on each of their points (the highlights source, above
 * the badges), and a mark on the places and routes that hold the selected one, or a single
 * hovered one, alone (feature state: marks.ts).
 */
import type { FeatureCollection } from 'geojson';
import type { Initiative } from '../../data/initiative.ts';
import { markersOf } from '../../data/markers.ts';
import { SOURCES } from '../style/layers.ts';
import { touch, type MapSession } from '../owner/map-session.ts';
import { markInitiative, type Mark } from '../style/marks.ts';
import { EMPTY, setSourceData } from '../style/sources.ts';

export interface HighlightInput {
  readonly selected: Initiative | null;
  /** The initiatives hovered in the sidebar (not on the map): a list row's, or a summary bar's; empty for none. */
  readonly hovered: readonly Initiative[];
}

export interface HighlightDiff {
  /** Each changed highlight and what it is now. */
  readonly selected?: Initiative | null;
  readonly hovered?: readonly Initiative[];
}

export function diffHighlight(prev: HighlightInput | null, next: HighlightInput): HighlightDiff | null {
  const diff: { selected?: Initiative | null; hovered?: readonly Initiative[] } = {};
  if (!prev || prev.selected !== next.selected) diff.selected = next.selected;
  if (!prev || !sameInitiatives(prev.hovered, next.hovered)) diff.hovered = next.hovered;
  return Object.keys(diff).length > 0 ? diff : null;
}

export function applyHighlight(session: MapSession, diff: HighlightDiff): void {
  touch(session);
  if (diff.selected !== undefined) {
    setMark(session, 'selected', diff.selected?.id ?? '');
    session.highlighted = { ...session.highlighted, selected: diff.selected };
  }
  if (diff.hovered !== undefined) {
    // One hovered initiative is marked on its own places too; a set is shown by its rings alone.
    setMark(session, 'hover', diff.hovered.length === 1 ? diff.hovered[0]!.id : '');
    session.highlighted = { ...session.highlighted, hovered: diff.hovered };
  }
  setSourceData(session, SOURCES.highlights, highlightMarkers(session.highlighted));
}

/** The points of the hovered and the selected initiative, each marked which it is (the hover ring below the selection). */
export function highlightMarkers({ selected, hovered }: HighlightInput): FeatureCollection {
  const marked = (initiatives: readonly Initiative[], mark: Mark) =>
    initiatives.length > 0
      ? markersOf(initiatives).features.map((feature) => ({ ...feature, properties: { ...feature.properties, mark } }))
      : [];
  const features = [...marked(hovered, 'hover'), ...marked(selected ? [selected] : [], 'selected')];
  return features.length > 0 ? { type: 'FeatureCollection', features } : EMPTY;
}

/** The same initiatives in the same order (a bar's list is made again at each render). */
export function sameInitiatives(a: readonly Initiative[], b: readonly Initiative[]): boolean {
  return a === b || (a.length === b.length && a.every((initiative, k) => initiative === b[k]));
}

/** Moves `mark` to initiative `id` ('' for none). */
export function setMark(session: MapSession, mark: Mark, id: string): void {
  if (session.marks[mark] === id) return;
  markInitiative(session.map, session.drawn.places, mark, session.marks[mark], false);
  session.marks[mark] = id;
  markInitiative(session.map, session.drawn.places, mark, id, true);
}

/** Sets the marks again on newly drawn places. */
export function remark(session: MapSession): void {
  for (const mark of ['hover', 'selected'] as const) markInitiative(session.map, session.drawn.places, mark, session.marks[mark], true);
}

export const highlightSync = { diff: diffHighlight, apply: applyHighlight };
