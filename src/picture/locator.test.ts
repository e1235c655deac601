import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewBox } from '../data/locator.ts';
import { drawLocator, LOCATOR_LAND, locatorPlace } from './locator.ts';
import { LOCATOR_COLORS } from './palette.ts';

/** A 2D context that records every call and every colour set; Path2D keeps its path text. */
function recorder() {
  const calls: { name: string; args: unknown[]; strokeStyle?: unknown }[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (_, key: string) =>
      key in state ? state[key] : (...args: unknown[]) => void calls.push({ name: key, args, strokeStyle: state['strokeStyle'] }),
    set: (_, key: string, value) => ((state[key] = value), true),
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}
const original = (globalThis as { Path2D?: unknown }).Path2D;
beforeAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = class {
    constructor(readonly d: string) {}
  };
});
afterAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = original;
});

describe('drawLocator', () => {
  const size = { width: 1920, height: 1080 };
  const palau = viewBox({ lng: 134.5, lat: 7.4 }, 8, 1280, 720);

  it('sits top right, clear of the title box top left', () => {
    expect(locatorPlace(size)).toEqual({ x: 1920 - 18 - 340, y: 18, width: 340 });
    expect(locatorPlace({ width: 3840, height: 2160 })).toEqual({ x: 3840 - 36 - 680, y: 36, width: 680 });
  });

  it('draws the panel, the land and the view’s box inside the inset', () => {
    const { ctx, calls } = recorder();
    drawLocator(ctx, size, palau, LOCATOR_LAND);
    const place = locatorPlace(size);
    const panel = calls.find((c) => c.name === 'roundRect')?.args as number[];
    expect(panel[0]).toBeLessThan(place.x);
    expect(panel[0]! + panel[2]!).toBeGreaterThan(1920 - 18);
    expect(calls.find((c) => c.name === 'translate')?.args).toEqual([place.x, place.y]);
    const land = calls.find((c) => c.name === 'fill' && c.args[0] !== undefined)?.args[0] as { d: string };
    expect(land.d.length).toBeGreaterThan(1000);
    const boxes = calls.filter((c) => c.name === 'strokeRect');
    expect(boxes.map((c) => c.strokeStyle)).toEqual([LOCATOR_COLORS.halo, LOCATOR_COLORS.box]);
    // Palau lies 119.5° into the Indo-Pacific frame's 280°.
    const [bx, , bw] = boxes[1]!.args as number[];
    expect((bx! + bw! / 2) / 340).toBeCloseTo(119.5 / 280, 2);
    expect(calls.at(-1)?.name).toBe('restore');
  });
});
