/**
 * Writes the same-picture floor's input (bench/pages/same-picture.ts): the app's map style as the app draws
 * it at `view`, idle, every source's data inline, with the basemap countries' feature state (the
 * regions), then the data and feature state of what the benchmark's facet change alters. The
 * site-zoom basemap stays in: its vector tiles come from the app's own protocol, which the page
 * registers with the app's own tile worker, so a flight to site zoom draws the same picture too.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { mapIdle } from '../scripts/chromium.ts';
import { APP_FILTER, openPage } from './measure.ts';

export interface DumpedPicture {
  readonly style: StyleSpecification;
  readonly filtered: Record<string, FeatureCollection>;
  /** Feature state of the basemap's countries, by code: as drawn, and after the facet change. */
  readonly countryState: {
    readonly before: Record<string, Record<string, unknown>>;
    readonly after: Record<string, Record<string, unknown>>;
  };
  /** The app's map, in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/**
 * Dumps the app's picture at `view` into `path`; returns the size of the app's map (the explorer's,
 * beside its panels). The flight flies the same sources in a page of the window's size, as the app's embed.
 */
export async function dumpPicture(browser: Browser, url: string, view: string, path: string): Promise<{ width: number; height: number }> {
  const page = await openPage(browser, `${url}/?${view}&debug=1`, 'reduce');
  await mapIdle(page);
  const read = () =>
    page.evaluate(() => {
      const map = window.foipMap!;
      const style = map.getStyle();
      const countries = (style.sources['countries'] as { data: FeatureCollection }).data;
      const state: Record<string, Record<string, unknown>> = {};
      for (const feature of countries.features) {
        const code = String(feature.properties?.['code'] ?? '');
        if (!code) continue;
        const s = map.getFeatureState({ source: 'countries', id: code });
        if (Object.keys(s).length > 0) state[code] = s;
      }
      const canvas = map.getCanvas();
      return { style: JSON.stringify(style), state, width: canvas.clientWidth, height: canvas.clientHeight };
    });
  const before = await read();
  await page.evaluate(APP_FILTER);
  await mapIdle(page);
  const after = await read();
  await page.close();
  const style = JSON.parse(before.style) as StyleSpecification;
  const changed = JSON.parse(after.style) as StyleSpecification;
  const filtered: Record<string, FeatureCollection> = {};
  for (const [id, spec] of Object.entries(changed.sources)) {
    if (spec.type !== 'geojson') continue;
    const was = JSON.stringify((style.sources[id] as { data: unknown }).data);
    if (JSON.stringify(spec.data) !== was) filtered[id] = spec.data as FeatureCollection;
  }
  if (Object.keys(filtered).length === 0)
    throw new Error("the facet change altered no source of the app's map: the same-picture floor would time nothing");
  const dumped: DumpedPicture = {
    style,
    filtered,
    countryState: { before: before.state, after: after.state },
    width: before.width,
    height: before.height,
  };
  writeFileSync(path, JSON.stringify(dumped));
  return { width: before.width, height: before.height };
}
