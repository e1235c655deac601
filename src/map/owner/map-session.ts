/**
 * Everything the app keeps about one live map, in one place: what its sources hold, the features
 * drawn now (marks and the zoom handler need them), the marks, the countries shaded or lit for the
 * pointer, whether the user has moved the camera, and whether every change made so far has been
 * drawn (`whenIdle`). One session per map, made by the owner; it ends when the owner removes the
 * map. No module keeps per-map state of its own.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Initiative } from '../../data/initiative.ts';
import type { PlaceIndex } from '../../data/place-clusters.ts';
import type { Drawn } from '../style/drawn.ts';
import type { Mark } from '../style/marks.ts';
import type { MapSources, SourceTarget } from '../style/sources.ts';

export interface MapSession extends SourceTarget {
  readonly map: MapLibreMap;
  readonly sources: MapSources;
  /** The matching set as drawn: places and routes (small datasets) or the count of masked points (large ones). */
  drawn: { places: Drawn[]; routes: Drawn[]; points: number };
  /** Badges merged per zoom level (small datasets); null while large datasets are drawn as points. */
  places: { index: PlaceIndex; level: number } | null;
  /** The selected initiative and those hovered in the sidebar, ringed on the map (sync/highlight.ts). */
  highlighted: { readonly selected: Initiative | null; readonly hovered: readonly Initiative[] };
  /** The initiative marked for each mark (marks.ts); set again after the drawn set changes. */
  marks: Record<Mark, string>;
  /** The user has moved the map since it was last fitted: filters then no longer refit it. */
  userMoved: boolean;
  /** False from a change sent to the map until the map's next `idle`. */
  settled: boolean;
  /** Fades running now (a fade's frames are not a change the map knows of). */
  fading: number;
  /** The arcs' flow is running: the map repaints every few frames and never goes `idle`. */
  flowing: boolean;
  /** The countries the choropleth shades now (optional-layers.ts): cleared one by one, as they carry the regions' states too. */
  shaded: readonly string[];
  /** The members of the region under the pointer, lit on the basemap (sync/regions.ts). */
  pointedRegion: ReadonlySet<string>;
  /** The members of the selected or list-hovered initiative's region, lit on the basemap (sync/regions.ts). */
  markedRegion: ReadonlySet<string>;
  /** The map has handed over to the 1:10m tiles, or waits for their first tile to (sync/detail-basemap.ts). */
  detailHandover: boolean;
  /** Pictures and recordings under way: the light picture in motion is off while any is (light-mode.ts). */
  lightSuspended: number;
  /** Puts the full picture back if the light one is shown now (light-mode.ts sets it). */
  restoreFullPicture: () => void;
  /**
   * The user's layers drawn now, by id: whether each one's points are clustered, whether it is meant
   * to be visible, whether it is being fed (hidden until whole), and the key of its points' tiles
   * when they are cut in a worker (sync/user-layers.ts).
   */
  userLayers: Map<string, { readonly clustered: boolean; visible: boolean; feeding: boolean; readonly tiles: string | null }>;
  /** Large collections being sent in parts (sync/feed-source.ts): the session is not settled until none is. */
  feeding: number;
  /**
   * The feed under way for each source, so a newer one stops an older one between parts (and, under
   * `draw:<id>`, a large user layer waiting to be drawn: user-layers/draw-user-layers.ts).
   */
  readonly feeds: Map<string, symbol>;
  /** The owner has removed the map: cleanups must not touch it. */
  removed: boolean;
}

export function newSession({ map, sources }: SourceTarget, userMoved: boolean): MapSession {
  return {
    map,
    sources,
    drawn: { places: [], routes: [], points: 0 },
    places: null,
    highlighted: { selected: null, hovered: [] },
    marks: { hover: '', selected: '' },
    userMoved,
    settled: false,
    fading: 0,
    flowing: false,
    shaded: [],
    pointedRegion: new Set(),
    markedRegion: new Set(),
    detailHandover: false,
    lightSuspended: 0,
    restoreFullPicture: () => undefined,
    userLayers: new Map(),
    feeding: 0,
    feeds: new Map(),
    removed: false,
  };
}

/** How many initiatives' features are drawn now. */
export function drawnCount(session: MapSession): number {
  return session.drawn.places.length + session.drawn.routes.length + session.drawn.points;
}

/** Marks the session busy: a change was sent that the map has not drawn yet. */
export function touch(session: MapSession): void {
  session.settled = false;
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
}
