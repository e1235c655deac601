/**
 * A light picture while the camera moves, for machines that draw WebGL on the CPU (virtual
 * desktops, office laptops without a GPU driver: SwiftShader, llvmpipe, Microsoft's Basic Render
 * Driver). From the moment the camera starts moving until it stops, the map draws at a lower pixel
 * ratio and leaves out what the eye does not need in motion — the regions' hatching, tint and
 * outline, and the country names — then draws the full picture again at rest. Pictures and video
 * frames are never light: the owner suspends it for them (MapView's handle).
 *
 * `?render=light` forces it, `?render=full` turns it off, `auto` (the default) decides from the
 * WebGL renderer.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RenderMode } from '../../state/frame-params.ts';
import { LAYERS } from '../style/layers.ts';
import { REGION_LAYERS } from '../style/region-layers.ts';
import type { MapSession } from './map-session.ts';

/** The layers left out while the camera moves. */
export const MOTION_HIDDEN_LAYERS: readonly string[] = [REGION_LAYERS.hatch, REGION_LAYERS.tint, REGION_LAYERS.outline, LAYERS.labels];
/** The pixel ratio in motion, as a share of the ratio at rest. */
export const MOTION_PIXEL_SHARE = 0.5;

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

/** What light mode changed, to put back at rest. */
interface Engaged {
  readonly ratio: number;
  readonly hidden: readonly string[];
}

/** Attaches light mode to the session's map; returns the function that detaches it. */
export function attachLightMode(session: MapSession, mode: RenderMode): () => void {
  const { map } = session;
  if (!lightInMotion(mode, rendererOf(map))) return () => undefined;
  let engaged: Engaged | null = null;
  /** Putting the full picture back resizes the map, which fires a movement of its own: not one to lighten. */
  let restoring = false;
  const restore = () => {
    if (!engaged || session.removed) return;
    const { ratio, hidden } = engaged;
    engaged = null;
    restoring = true;
    try {
      for (const id of hidden) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'visible');
      map.setPixelRatio(ratio);
    } finally {
      restoring = false;
    }
  };
  const onMoveStart = () => {
    if (engaged || restoring || session.lightSuspended > 0) return;
    const hidden = MOTION_HIDDEN_LAYERS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
    engaged = { ratio: map.getPixelRatio(), hidden };
    for (const id of hidden) map.setLayoutProperty(id, 'visibility', 'none');
    map.setPixelRatio(engaged.ratio * MOTION_PIXEL_SHARE);
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
