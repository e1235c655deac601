/**
 * The locator inset on the page, while presenting and in embeds: the region with a box where the map
 * is, once the map is zoomed in beyond LOCATOR_MIN_ZOOM (src/data/locator.ts draws it; image export
 * draws the same on its canvas). Loaded lazily with its land (Explorer.tsx): no first render needs it.
 */
import { useMemo } from 'react';
import { LOCATOR_LAND } from '../data/locator-land.ts';
import { locatorDrawing, viewBox } from '../data/locator.ts';
import type { Lang } from '../lib/lang.ts';
import { LOCATOR_COLORS } from '../picture/palette.ts';
import type { View } from '../state/app-state.ts';
import { strings } from './strings.ts';

/** Drawn at this width; CSS scales it (`.locator`). */
const WIDTH = 240;

export interface LocatorInsetProps {
  readonly view: View;
  /** The map's size in CSS pixels (the view's box depends on it). */
  readonly mapSize: { readonly width: number; readonly height: number };
  readonly lang: Lang;
}

export function LocatorInset({ view, mapSize, lang }: LocatorInsetProps) {
  const drawing = useMemo(
    () => locatorDrawing(viewBox(view, view.zoom, mapSize.width, mapSize.height), LOCATOR_LAND, WIDTH),
    [view, mapSize.width, mapSize.height],
  );
  const { box } = drawing;
  return (
    <svg
      className="locator"
      role="img"
      aria-label={strings(lang).locatorLabel}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      data-region={drawing.frame.region}
    >
      <rect width={drawing.width} height={drawing.height} fill={LOCATOR_COLORS.ocean} />
      <path d={drawing.land} fill={LOCATOR_COLORS.land} />
      <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="none" stroke={LOCATOR_COLORS.halo} strokeWidth={4} />
      <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="none" stroke={LOCATOR_COLORS.box} strokeWidth={2} />
    </svg>
  );
}
