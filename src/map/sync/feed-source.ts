/**
 * Sends a large collection to a GeoJSON source in parts, each in a task of its own, so the page
 * stays responsive while a user's 100,000 rows go to the map. MapLibre copies what `setData` is
 * given into its worker in one task on the main thread (a structured clone: ~430 ms for 100,000
 * points on this machine, the one long task of opening such a file); here the first part is set and
 * the others added as diffs (`updateData`, keyed by the features' unique ids), each sent after the
 * worker has taken the one before, with a task between them for the page's own work.
 *
 * MapLibre tiles (and clusters) the whole source again for every diff, so a clustered source is not
 * fed this way: a large layer's points are cut into tiles in a worker instead (map/user-tiles/).
 *
 * A newer feed of the same source (a change of colour, the layer opened again) stops an older one
 * between parts; so does the source's removal. While any feed runs the session is not settled
 * (`feeding`), so pictures and `whenIdle` wait for the whole layer, not its first part.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { touch, type MapSession } from '../owner/map-session.ts';
import { geojsonSource, setSourceData } from '../style/sources.ts';
import { nextTask } from '../../lib/next-task.ts';

/** Features per part: a part's copy is ~50 ms here (20,000 took 98–131 ms). */
export const FEED_PART = 5_000;

/** A collection's parts as they are sent: the first set, the others added. */
export function feedParts<F extends Feature>(features: readonly F[], part = FEED_PART): F[][] {
  const parts: F[][] = [];
  for (let start = 0; start < features.length; start += part) parts.push(features.slice(start, start + part));
  return parts.length > 0 ? parts : [[]];
}

export interface FeedOptions {
  /** Sent in parts, from the next task on (its features must have unique ids); else at once. */
  readonly large: boolean;
  /** Features per part. */
  readonly part?: number;
}

/**
 * Sends the collection `build` makes to `source` (a source of the session's map). A `large` one
 * is built and sent in later tasks, in parts of `part` features; a small one at once. Returns when
 * the last part has been taken by MapLibre's worker: true, or
 * false when the feed was stopped.
 */
export async function feedSource(
  session: MapSession,
  source: string,
  build: () => FeatureCollection,
  { large, part = FEED_PART }: FeedOptions,
): Promise<boolean> {
  const token = Symbol(source);
  session.feeds.set(source, token);
  if (!large) {
    setSourceData(session, source, build());
    return true;
  }
  const geojson = geojsonSource(session, source);
  const current = () => !session.removed && session.feeds.get(source) === token && session.map.getSource(source) === geojson;
  session.feeding += 1;
  touch(session);
  try {
    // Built and sent from the next task: the change that asked for it (a layer added, a colour chosen) has cost this one enough.
    await nextTask();
    if (!current()) return false;
    const data = build();
    const [first = [], ...rest] = feedParts(data.features, part);
    session.sources.set(source, data.features.length);
    await geojson.setData({ type: 'FeatureCollection', features: first });
    for (const features of rest) {
      await nextTask();
      if (!current()) return false;
      touch(session);
      await geojson.updateData({ add: features });
    }
    return current();
  } finally {
    session.feeding -= 1;
    if (session.feeds.get(source) === token) session.feeds.delete(source);
    // The last part's tiles end in `idle`, which settles the session now that nothing is fed.
    if (!session.removed) {
      touch(session);
      session.map.triggerRepaint();
    }
  }
}
