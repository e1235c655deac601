/** After a filter change the map frames the matching set, unless the user has moved the map since it was last fitted. */
import type { Initiative } from '../../data/initiative.ts';
import { fitSelection } from '../camera/fit.ts';
import { prefersReducedMotion, type MapSession } from '../owner/map-session.ts';

export interface CameraInput {
  readonly initiatives: readonly Initiative[];
  /** Filters or a search narrow the set: fitting then frames the set, not the Indo-Pacific. */
  readonly filtered: boolean;
}

export interface CameraDiff {
  /** The first input: the map already starts at the link's view or the Indo-Pacific. */
  readonly initial: boolean;
  readonly initiatives: readonly Initiative[];
  readonly filtered: boolean;
}

export function diffCamera(prev: CameraInput | null, next: CameraInput): CameraDiff | null {
  if (prev && prev.initiatives === next.initiatives && prev.filtered === next.filtered) return null;
  const initial = prev === null;
  // At start the map frames the Indo-Pacific already; only a filtered link needs a frame.
  if (initial && !next.filtered) return null;
  return { initial, initiatives: next.initiatives, filtered: next.filtered };
}

export function applyCamera(session: MapSession, diff: CameraDiff): void {
  if (session.userMoved) return;
  fitSelection(session.map, diff.initiatives, !diff.filtered, 0, !diff.initial && !prefersReducedMotion());
}

export const cameraSync = { diff: diffCamera, apply: applyCamera };
