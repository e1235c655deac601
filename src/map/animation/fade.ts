/**
 * Short transitions when the matching set changes. Data-driven paint properties do not
 * transition in MapLibre, so each feature carries `fade` ('in', 'out' or 'stay') and the
 * layers multiply their opacity by the feature's `fade` state, which a requestAnimationFrame
 * loop moves from 0 to 1 for arriving features and from 1 to 0 for leaving ones (marks.ts).
 * The frame value is a pure function of time.
 */
import type { Feature, Geometry } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';

export type Fade = 'in' | 'out' | 'stay';
export const FADE_MS = 200;

/** The features to draw during a transition: the new ones (fading in where new) and the ghosts of those leaving. */
export function fadeBetween<G extends Geometry, P extends object>(
  previous: readonly Feature<G, P>[],
  next: readonly Feature<G, P>[],
  keyOf: (feature: Feature<G, P>) => string,
): Feature<G, P & { fade: Fade }>[] {
  const before = new Set(previous.map(keyOf));
  const after = new Set(next.map(keyOf));
  const leaving = previous.filter((f) => !after.has(keyOf(f))).map((f) => withFade(f, 'out'));
  return [...leaving, ...next.map((f) => withFade(f, before.has(keyOf(f)) ? 'stay' : 'in'))];
}

export function withFade<G extends Geometry, P extends object>(feature: Feature<G, P>, fade: Fade): Feature<G, P & { fade: Fade }> {
  return { ...feature, properties: { ...feature.properties, fade } as P & { fade: Fade } };
}

/** Progress 0 → 1 at `elapsed` ms, eased (ease-out cubic). */
export function fadeProgress(elapsed: number, duration = FADE_MS): number {
  if (!(elapsed > 0)) return 0;
  const t = Math.min(1, elapsed / duration);
  return 1 - (1 - t) ** 3;
}

/** Opacity factor for a layer: the feature's `fade` state, 1 where it has none (staying features, and no transition). */
export const FADE_OPACITY: ExpressionSpecification = ['number', ['feature-state', 'fade'], 1];

/** Where frames come from: the browser's, or a video recorder's clock while one records (frame-clock.ts's MAP_FRAMES). */
export interface Frames {
  request(callback: (now: number) => void): number;
  cancel(id: number): void;
}

/** Runs `onFrame(progress)` on each of `frames` until done; returns a cancel function. */
export function animateFade(onFrame: (progress: number) => void, onDone: () => void, frames: Frames, duration = FADE_MS): () => void {
  let handle = 0;
  let start: number | undefined;
  const step = (now: number) => {
    start ??= now;
    const progress = fadeProgress(now - start, duration);
    onFrame(progress);
    if (progress < 1) handle = frames.request(step);
    else onDone();
  };
  handle = frames.request(step);
  return () => frames.cancel(handle);
}
