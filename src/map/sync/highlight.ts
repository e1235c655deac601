/**
 * The selected initiative and the one hovered in the list: a ring on each of their points
 * (the highlights source, above the badges) and a mark on the places and routes that hold them
 * alone (feature state: marks.ts).
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
  /** The initiative hovered in the list (not on the map). */
  readonly hovered: Initiative | null;
}

export interface HighlightDiff {
  /** Each changed highlight and what it is now. */
  readonly selected?: Initiative | null;
  readonly hovered?: Initiative | null;
}

export function diffHighlight(prev: HighlightInput | null, next: HighlightInput): HighlightDiff | null {
  const diff: { selected?: Initiative | null; hovered?: Initiative | null } = {};
  if (!prev || prev.selected !== next.selected) diff.selected = next.selected;
  if (!prev || prev.hovered !== next.hovered) diff.hovered = next.hovered;
  return Object.keys(diff).length > 0 ? diff : null;
}

export function applyHighlight(session: MapSession, diff: HighlightDiff): void {
  touch(session);
  if (diff.selected !== undefined) {
    setMark(session, 'selected', diff.selected?.id ?? '');
    session.highlighted = { ...session.highlighted, selected: diff.selected };
  }
  if (diff.hovered !== undefined) {
    setMark(session, 'hover', diff.hovered?.id ?? '');
    session.highlighted = { ...session.highlighted, hovered: diff.hovered };
  }
  setSourceData(session, SOURCES.highlights, highlightMarkers(session.highlighted));
}

/** The points of the hovered and the selected initiative, each marked which it is (the hover ring below the selection). */
export function highlightMarkers({ selected, hovered }: HighlightInput): FeatureCollection {
  const marked = (initiative: Initiative | null, mark: Mark) =>
    initiative ? markersOf([initiative]).features.map((feature) => ({ ...feature, properties: { ...feature.properties, mark } })) : [];
  const features = [...marked(hovered, 'hover'), ...marked(selected, 'selected')];
  return features.length > 0 ? { type: 'FeatureCollection', features } : EMPTY;
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
