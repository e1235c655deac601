/**
 * The locator inset: a small map of the region (the Indo-Pacific, or the world around the view when
 * the view lies outside it) with a box where the current view is. Pure: the page draws it as SVG
 * (ui/LocatorInset.tsx) and pictures on a canvas (picture/locator.ts), both from the same
 * `locatorDrawing`. Longitudes are taken into the frame's own window of 360°, so a view across the
 * antimeridian (Fiji, Kiribati, Tuvalu) gets one box, not two halves at the frame's far ends.
 */
import type { Position } from 'geojson';

export { LOCATOR_MIN_ZOOM } from './locator-zoom.ts';

/** An area in degrees; `east` may exceed 180 (an area across the antimeridian), and is always east of `west`. */
export interface LngLatBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** The region an inset shows, with longitudes unwrapped (the Indo-Pacific runs from Africa to Chile, 15° to 295°). */
export interface LocatorFrame extends LngLatBox {
  readonly region: 'indo-pacific' | 'world';
}

export const INDO_PACIFIC_FRAME: LocatorFrame = { region: 'indo-pacific', west: 15, south: -50, east: 295, north: 55 };
const WORLD_SOUTH = -58;
const WORLD_NORTH = 78;
/** The box is never drawn smaller than this (inset pixels): at zoom 8 the view is a dot on the region. */
export const MIN_BOX = 7;

export interface LocatorDrawing {
  readonly frame: LocatorFrame;
  readonly width: number;
  readonly height: number;
  /** The land as an SVG path (also a canvas Path2D), in inset pixels. */
  readonly land: string;
  /** The view's box, in inset pixels. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** The area a MapLibre camera shows: Web Mercator with 512-pixel tiles, a map of `width` × `height` CSS pixels. */
export function viewBox(center: { readonly lng: number; readonly lat: number }, zoom: number, width: number, height: number): LngLatBox {
  const worldSize = 512 * 2 ** zoom;
  const y = mercatorY(center.lat);
  const halfLng = (width / 2 / worldSize) * 360;
  const halfY = (height / 2 / worldSize) * 2 * Math.PI;
  return { west: center.lng - halfLng, east: center.lng + halfLng, north: latitudeOf(y + halfY), south: latitudeOf(y - halfY) };
}

/** The Indo-Pacific if the view's centre lies in it, else the world centred on the view. */
export function locatorFrame(view: LngLatBox): LocatorFrame {
  const shifted = intoWindow(view, INDO_PACIFIC_FRAME.west);
  const lng = (shifted.west + shifted.east) / 2;
  const lat = (view.south + view.north) / 2;
  if (lng <= INDO_PACIFIC_FRAME.east && lat >= INDO_PACIFIC_FRAME.south && lat <= INDO_PACIFIC_FRAME.north) return INDO_PACIFIC_FRAME;
  const centre = (view.west + view.east) / 2;
  return { region: 'world', west: centre - 180, east: centre + 180, south: WORLD_SOUTH, north: WORLD_NORTH };
}

/** The inset `width` pixels wide (its height follows the frame's shape) for a view, with `land` as rings in degrees. */
export function locatorDrawing(view: LngLatBox, land: readonly (readonly Position[])[], width: number): LocatorDrawing {
  const frame = locatorFrame(view);
  const spanX = ((frame.east - frame.west) * Math.PI) / 180;
  const top = mercatorY(frame.north);
  const scale = width / spanX;
  const height = Math.round((top - mercatorY(frame.south)) * scale);
  const project = (lng: number, lat: number): [number, number] => [
    (((lng - frame.west) * Math.PI) / 180) * scale,
    (top - mercatorY(lat)) * scale,
  ];

  const shifted = intoWindow(view, frame.west);
  const [x1, y1] = project(shifted.west, shifted.north);
  const [x2, y2] = project(shifted.east, shifted.south);
  const box = grow({ x: x1, y: y1, width: x2 - x1, height: y2 - y1 }, MIN_BOX);
  return { frame, width, height, land: landPath(land, frame, project), box };
}

function landPath(
  land: readonly (readonly Position[])[],
  frame: LocatorFrame,
  project: (lng: number, lat: number) => [number, number],
): string {
  const parts: string[] = [];
  for (const ring of land) {
    let min = Infinity;
    let max = -Infinity;
    for (const [lng = 0] of ring) {
      min = Math.min(min, lng);
      max = Math.max(max, lng);
    }
    // Each copy of the ring that reaches into the frame's window (the world frame's edges cut through land).
    for (const shift of [-360, 0, 360]) {
      if (max + shift < frame.west || min + shift > frame.east) continue;
      let path = '';
      let last: [number, number] | null = null;
      for (const [lng = 0, lat = 0] of ring) {
        const [x, y] = project(lng + shift, clampLat(lat));
        // Points closer than half a pixel add nothing at this size.
        if (last && Math.abs(x - last[0]) < 0.5 && Math.abs(y - last[1]) < 0.5) continue;
        path += `${last ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
        last = [x, y];
      }
      if (path) parts.push(`${path}Z`);
    }
  }
  return parts.join('');
}

/** The box shifted by a multiple of 360° so that its centre lies in [west, west + 360). */
function intoWindow(box: LngLatBox, west: number): LngLatBox {
  const centre = (box.west + box.east) / 2;
  const shift = 360 * Math.floor((centre - west) / 360) * -1;
  return { ...box, west: box.west + shift, east: box.east + shift };
}

function grow(box: { x: number; y: number; width: number; height: number }, min: number) {
  const width = Math.max(box.width, min);
  const height = Math.max(box.height, min);
  return { x: box.x - (width - box.width) / 2, y: box.y - (height - box.height) / 2, width, height };
}

function clampLat(lat: number): number {
  return Math.max(-85, Math.min(85, lat));
}

function mercatorY(lat: number): number {
  const rad = (clampLat(lat) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + rad / 2));
}

function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(y)) * 180) / Math.PI;
}
