/**
 * The flow of the partner arcs while presenting: the dash pattern marches along the lines. The
 * pattern is a pure function of time (`flowStep`); the loop only schedules frames.
 */
import { cancelFrame, requestFrame } from '../animation/frame-clock.ts';
import { LAYERS } from '../style/layers.ts';
import type { MapSession } from '../owner/map-session.ts';

export interface ArcFlowInput {
  /** Presenting with the arcs on, and motion allowed. */
  readonly flowing: boolean;
}

/** Dash patterns for the marching flow of the arcs (MapLibre's "animate a line" pattern). */
export const ARC_DASHES: readonly (readonly number[])[] = [
  [0, 4, 3],
  [0.5, 4, 2.5],
  [1, 4, 2],
  [1.5, 4, 1.5],
  [2, 4, 1],
  [2.5, 4, 0.5],
  [3, 4, 0],
  [0, 0.5, 3, 3.5],
  [0, 1, 3, 3],
  [0, 1.5, 3, 2.5],
  [0, 2, 3, 2],
  [0, 2.5, 3, 1.5],
  [0, 3, 3, 1],
  [0, 3.5, 3, 0.5],
];

/** The pattern shown at `now` ms: one step each 60 ms. */
export function flowStep(now: number): number {
  return Math.floor(now / 60) % ARC_DASHES.length;
}

export function diffArcFlow(prev: ArcFlowInput | null, next: ArcFlowInput): ArcFlowInput | null {
  if (prev === null) return next.flowing ? next : null;
  return prev.flowing === next.flowing ? null : next;
}

export function applyArcFlow(session: MapSession, { flowing }: ArcFlowInput): void | (() => void) {
  const { map } = session;
  if (!flowing) return;
  session.flowing = true;
  let shown = -1;
  let handle = 0;
  const tick = (now: number) => {
    const step = flowStep(now);
    if (step !== shown) {
      shown = step;
      map.setPaintProperty(LAYERS.arcs, 'line-dasharray', [...ARC_DASHES[step]!]);
    }
    handle = requestFrame(tick);
  };
  // The browser's frames, or the video's clock while one is recorded (frame-clock.ts).
  handle = requestFrame(tick);
  return () => {
    cancelFrame(handle);
    session.flowing = false;
    if (!session.removed) map.setPaintProperty(LAYERS.arcs, 'line-dasharray', undefined);
  };
}

export const arcFlowSync = { diff: diffArcFlow, apply: applyArcFlow };
