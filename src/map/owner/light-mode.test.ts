import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { attachLightMode, isSoftwareRenderer, lightInMotion, suspendLightMode } from './light-mode.ts';
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

/** A map with the events and paint properties light mode touches; `moving` as the camera says. */
function fakeMap(renderer = 'SwiftShader') {
  const handlers: Record<string, (() => void)[]> = {};
  /** Each layer's opacity property as set (absent: unset). */
  const paint: Record<string, Record<string, number | undefined>> = { 'country-labels': {}, 'region-hatch': { 'fill-layer-opacity': 0.5 } };
  const state = { moving: false, changes: 0 };
  const fire = (type: string) => [...(handlers[type] ?? [])].forEach((handler) => handler());
  const map = {
    on: (type: string, handler: () => void) => void (handlers[type] ??= []).push(handler),
    off: (type: string, handler: () => void) => void (handlers[type] = (handlers[type] ?? []).filter((h) => h !== handler)),
    getCanvas: () => ({ getContext: () => ({ getExtension: () => null, getParameter: () => renderer, RENDERER: 0 }) }),
    getLayer: (id: string) => (id in paint ? { id } : undefined),
    getPaintProperty: (id: string, key: string) => paint[id]![key],
    setPaintProperty: (id: string, key: string, value: number | undefined) => {
      paint[id]![key] = value;
      state.changes++;
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

const LIGHT = { 'country-labels': { 'text-opacity': 0 }, 'region-hatch': { 'fill-layer-opacity': 0 } };
const FULL = { 'country-labels': { 'text-opacity': undefined }, 'region-hatch': { 'fill-layer-opacity': 0.5 } };

describe('attachLightMode', () => {
  it('leaves out the hatching and the names while the camera moves, and puts each back as it was at rest', () => {
    const { session, paint, move } = fakeMap();
    attachLightMode(session, 'auto');
    move(() => expect(paint).toEqual(LIGHT));
    expect(paint).toEqual(FULL);
  });

  it('does nothing on a GPU in auto, or with render=full', () => {
    for (const [renderer, mode] of [
      ['Apple M2', 'auto'],
      ['SwiftShader', 'full'],
    ] as const) {
      const { session, state, move } = fakeMap(renderer);
      attachLightMode(session, mode);
      move();
      expect(state.changes).toBe(0);
    }
  });

  it('is never on while a picture or a video is drawn, and puts the full picture back first', () => {
    const { session, paint, move } = fakeMap();
    attachLightMode(session, 'light');
    move(() => {
      const release = suspendLightMode(session);
      expect(paint).toEqual(FULL);
      move(() => expect(paint).toEqual(FULL));
      release();
    });
    move(() => expect(paint).toEqual(LIGHT));
  });

  it('is gone once detached, with the full picture back', () => {
    const { session, paint, move } = fakeMap();
    const detach = attachLightMode(session, 'light');
    move(() => {
      detach();
      expect(paint).toEqual(FULL);
    });
    move(() => expect(paint).toEqual(FULL));
  });
});
