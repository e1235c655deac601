/**
 * Country names at the views where tours and slides show a site (Palau, Pohnpei, Tuvalu, the Malacca
 * Strait) and in Southeast Asia and the Pacific at zoom 4: every name whose point is in view is drawn,
 * in both languages, and none lies under an exact site (circles take no part in label placement by
 * themselves). At zoom 3 mainland Southeast Asia is crowded: the names that badges used to hide (India,
 * Laos) and their neighbours are drawn.
 */
import { describe, expect, it } from 'vitest';
import { appSuite, settled } from './app-page.ts';

const open = appSuite();

/** A view, and the names it must show: all in view, or these. */
const VIEWS: readonly [string, 'all' | readonly string[]][] = [
  ['134.5,7.4,8', 'all'],
  ['158.2,6.9,8', 'all'],
  ['179.2,-8.5,7', 'all'],
  ['101.5,2.5,6', 'all'],
  ['100,14,4', 'all'],
  ['165,-5,4', 'all'],
  ['100,10,3', ['IND', 'LAO', 'THA', 'VNM', 'KHM', 'MYS', 'IDN', 'PHL']],
];

describe('country names beside badges and sites', () => {
  it.each(['en', 'ja'])('are all drawn and none under a site (%s)', { timeout: 240_000 }, async (lang) => {
    const { page, errors } = await open(`lang=${lang}`);
    await settled(page);
    for (const [view, names] of VIEWS) {
      const [lng, lat, zoom] = view.split(',').map(Number) as [number, number, number];
      await page.evaluate(({ center, z }) => window.foipMap?.jumpTo({ center, zoom: z }), {
        center: [lng, lat] as [number, number],
        z: zoom,
      });
      await settled(page);
      const found = await page.evaluate(() => {
        const map = window.foipMap!;
        const { clientWidth: width, clientHeight: height } = map.getCanvas();
        const source = map.getSource('country-labels') as unknown as {
          _data: {
            geojson: { features: { properties: { code: string; minzoom: number }; geometry: { coordinates: [number, number] } }[] };
          };
        };
        // Points well inside the map (clear of the sidebar-free edges and the controls).
        const inView = source._data.geojson.features
          .filter((f) => map.getZoom() >= f.properties.minzoom)
          .filter((f) => {
            const p = map.project(f.geometry.coordinates);
            return p.x > 40 && p.x < width - 60 && p.y > 60 && p.y < height - 60;
          })
          .map((f) => f.properties.code);
        const drawn = new Set(map.queryRenderedFeatures({ layers: ['country-labels'] }).map((f) => String(f.properties['code'])));
        const underSites: string[] = [];
        for (const site of map.queryRenderedFeatures({ layers: ['places-exact'] })) {
          if (site.geometry.type !== 'Point') continue;
          const p = map.project(site.geometry.coordinates as [number, number]);
          for (const label of map.queryRenderedFeatures(
            [
              [p.x - 6, p.y - 6],
              [p.x + 6, p.y + 6],
            ],
            { layers: ['country-labels'] },
          ))
            underSites.push(String(label.properties['code']));
        }
        return { inView, hidden: inView.filter((code) => !drawn.has(code)), underSites };
      });
      expect(found.inView.length, view).toBeGreaterThan(0);
      const hidden = names === 'all' ? found.hidden : found.hidden.filter((code) => names.includes(code));
      if (names !== 'all') for (const code of names) expect(found.inView, view).toContain(code);
      expect({ view, hidden, underSites: found.underSites }).toEqual({ view, hidden: [], underSites: [] });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
