/** While presenting, every initiative stays faintly in view behind the highlighted set. */
import type { Initiative } from '../../data/initiative.ts';
import { placesOf } from '../../data/places.ts';
import { SOURCES } from '../style/layers.ts';
import { touch, type MapSession } from '../owner/map-session.ts';
import { EMPTY, setSourceData } from '../style/sources.ts';

export interface ContextInput {
  readonly context: readonly Initiative[] | null;
}

export function diffContext(prev: ContextInput | null, next: ContextInput): ContextInput | null {
  return prev?.context === next.context ? null : next;
}

export function applyContext(session: MapSession, { context }: ContextInput): void {
  touch(session);
  setSourceData(session, SOURCES.context, context ? placesOf(context) : EMPTY);
}

export const contextSync = { diff: diffContext, apply: applyContext };
