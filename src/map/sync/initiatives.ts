/**
 * The matching set on the map. Small datasets: places (badges merged per zoom level) and routes,
 * with a short fade for what arrives or leaves. Large ones (data/draw-strategy.ts): every point is
 * sent to the worker once per dataset and the matching set is shown through a mask.
 */
import type { Initiative } from '../../data/initiative.ts';
import { drawStrategy, visibilityMask, type DrawStrategy } from '../../data/draw-strategy.ts';
import { markersOf, routesOf } from '../../data/markers.ts';
import { placeIndex } from '../../data/place-clusters.ts';
import { collection, keyed, keyOf, routeIdOf, type Drawn } from '../style/drawn.ts';
import { animateFade, fadeBetween, withFade } from '../animation/fade.ts';
import { MAP_FRAMES } from '../animation/frame-clock.ts';
import { SOURCES } from '../style/layers.ts';
import { prefersReducedMotion, touch, type MapSession } from '../owner/map-session.ts';
import { clearMarks, fadeTargets, setFade } from '../style/marks.ts';
import { EMPTY, setSourceData } from '../style/sources.ts';
import { remark } from './highlight.ts';

/** From this zoom on, badges are never merged. */
export const MERGE_MAX_ZOOM = 6;
/** Above this many places a fade would mean loading both sets at once: large sets cut instead. */
const FADE_LIMIT = 4000;

export interface InitiativesInput {
  /** Every initiative of the dataset: a large one is drawn once and filtered in place. */
  readonly dataset: readonly Initiative[];
  /** The matching initiatives. */
  readonly initiatives: readonly Initiative[];
}

export interface InitiativesDiff {
  readonly strategy: DrawStrategy;
  /** What to do with the points source: send the whole dataset (mask strategy), empty it, or leave it. */
  readonly points: 'send' | 'clear' | null;
  readonly dataset: readonly Initiative[];
  readonly initiatives: readonly Initiative[];
}

export function diffInitiatives(prev: InitiativesInput | null, next: InitiativesInput): InitiativesDiff | null {
  if (prev && prev.dataset === next.dataset && prev.initiatives === next.initiatives) return null;
  const strategy = drawStrategy(next.dataset.length);
  const before = prev ? drawStrategy(prev.dataset.length) : null;
  const datasetChanged = !prev || prev.dataset !== next.dataset;
  const points = strategy === 'mask' ? (datasetChanged ? 'send' : null) : before === 'mask' ? 'clear' : null;
  return { strategy, points, dataset: next.dataset, initiatives: next.initiatives };
}

export function applyInitiatives(session: MapSession, diff: InitiativesDiff): void | (() => void) {
  const { map } = session;
  touch(session);
  if (diff.points === 'send') setSourceData(session, SOURCES.points, markersOf(diff.dataset));
  if (diff.points === 'clear') {
    map.setGlobalStateProperty('mask', null);
    setSourceData(session, SOURCES.points, EMPTY);
  }
  const previous = session.drawn;
  if (diff.strategy !== 'places') {
    session.places = null;
    const routes = routesOf(diff.initiatives).features;
    // One global-state value, so the points are laid out again once per change.
    map.setGlobalStateProperty('mask', visibilityMask(diff.dataset, diff.initiatives));
    setSourceData(session, SOURCES.places, EMPTY);
    setSourceData(session, SOURCES.routes, collection(routes));
    session.drawn = { places: [], routes, points: diff.initiatives.length };
    return;
  }
  const index = placeIndex(diff.initiatives, { maxZoom: MERGE_MAX_ZOOM });
  const level = Math.floor(map.getZoom());
  session.places = { index, level };
  const nextPlaces: Drawn[] = index.at(level).features.map(keyed);
  const nextRoutes: Drawn[] = routesOf(diff.initiatives).features;
  session.drawn = { places: nextPlaces.map((f) => withFade(f, 'stay')), routes: nextRoutes.map((f) => withFade(f, 'stay')), points: 0 };
  // Fades and marks belong to the features drawn so far.
  clearMarks(map);
  remark(session);
  const large = previous.places.length + nextPlaces.length > FADE_LIMIT;
  if (prefersReducedMotion() || large || (previous.places.length === 0 && previous.routes.length === 0)) {
    setSourceData(session, SOURCES.places, collection(session.drawn.places));
    setSourceData(session, SOURCES.routes, collection(session.drawn.routes));
    return;
  }
  // At the end the leaving features are fully transparent and ignored by hover and click; they are
  // dropped with the next change, which saves the worker a second pass over the data now.
  const placesNow = fadeBetween(previous.places, nextPlaces, keyOf);
  const routesNow = fadeBetween(previous.routes, nextRoutes, routeIdOf);
  const targets = fadeTargets(placesNow, routesNow);
  setFade(map, targets, 0);
  setSourceData(session, SOURCES.places, collection(placesNow));
  setSourceData(session, SOURCES.routes, collection(routesNow));
  session.fading++;
  let running = true;
  const end = () => {
    if (!running) return;
    running = false;
    session.fading--;
  };
  const cancel = animateFade(
    (progress) => setFade(map, targets, progress),
    () => {
      setFade(map, targets, 1);
      end();
    },
    MAP_FRAMES, // the browser's frames, or the video's clock while one is recorded
  );
  return () => {
    cancel();
    end();
  };
}

/** Badges are merged per zoom level: the owner calls this on `zoom` to redraw them when the level changes. */
export function redrawAtZoom(session: MapSession): void {
  const { map, places } = session;
  if (!places || Math.floor(map.getZoom()) === places.level) return;
  places.level = Math.floor(map.getZoom());
  const next = places.index.at(places.level).features.map((f) => keyed(withFade(f, 'stay')));
  session.drawn = { ...session.drawn, places: next };
  setSourceData(session, SOURCES.places, collection(next));
  remark(session);
}

export const initiativesSync = { diff: diffInitiatives, apply: applyInitiatives };
