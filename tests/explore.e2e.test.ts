/**
 * Exploring in real Chromium: facets, live counts, search, URL state, choropleth, arcs,
 * fit to selection and downloads. Expectations are computed from the raw dataset here,
 * not with the app's own filter code.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite, listIds, renderedCount, settled, withMap } from './app-page.ts';
import { waitForMapIdle } from './browser.ts';
import { ids, initiatives, type RawInitiative } from './dataset.ts';

const open = appSuite();

const where = (test: (i: RawInitiative) => boolean) => initiatives.filter(test).map((i) => i.id);

async function facetCount(page: Page, facet: string, value: string): Promise<{ count: number; disabled: boolean; checked: boolean }> {
  const input = page.locator(`[data-facet="${facet}"] input[data-value="${value}"]`);
  const label = input.locator('xpath=..');
  return {
    count: Number(await label.locator('.option-count').textContent()),
    disabled: await input.isDisabled(),
    checked: await input.isChecked(),
  };
}

describe('explore: deep links', () => {
  it.each<[string, (i: RawInitiative) => boolean]>([
    ['pillar=3&country=PHL', (i) => i.properties.pillar === 3 && i.properties.countries.includes('PHL')],
    ['tool=OSA', (i) => i.properties.tools.includes('OSA')],
    ['partner=AUS', (i) => i.properties.partners.includes('AUS')],
    // Search also reads the English heading and map label (india-data-centre: "…submarine cables…" on its map label).
    [
      'q=cable',
      (i) =>
        [i.properties.title.en, i.properties.summary.en, i.properties.source.sectionEn ?? '', i.properties.source.mapLabelEn ?? ''].some(
          (t) => t.toLowerCase().includes('cable'),
        ),
    ],
  ])('?%s: the list, the counts, the legend and the map agree', async (query, test) => {
    const expected = where(test);
    expect(expected.length).toBeGreaterThan(0);
    const { page, errors } = await open(query);
    await settled(page);
    expect(await listIds(page)).toEqual(expected);
    expect(await page.locator('[data-testid="list-count"]').textContent()).toBe(`${expected.length} of ${ids.length}`);
    const legend = await page.$$eval('[data-pillar-count]', (els) => els.reduce((sum, el) => sum + Number(el.textContent), 0));
    expect(legend).toBe(expected.length);
    // The map is fitted to the selection, so everything that matches is drawn in view, and nothing else.
    expect(await renderedCount(page)).toBe(expected.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?lang=ja&id=…: Japanese, with the detail open', async () => {
    const { page } = await open('lang=ja&id=osa-uav-tonga');
    await page.locator('[data-testid="detail"][data-id="osa-uav-tonga"]').waitFor();
    expect(await page.locator('[data-testid="detail"] h2').textContent()).toBe(
      initiatives.find((i) => i.id === 'osa-uav-tonga')!.properties.title.ja,
    );
    expect(await page.locator('#search-input').getAttribute('placeholder')).toContain('検索');
    await page.close();
  });
});

describe('explore: facets', () => {
  it('shows live counts, ORs within a facet, ANDs across, and disables what would match nothing', async () => {
    const { page } = await open('country=PHL');
    await settled(page);
    const phl = initiatives.filter((i) => i.properties.countries.includes('PHL'));
    for (const pillar of [1, 2, 3]) {
      expect((await facetCount(page, 'pillar', String(pillar))).count).toBe(phl.filter((i) => i.properties.pillar === pillar).length);
    }
    await page.locator('[data-facet="tool"] summary').click();
    const jbic = await facetCount(page, 'tool', 'JBIC');
    expect(jbic).toEqual({ count: 0, disabled: true, checked: false });

    await page.locator('[data-facet="pillar"] input[data-value="3"]').check();
    await page.locator('[data-facet="pillar"] input[data-value="1"]').check();
    await settled(page);
    const expected = phl.filter((i) => i.properties.pillar === 3 || i.properties.pillar === 1).map((i) => i.id);
    expect(await listIds(page)).toEqual(expected);
    await page.waitForFunction(() => window.location.search.includes('pillar=3,1') && window.location.search.includes('country=PHL'));
    await page.close();
  });

  it('clears one facet and then all', async () => {
    const { page } = await open('pillar=3&tool=OSA');
    await settled(page);
    await page.click('[data-clear="tool"]');
    await settled(page);
    expect((await listIds(page)).length).toBe(initiatives.filter((i) => i.properties.pillar === 3).length);
    await page.click('button.clear-all');
    await settled(page);
    expect((await listIds(page)).length).toBe(ids.length);
    await page.waitForFunction(() => !window.location.search.includes('pillar'));
    await page.close();
  });

  it('filters by region derived from host countries', async () => {
    const { page } = await open('region=pacific-islands');
    await settled(page);
    const pacific = new Set(['FJI', 'FSM', 'KIR', 'MHL', 'NRU', 'PLW', 'PNG', 'SLB', 'TON', 'TUV', 'VUT', 'WSM']);
    expect(await listIds(page)).toEqual(where((i) => i.properties.countries.some((c) => pacific.has(c))));
    await page.close();
  });

  it('searches in both languages, tolerant of width', async () => {
    const { page } = await open();
    await settled(page);
    const texts = (i: RawInitiative) => {
      const { source } = i.properties;
      return [
        i.properties.title.en,
        i.properties.title.ja,
        i.properties.summary.en,
        i.properties.summary.ja,
        source.quote,
        source.section,
        source.sectionEn ?? '',
        source.mapLabel ?? '',
        source.mapLabelEn ?? '',
      ];
    };
    await page.fill('#search-input', 'ＵＡＶ');
    await settled(page);
    const uav = where((i) => texts(i).some((t) => t.toLowerCase().includes('uav')));
    expect(uav).toEqual(expect.arrayContaining(['osa-uav-malaysia', 'osa-uav-sri-lanka', 'osa-uav-tonga']));
    expect(await listIds(page)).toEqual(uav);
    await page.fill('#search-input', '海底ケーブル');
    await settled(page);
    const cables = where((i) => texts(i).some((t) => t.includes('海底ケーブル')));
    expect(await listIds(page)).toEqual(cables);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === '海底ケーブル');
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const { page } = await open('q=zzzzzz');
    await page.locator('.empty').waitFor();
    expect(await page.locator('[data-testid="list-count"]').textContent()).toBe(`0 of ${ids.length}`);
    await page.close();
  });
});

describe('explore: URL state', () => {
  it('ignores invalid values, names them, and keeps the valid ones', async () => {
    const { page, errors } = await open('pillar=3,9&partner=NATO&tool=OSA&country=ZZZ&layers=heat&q=%00%01');
    await settled(page);
    const notice = await page.locator('[data-testid="url-notice"]').textContent();
    for (const part of ['pillar=9', 'partner=NATO', 'country=ZZZ', 'layers=heat', 'q=']) expect(notice).toContain(part);
    expect(await listIds(page)).toEqual(where((i) => i.properties.pillar === 3 && i.properties.tools.includes('OSA')));
    await page.click('[data-testid="url-notice"] button');
    expect(await page.locator('[data-testid="url-notice"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('explore: layers', () => {
  it('shades host countries by the number of matching initiatives, with a legend', async () => {
    const { page } = await open('layers=choropleth&partner=AUS');
    await settled(page);
    await page.locator('[data-testid="choropleth-legend"]').waitFor();
    const states = await withMap(page, (map, codes: string[]) => codes.map((id) => map.getFeatureState({ source: 'countries', id })), [
      'FSM',
      'MYS',
      'CHN',
    ]);
    const hosted = (code: string) =>
      initiatives.filter((i) => i.properties.partners.includes('AUS') && i.properties.countries.includes(code)).length;
    expect(states[0]).toMatchObject({ count: hosted('FSM') });
    expect(states[1]).toMatchObject({ count: hosted('MYS') });
    expect(states[2]).toEqual({});
    await page.close();
  });

  it('draws partner arcs for the matching set, including across the Pacific, without wrap-around', async () => {
    const { page } = await open('layers=arcs&region=pacific-islands,americas');
    await settled(page);
    const arcs = await withMap(
      page,
      (map) => {
        const source = map.getSource('arcs') as unknown as {
          _data: { geojson: { features: { geometry: { coordinates: number[][] } }[] } };
        };
        const features = source._data.geojson.features;
        const step = Math.max(
          ...features.flatMap((f) => f.geometry.coordinates.slice(1).map((c, i) => Math.abs(c[0]! - f.geometry.coordinates[i]![0]!))),
        );
        return { count: features.length, step, rendered: map.queryRenderedFeatures({ layers: ['arcs'] }).length };
      },
      null,
    );
    expect(arcs.count).toBeGreaterThan(5);
    // No segment wraps round the world (near the poles a great circle's longitude moves fast, but never by 180°).
    expect(arcs.step).toBeLessThan(180);
    expect(arcs.rendered).toBeGreaterThan(0);
    await page.close();
  });
});

describe('explore: fit and download', () => {
  it('fits the map to the selection on demand after the user moved away', async () => {
    const { page } = await open('tool=OSA');
    await settled(page);
    const expected = where((i) => i.properties.tools.includes('OSA')).length;
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const zoom = await page.evaluate(() => window.foipMap!.getZoom());
    await page.mouse.wheel(0, -1500);
    // MapLibre decides between a mouse wheel and a trackpad for up to 40 ms before the zoom starts;
    // wait for it to start, then for the map to settle.
    await page.waitForFunction((before) => window.foipMap!.getZoom() > before + 0.5, zoom);
    await settled(page);
    expect(await renderedCount(page)).toBeLessThan(expected);
    await page.click('[data-testid="fit-selection"]');
    await waitForMapIdle(page); // the fit's flight included
    expect(await renderedCount(page)).toBe(expected);
    await page.close();
  });

  it('downloads the matching initiatives as CSV (BOM, RFC 4180, citation) and GeoJSON', async () => {
    const { page } = await open('tool=OSA');
    await settled(page);
    const expected = where((i) => i.properties.tools.includes('OSA'));
    await page.locator('.tool-menu summary', { hasText: 'Download' }).click();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csvDownload.suggestedFilename()).toMatch(/^foip-atlas-\d{4}-\d{2}-\d{2}-selection\.csv$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,title_en,title_ja,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expected);
    expect(csv).toContain('FOIP Atlas initiatives (');
    const [geoDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="geojson"]')]);
    const geojson = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8')) as {
      features: { id: string }[];
      metadata: { selection: string; citation: string };
    };
    expect(geojson.features.map((f) => f.id)).toEqual(expected);
    expect(geojson.metadata.selection).toBe('tool=OSA');
    await page.close();
  });
});
