/**
 * Drawing the user's own layers (their diff: sync/user-layers.ts): added when one appears, drawn
 * again when its features or its style change (the style lives in the data sent:
 * style/user-layer-data.ts), shown or hidden, and removed with its sources — and the diamond image
 * with the last of them. Loads with the first user layer.
 */
import type { UserLayer } from '../../user-data/types.ts';
import { USER_NEUTRAL, userLayerLook, type UserLayerLook } from '../../user-data/style.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { touch, type MapSession } from '../owner/map-session.ts';
import { addSource, removeSource } from '../style/sources.ts';
import { CLUSTER_ABOVE, pointCount, userLayerData, type UserLayerData } from '../style/user-layer-data.ts';
import { userLayerIds, userSourceIds } from '../style/user-layer-ids.ts';
import { diamondPixels, USER_CLUSTER, USER_DIAMOND_PREFIX, userDiamondImage, userLayerSpecs, userSources } from '../style/user-layers.ts';
import { FEED_PART, feedSource } from '../sync/feed-source.ts';
import type { UserLayersDiff } from '../sync/user-layers.ts';

export function drawUserLayers(session: MapSession, { changes }: UserLayersDiff): void {
  touch(session);
  for (const change of changes) {
    switch (change.kind) {
      case 'add':
      case 'draw':
        if (change.layer.features.length > FEED_PART) drawLater(session, change.layer);
        else {
          session.feeds.delete(drawKey(change.layer.id));
          draw(session, change.layer);
        }
        break;
      case 'visibility': {
        const drawn = session.userLayers.get(change.id);
        if (drawn) drawn.visible = change.visible;
        // One being fed is shown when it is whole (draw).
        if (!drawn?.feeding) setVisibility(session, change.id, change.visible);
        break;
      }
      case 'remove':
        session.feeds.delete(drawKey(change.id));
        remove(session, change.id);
        break;
    }
  }
  if (session.userLayers.size === 0)
    for (const image of session.map.listImages()) if (image.startsWith(USER_DIAMOND_PREFIX)) session.map.removeImage(image);
}

function setVisibility({ map }: MapSession, id: string, visible: boolean): void {
  for (const layer of Object.values(userLayerIds(id)))
    if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
}

const drawKey = (id: string) => `draw:${id}`;

/**
 * Draws a large layer from the next task: counting and sorting its rows is work enough for one task
 * (with the collections that 100,000 rows bring, the task that had drawn it took 95–170 ms here).
 * A later change of the same layer, or its removal, supersedes it.
 */
function drawLater(session: MapSession, layer: UserLayer): void {
  const token = Symbol(layer.id);
  session.feeds.set(drawKey(layer.id), token);
  session.feeding += 1;
  setTimeout(() => {
    session.feeding -= 1;
    if (session.removed || session.feeds.get(drawKey(layer.id)) !== token) return;
    session.feeds.delete(drawKey(layer.id));
    draw(session, layer);
  }, 0);
}

/** Keys of the tiled points' indexes, new for every draw so that the map never takes an older one's tiles. */
let nextTiles = 0;

/**
 * Sends the layer's data, adding its sources and layers first if they are not there or must change
 * (clustering is a source's option). A large layer goes to new sources and is shown once it is
 * whole: over FEED_PART points, its points are indexed and cut into tiles in a worker of their own
 * (map/user-tiles/), where a GeoJSON source took them in parts and tiled everything again for each;
 * over FEED_PART features, its lines and polygons are sent in parts (feed-source.ts).
 */
function draw(session: MapSession, layer: UserLayer): void {
  const points = pointCount(layer.features);
  const clustered = points > CLUSTER_ABOVE;
  const tiles = points > FEED_PART ? `${layer.id}.${nextTiles++}` : null;
  const large = tiles !== null || layer.features.length > FEED_PART;
  const drawn = session.userLayers.get(layer.id);
  if (drawn && (large || drawn.clustered !== clustered)) remove(session, layer.id);
  if (!session.userLayers.has(layer.id)) add(session, layer, { clustered, large, tiles });
  const sources = userSourceIds(layer.id);
  const look = userLayerLook(layer);
  // Every colour it draws has its diamond before the data that names it arrives (the neutral one for blanks and clusters).
  addDiamonds(session, [USER_NEUTRAL, ...(look.colour?.values.map((v) => v.colour) ?? [])]);
  // Built once for both sources, when the first asks; a large layer later (feed-source.ts).
  let data: UserLayerData | null = null;
  const build = () => (data ??= userLayerData(layer.features, look, { points: tiles === null }));
  const shapesFed = feedSource(session, sources.shapes, () => build().shapes, { large });
  const pointsFed = tiles
    ? loadPointTiles(session, tiles, layer, look)
    : feedSource(session, sources.points, () => build().points, { large });
  if (!large) return;
  const entry = session.userLayers.get(layer.id);
  void Promise.all([shapesFed, pointsFed]).then(([a, b]) => {
    if (!entry || session.removed || session.userLayers.get(layer.id) !== entry) return;
    entry.feeding = false;
    if (a && b && entry.visible) setVisibility(session, layer.id, true);
  });
}

/**
 * Hands a layer's points to the tiles' worker under `key`; the session is not settled until they
 * are indexed. True once they are; false if the map went meanwhile or the worker failed (said as
 * the map's error).
 */
async function loadPointTiles(session: MapSession, key: string, layer: UserLayer, look: UserLayerLook): Promise<boolean> {
  session.feeding += 1;
  touch(session);
  try {
    const tiles = await import('../user-tiles/user-tiles.ts');
    if (session.removed) return false;
    await tiles.loadUserPoints(key, layer.features, look, USER_CLUSTER);
    return !session.removed;
  } catch (error) {
    if (!session.removed) session.map.fire('error', { error: new Error(`Your layer's points could not be drawn: ${errorMessage(error)}`) });
    return false;
  } finally {
    session.feeding -= 1;
    if (!session.removed) {
      touch(session);
      session.map.triggerRepaint();
    }
  }
}

function addDiamonds({ map }: MapSession, colours: readonly string[]): void {
  const ratio = map.getPixelRatio();
  for (const colour of colours) {
    const image = userDiamondImage(colour);
    if (!map.hasImage(image)) map.addImage(image, diamondPixels(colour, ratio), { pixelRatio: ratio });
  }
}

function add(
  session: MapSession,
  layer: UserLayer,
  { clustered, large, tiles }: { clustered: boolean; large: boolean; tiles: string | null },
): void {
  const { map } = session;
  const ids = userSourceIds(layer.id);
  const specs = userSources(clustered, tiles);
  addSource(session, ids.shapes, specs.shapes);
  addSource(session, ids.points, specs.points);
  for (const { spec, below } of userLayerSpecs(layer.id, layer.visible && !large, [...session.userLayers.keys()], tiles !== null))
    map.addLayer(spec, map.getLayer(below) ? below : undefined);
  session.userLayers.set(layer.id, { clustered, visible: layer.visible, feeding: large, tiles });
}

function remove(session: MapSession, id: string): void {
  const tiles = session.userLayers.get(id)?.tiles;
  if (tiles) void import('../user-tiles/user-tiles.ts').then((module) => module.dropUserPoints(tiles));
  for (const layer of Object.values(userLayerIds(id))) if (session.map.getLayer(layer)) session.map.removeLayer(layer);
  const sources = userSourceIds(id);
  removeSource(session, sources.shapes);
  removeSource(session, sources.points);
  session.userLayers.delete(id);
}
