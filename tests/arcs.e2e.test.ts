/**
 * Partner arcs as a person sees them: the lines the map renders are the pure function's arcs
 * (src/data/arcs.ts) for the same partner filter, one per origin and destination, with the
 * default view aggregated and a partner filter narrowing to that partner's arcs and Japan's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadTopology } from '../scripts/world-atlas.ts';
import { arcsOf } from '../src/data/arcs.ts';
import type { Initiative } from '../src/data/initiative.ts';
import extras from '../src/data/basemap-extras.json';
import { basemapFromTopology, type CountryFeature } from '../src/data/basemap.ts';
import { appSuite, settled, withMap } from './app-page.ts';
import { waitForMapIdle } from './browser.ts';
import { initiatives } from './dataset.ts';

const open = appSuite();

const basemap = basemapFromTopology(loadTopology('50m'), extras.features as CountryFeature[]);
const points = new Map(basemap.labels.features.map((f) => [f.properties.code, f.geometry.coordinates]));

/** The arcs the pure function draws for the set a partner filter matches, as "from>to:count". */
function expectedArcs(partners: string[]): string[] {
  const set = (initiatives as unknown as Initiative[]).filter(
    (i) => partners.length === 0 || i.properties.partners.some((p) => partners.includes(p)),
  );
  return arcsOf(set, (code) => points.get(code), { partners })
    .features.map((f) => `${f.properties.from}>${f.properties.to}:${f.properties.count}`)
    .sort();
}

/**
 * The arcs the map renders, seen whole: the camera at the least zoom shows every world copy
 * across the canvas, and a line cut into pieces by tiles or world copies counts once.
 */
async function renderedArcs(page: Page): Promise<{ arcs: string[]; pieces: number }> {
  await withMap(page, (map) => map.jumpTo({ center: [150, 0], zoom: 0.5 }), null);
  await waitForMapIdle(page);
  return withMap(
    page,
    (map) => {
      const features = map.queryRenderedFeatures({ layers: ['arcs'] });
      const keys = features.map((f) => `${String(f.properties['from'])}>${String(f.properties['to'])}:${String(f.properties['count'])}`);
      return { arcs: [...new Set(keys)].sort(), pieces: features.length };
    },
    null,
  );
}

describe('partner arcs', () => {
  it(
    'without a partner filter: one arc per partner and destination, as the pure function says, and the legend says what width means',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await open('layers=arcs');
      await settled(page);
      const expected = expectedArcs([]);
      const { arcs } = await renderedArcs(page);
      expect(arcs).toEqual(expected);
      // Aggregated: far fewer than the 228 lines of one per partner and place, and none twice.
      expect(arcs.length).toBeLessThan(80);
      const pairs = arcs.map((a) => a.split(':')[0]);
      expect(new Set(pairs).size).toBe(pairs.length);
      // Japan's arcs: one per destination.
      const japan = pairs.filter((p) => p!.startsWith('JPN>'));
      expect(new Set(japan.map((p) => p!.slice(4))).size).toBe(japan.length);

      const legend = page.locator('[data-testid="arcs-widths"] li');
      expect(await legend.allTextContents()).toEqual(['1', '3', '10', '40+']);
      expect(await page.locator('.legend').textContent()).toContain('Line width: number of initiatives');
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each([[['AUS']], [['AUS', 'QUAD']]])(
    'with partner=%j in the URL: only those partners’ arcs and Japan’s to their initiatives',
    { timeout: 120_000 },
    async (partners) => {
      const { page, errors } = await open(`layers=arcs&partner=${partners.join(',')}`);
      await settled(page);
      const expected = expectedArcs(partners);
      const { arcs } = await renderedArcs(page);
      expect(arcs).toEqual(expected);
      expect(arcs.length).toBeGreaterThan(0);
      for (const arc of arcs) expect(['JPN', ...partners]).toContain(arc.split('>')[0]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('during a partner step of the autoplay tour: that partner’s arcs, flowing', { timeout: 120_000 }, async () => {
    // The tour's first step is the partner with the most initiatives (state/autoplay.ts).
    const counts = new Map<string, number>();
    for (const i of initiatives) for (const p of i.properties.partners) counts.set(p, (counts.get(p) ?? 0) + 1);
    const [first] = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0]!;
    const { page, errors } = await open('tour=autoplay-partner&step=1');
    // A flowing map repaints every frame and never goes idle: wait for the arcs themselves.
    const expected = expectedArcs([first]);
    await page.waitForFunction(() => window.foipMap?.getLayer('arcs') !== undefined);
    // The whole world in view, again if the tour's framing moved the camera since.
    const drawn = () =>
      withMap(
        page,
        (map) => {
          if (map.getZoom() !== 0.5) map.jumpTo({ center: [150, 0], zoom: 0.5 });
          return [
            ...new Set(
              map
                .queryRenderedFeatures({ layers: ['arcs'] })
                .map((f) => `${String(f.properties['from'])}>${String(f.properties['to'])}:${String(f.properties['count'])}`),
            ),
          ].sort();
        },
        null,
      );
    await expect.poll(drawn, { timeout: 30_000, interval: 250 }).toEqual(expected);
    // The dash pattern marches along the lines (sync/arc-flow.ts).
    const dashes = await withMap(page, (map) => JSON.stringify(map.getPaintProperty('arcs', 'line-dasharray') ?? null), null);
    expect(dashes).not.toBe('null');
    await page.waitForFunction(
      (before) => JSON.stringify(window.foipMap?.getPaintProperty('arcs', 'line-dasharray') ?? null) !== before,
      dashes,
      { timeout: 10_000 },
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws again when a partner is chosen in the filters, and back when it is cleared', { timeout: 180_000 }, async () => {
    const { page } = await open('layers=arcs');
    await settled(page);
    await page.locator('[data-facet="partner"] summary').click();
    await page.click('[data-facet="partner"] input[data-value="AUS"]');
    await settled(page);
    expect((await renderedArcs(page)).arcs).toEqual(expectedArcs(['AUS']));
    await page.click('[data-facet="partner"] input[data-value="AUS"]');
    await settled(page);
    expect((await renderedArcs(page)).arcs).toEqual(expectedArcs([]));
    await page.close();
  });
});
