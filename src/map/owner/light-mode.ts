/**
 * A light picture while the camera moves, for machines that draw WebGL on the CPU (virtual
 * desktops, office laptops without a GPU driver: SwiftShader, llvmpipe, Microsoft's Basic Render
 * Driver). From the moment the camera starts moving until it stops, the map leaves out what the eye
 * does not need in motion — the regions' hatching and the country names, which cost a pattern pass
 * over every country and the names' placement in every frame — then draws the full picture again at
 * rest. Pictures and video frames are never light: the owner suspends it for them (MapView's handle).
 *
 * Both are left out through constant paint properties (a layer's opacity), which MapLibre skips
 * drawing at 0 and changes without laying its source out again; `visibility` would reload the
 * countries' and names' tiles in the worker at every start and stop of the camera. A lower pixel
 * ratio in motion was measured too, and made flights no smoother here: the cost is not the pixels.
 *
 * `?render=light` forces it, `?render=full` turns it off, `auto` (the default) decides from the
 * WebGL renderer.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RenderMode } from '../../state/frame-params.ts';
import { LAYERS } from '../style/layers.ts';
import { REGION_LAYERS } from '../style/region-layers.ts';
import type { MapSession } from './map-session.ts';

/**
 * What is left out while the camera moves: each layer's constant opacity property, set to 0. A user's
 * own layers (style/user-layers.ts) stay: their diamonds' halo (1 px) is drawn in the same SDF pass as
 * the diamond, not a pass of its own, and above 2,000 points they are clustered, so there is nothing to save.
 */
export const MOTION_HIDDEN: readonly { readonly layer: string; readonly property: 'fill-layer-opacity' | 'text-opacity' }[] = [
  { layer: REGION_LAYERS.hatch, property: 'fill-layer-opacity' },
  { layer: LAYERS.labels, property: 'text-opacity' },
];

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|lavapipe|software rasterizer|basic render|microsoft basic|gdi generic/i;

/** Whether the WebGL renderer's name (UNMASKED_RENDERER_WEBGL, or RENDERER) is a software rasterizer. */
export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE_RENDERERS.test(renderer);
}

/** Whether the map should draw light pictures in motion. */
export function lightInMotion(mode: RenderMode, renderer: string | null): boolean {
  return mode === 'light' || (mode === 'auto' && isSoftwareRenderer(renderer));
}

/** The name of the renderer behind the map's WebGL context, where the browser tells it. */
export function rendererOf(map: MapLibreMap): string | null {
  const gl = map.getCanvas().getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return typeof name === 'string' ? name : null;
}

/** What light mode changed, to put back at rest: each property's value (undefined: the style's default). */
type Hidden = readonly {
  readonly layer: string;
  readonly property: (typeof MOTION_HIDDEN)[number]['property'];
  readonly value: number | undefined;
}[];

/** Attaches light mode to the session's map; returns the function that detaches it. */
export function attachLightMode(session: MapSession, mode: RenderMode): () => void {
  const { map } = session;
  if (!lightInMotion(mode, rendererOf(map))) return () => undefined;
  let hidden: Hidden | null = null;
  const restore = () => {
    if (!hidden || session.removed) return;
    for (const { layer, property, value } of hidden) if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
    hidden = null;
  };
  const onMoveStart = () => {
    if (hidden || session.lightSuspended > 0) return;
    hidden = MOTION_HIDDEN.filter(({ layer }) => map.getLayer(layer)).map(({ layer, property }) => ({
      layer,
      property,
      // Both properties are constants: a number, or unset (the style's default, 1).
      value: numberOrUnset(map.getPaintProperty(layer, property)),
    }));
    for (const { layer, property } of hidden) map.setPaintProperty(layer, property, 0);
  };
  const onMoveEnd = () => {
    if (!map.isMoving()) restore();
  };
  map.on('movestart', onMoveStart);
  map.on('moveend', onMoveEnd);
  session.restoreFullPicture = restore;
  return () => {
    map.off('movestart', onMoveStart);
    map.off('moveend', onMoveEnd);
    restore();
    session.restoreFullPicture = () => undefined;
  };
}

/** No light picture until the returned function is called: for a picture or a video's frames. */
export function suspendLightMode(session: MapSession): () => void {
  session.restoreFullPicture();
  session.lightSuspended++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    session.lightSuspended--;
  };
}

function numberOrUnset(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
