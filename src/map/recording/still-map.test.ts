import { describe, expect, it } from 'vitest';
import { watchStill, type RepaintingMap } from './still-map.ts';

/** A map as MapLibre's is built: `triggerRepaint` on the prototype, called by its own methods as `this.triggerRepaint()`. */
class FakeMap implements RepaintingMap {
  repaints = 0;
  private listeners = new Set<() => void>();
  triggerRepaint(): void {
    this.repaints++;
  }
  /** As MapLibre's `_update` after a change: asks for a frame. */
  setFeatureState(): void {
    this.triggerRepaint();
  }
  /** A render after which nothing is left to do: MapLibre fires `idle`. */
  renderSettled(): void {
    for (const listener of this.listeners) listener();
  }
  on(_type: 'idle', listener: () => void): this {
    this.listeners.add(listener);
    return this;
  }
  off(_type: 'idle', listener: () => void): this {
    this.listeners.delete(listener);
    return this;
  }
  get listening(): number {
    return this.listeners.size;
  }
}

describe('watchStill', () => {
  it('is still from an idle until the map is next asked to draw, by anyone', () => {
    const map = new FakeMap();
    const watch = watchStill(map);
    expect(watch.still).toBe(false); // nothing known yet: draw
    map.renderSettled();
    expect(watch.still).toBe(true);
    map.setFeatureState(); // a change made inside the map's own methods
    expect(watch.still).toBe(false);
    expect(map.repaints).toBe(1); // the frame was still asked for
    map.renderSettled();
    expect(watch.still).toBe(true);
    map.triggerRepaint(); // and from outside
    expect([watch.still, map.repaints]).toEqual([false, 2]);
  });

  it('gives the map its own method and listeners back, once', () => {
    const map = new FakeMap();
    const watch = watchStill(map);
    map.renderSettled();
    watch.release();
    watch.release();
    expect(Object.prototype.hasOwnProperty.call(map, 'triggerRepaint')).toBe(false);
    expect(map.listening).toBe(0);
    expect(watch.still).toBe(false);
    map.triggerRepaint();
    expect(map.repaints).toBe(1);
  });

  it('puts back a method the instance had of its own', () => {
    const map = new FakeMap();
    const mine = () => void map.repaints--;
    map.triggerRepaint = mine;
    watchStill(map).release();
    expect(map.triggerRepaint).toBe(mine);
  });
});
