import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { attachLightMode, isSoftwareRenderer, lightInMotion, MOTION_PIXEL_SHARE, suspendLightMode } from './light-mode.ts';
import { newSession } from './map-session.ts';

describe('isSoftwareRenderer', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)', true],
    ['ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['Apple M2', false],
    [null, false],
  ])('%s → %s', (renderer, software) => {
    expect(isSoftwareRenderer(renderer)).toBe(software);
  });
});

describe('lightInMotion', () => {
  it('follows ?render, and decides from the renderer when it is auto', () => {
    expect(lightInMotion('light', 'Apple M2')).toBe(true);
    expect(lightInMotion('full', 'llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(lightInMotion('auto', 'llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(lightInMotion('auto', 'Apple M2')).toBe(false);
  });
});

/** A map with the events, layers and pixel ratio light mode touches; `moving` as the camera says. */
function fakeMap(renderer = 'SwiftShader') {
  const handlers: Record<string, (() => void)[]> = {};
  /** Each layer's opacity property as set (absent: unset). */
  const paint: Record<string, Record<string, number | undefined>> = { 'country-labels': {}, 'region-hatch': { 'fill-layer-opacity': 0.5 } };
  const state = { ratio: 2, moving: false, resizes: 0 };
  const fire = (type: string) => [...(handlers[type] ?? [])].forEach((handler) => handler());
  const map = {
    on: (type: string, handler: () => void) => void (handlers[type] ??= []).push(handler),
    off: (type: string, handler: () => void) => void (handlers[type] = (handlers[type] ?? []).filter((h) => h !== handler)),
    getCanvas: () => ({ getContext: () => ({ getExtension: () => null, getParameter: () => renderer, RENDERER: 0 }) }),
    getLayer: (id: string) => (id in paint ? { id } : undefined),
    getPaintProperty: (id: string, key: string) => paint[id]![key],
    setPaintProperty: (id: string, key: string, value: number | undefined) => void (paint[id]![key] = value),
    getPixelRatio: () => state.ratio,
    // As MapLibre's resize: a movement of its own when the camera is still.
    setPixelRatio: (ratio: number) => {
      state.ratio = ratio;
      state.resizes++;
      if (!state.moving) {
        fire('movestart');
        fire('moveend');
      }
    },
    isMoving: () => state.moving,
  } as unknown as MapLibreMap;
  const session = newSession({ map, sources: new Map() }, false);
  const move = (during: () => void = () => undefined) => {
    state.moving = true;
    fire('movestart');
    during();
    state.moving = false;
    fire('moveend');
  };
  return { session, paint, state, move };
}

describe('attachLightMode', () => {
  it('draws at a lower pixel ratio without the hatching and the names while the camera moves, and the full picture at rest', () => {
    const { session, paint, state, move } = fakeMap();
    attachLightMode(session, 'auto');
    move(() => {
      expect(state.ratio).toBe(2 * MOTION_PIXEL_SHARE);
      expect(paint).toEqual({ 'country-labels': { 'text-opacity': 0 }, 'region-hatch': { 'fill-layer-opacity': 0 } });
    });
    expect(state.ratio).toBe(2);
    // Each property back as it was: unset, or its own value.
    expect(paint).toEqual({ 'country-labels': { 'text-opacity': undefined }, 'region-hatch': { 'fill-layer-opacity': 0.5 } });
  });

  it('is not set off again by the resize that puts the full picture back', () => {
    const { session, state, move } = fakeMap();
    attachLightMode(session, 'light');
    move();
    expect(state.resizes).toBe(2);
    expect(state.ratio).toBe(2);
  });

  it('does nothing on a GPU in auto, or with render=full', () => {
    for (const [renderer, mode] of [
      ['Apple M2', 'auto'],
      ['SwiftShader', 'full'],
    ] as const) {
      const { session, state, move } = fakeMap(renderer);
      attachLightMode(session, mode);
      move(() => expect(state.ratio).toBe(2));
      expect(state.resizes).toBe(0);
    }
  });

  it('is never on while a picture or a video is drawn, and puts the full picture back first', () => {
    const { session, state, move } = fakeMap();
    attachLightMode(session, 'light');
    move(() => {
      const release = suspendLightMode(session);
      expect(state.ratio).toBe(2);
      move(() => expect(state.ratio).toBe(2));
      release();
    });
    move(() => expect(state.ratio).toBe(2 * MOTION_PIXEL_SHARE));
  });
});
