/**
 * Whether the map would draw the same frame again: it went `idle` after its last render (no camera
 * move, no tile, fade or placement left to do) and nothing has asked it to draw since. Every change
 * to a MapLibre map — a camera step, a source's data, feature state, a paint property, a tile come
 * in, a transition under way — asks through `triggerRepaint` (MapLibre's `_update` and `_render`
 * call it), so the watch wraps that one method while a video is recorded.
 *
 * The recorder then takes a still frame from the canvas as it is (it keeps its drawing buffer)
 * instead of drawing it again: the hold after each flight costs no map frames once the map has
 * settled. On a machine that draws WebGL on the CPU, a map frame is most of a recorded frame's cost.
 */

/** The parts of a MapLibre map the watch uses. */
export interface RepaintingMap {
  triggerRepaint(): void;
  on(type: 'idle', listener: () => void): unknown;
  off(type: 'idle', listener: () => void): unknown;
}

export interface StillWatch {
  /** The map's canvas holds what it would draw now. */
  readonly still: boolean;
  /** Puts `triggerRepaint` back and stops listening. */
  release(): void;
}

export function watchStill(map: RepaintingMap): StillWatch {
  let still = false;
  // The instance's own property shadows the prototype's method, which MapLibre calls as `this.triggerRepaint()`.
  const original = map.triggerRepaint;
  const hadOwn = Object.hasOwn(map, 'triggerRepaint');
  map.triggerRepaint = function triggerRepaint(this: RepaintingMap) {
    still = false;
    original.call(this);
  };
  const onIdle = () => {
    still = true;
  };
  map.on('idle', onIdle);
  let released = false;
  return {
    get still() {
      return still && !released;
    },
    release() {
      if (released) return;
      released = true;
      map.off('idle', onIdle);
      if (hadOwn) map.triggerRepaint = original;
      else delete (map as Partial<RepaintingMap>).triggerRepaint;
    },
  };
}
