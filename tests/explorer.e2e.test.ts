/**
 * The explorer in real headless Chromium (SwiftShader WebGL2), against the built app.
 * Run `npm run build` first; `npm test` does.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite, type OpenedPage, renderedCount } from './app-page.ts';
import { waitForMapIdle, mapIdle } from './browser.ts';
import { dataset as rawDataset, ids, titles } from './dataset.ts';

const openInSuite = appSuite();

function open(query = '', setup?: (page: Page) => Promise<void>): Promise<OpenedPage> {
  return openInSuite(query, setup ? { setup } : {});
}

/** Screen position of the first rendered feature of a layer (optionally: merged clusters or single places only), or null. */
async function firstOnLayer(
  page: Page,
  layer: string,
  pick: 'first' | 'largest' = 'first',
  cluster?: 0 | 1,
): Promise<{ x: number; y: number; props: Record<string, unknown> } | null> {
  return page.evaluate(
    ({ layer, pick, cluster }) => {
      const map = window.foipMap!;
      const features = map
        .queryRenderedFeatures({ layers: [layer] })
        .filter((f) => cluster === undefined || f.properties['cluster'] === cluster);
      const sorted =
        pick === 'largest' ? [...features].sort((a, b) => Number(b.properties['count']) - Number(a.properties['count'])) : features;
      const rect = map.getCanvas().getBoundingClientRect();
      for (const f of sorted) {
        if (f.geometry.type !== 'Point') continue;
        const p = map.project(f.geometry.coordinates as [number, number]);
        if (p.x > 20 && p.y > 20 && p.x < rect.width - 60 && p.y < rect.height - 20)
          return { x: rect.left + p.x, y: rect.top + p.y, props: f.properties };
      }
      return null;
    },
    { layer, pick, cluster },
  );
}

describe('explorer', () => {
  it('frames the Indo-Pacific: Africa’s east coast to Chile, without crossing the date line', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const [[west, south], [east, north]] = await page.evaluate(() => window.foipMap!.getBounds().toArray());
    expect(west).toBeLessThan(39); // Mombasa, Nacala
    expect(east).toBeGreaterThan(289); // Santiago de Chile at -70.7°, unwrapped
    expect(south).toBeLessThan(-34);
    expect(north).toBeGreaterThan(36); // Tokyo
    await page.close();
  });

  it('reaches idle with every initiative drawn, and no request leaves the machine', async () => {
    const { page, requests, errors } = await open('view=120,10,0.6');
    await waitForMapIdle(page);
    const drawn = String(await renderedCount(page));
    expect(Number(drawn)).toBe(ids.length);
    const external = requests.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(url));
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists one row per initiative, each carrying its id', async () => {
    const { page } = await open();
    await page.waitForSelector('li[data-id]');
    const rowIds = await page.$$eval('li[data-id]', (rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(rowIds).toEqual(ids);
    await page.close();
  });

  it('opens the detail of a site clicked on the map', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const site = await firstOnLayer(page, 'places-exact');
    expect(site).not.toBeNull();
    await page.mouse.click(site!.x, site!.y);
    const detail = page.locator('[data-testid="detail"]');
    await detail.waitFor();
    expect(await detail.getAttribute('data-id')).toBe(site!.props['id']);
    expect(await detail.locator('h2').textContent()).toBe(titles.get(String(site!.props['id']))!.en);
    expect(await page.$eval(`li[data-id="${String(site!.props['id'])}"] button`, (b) => b.getAttribute('aria-current'))).toBe('true');
    expect(page.url()).toContain(`id=${String(site!.props['id'])}`);
    await page.close();
  });

  it('opens a place shared by many initiatives into a list, and every one is reachable', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const badge = await firstOnLayer(page, 'places-badges', 'largest', 0);
    expect(badge).not.toBeNull();
    await page.mouse.click(badge!.x, badge!.y);
    const chooser = page.locator('[data-testid="cluster-chooser"]');
    await chooser.waitFor();
    const listed = await chooser.locator('button[data-id]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id')));
    expect(listed).toHaveLength(Number(badge!.props['count']));
    expect([...listed].sort()).toEqual(String(badge!.props['ids']).split(' ').sort());
    await chooser.locator('button[data-id]').nth(2).click();
    await page.locator('[data-testid="detail"]').waitFor();
    expect(await page.getAttribute('[data-testid="detail"]', 'data-id')).toBe(listed[2]);
    await page.close();
  });

  it('zooms into a badge that merges several places until they separate', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const merged = await firstOnLayer(page, 'places-badges', 'largest', 1);
    expect(merged).not.toBeNull();
    const before = await page.evaluate(() => window.foipMap!.getZoom());
    await page.mouse.click(merged!.x, merged!.y);
    await waitForMapIdle(page); // the zoom the click starts included
    const after = await page.evaluate(() => window.foipMap!.getZoom());
    expect(after).toBeGreaterThanOrEqual(Number(merged!.props['expand']));
    expect(after).toBeGreaterThan(before);
    await page.close();
  });

  it.each([
    ['a route', 'nacala-corridor', 'routes'],
    ['a country-level initiative inside a badge', 'japan-india-2plus2-ministerial', 'selection-ring'],
  ])('selects on the map what is selected in the list: %s', async (_kind, id, layer) => {
    const { page } = await open();
    await waitForMapIdle(page);
    await page.click(`li[data-id="${id}"] button`);
    await page.locator(`[data-testid="detail"][data-id="${id}"]`).waitFor();
    await waitForMapIdle(page); // the camera's ease to the selection included
    const shown = await page.evaluate(
      ({ layer, id }) => {
        const map = window.foipMap!;
        return {
          selected: map.getFeatureState({ source: 'routes', id })['selected'],
          drawn: map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties['id']),
        };
      },
      { layer, id },
    );
    expect(shown.selected).toBe(true);
    expect(shown.drawn).toContain(id);
    await page.close();
  });

  it('highlights an initiative hovered in the list: a region-wide one on its region’s badge, with its members', async () => {
    const { page } = await open('view=120,5,1.6');
    await waitForMapIdle(page);
    await page.hover('li[data-id="mda-capacity-building-asean"] button');
    await waitForMapIdle(page);
    const members = rawDataset.features.find((f) => f.id === 'mda-capacity-building-asean')!.properties.countries;
    const shown = await page.evaluate((codes) => {
      const map = window.foipMap!;
      return {
        rings: new Set(map.queryRenderedFeatures({ layers: ['hover-ring'] }).map((f) => String(f.properties['key']))).size,
        marked: codes.filter((id) => map.getFeatureState({ source: 'countries', id })['regionMark'] === true),
      };
    }, members);
    // Drawn once, as its region: one ring on the ASEAN badge (it was one on each of the 11 members' points).
    expect(shown.rings).toBe(1);
    expect(shown.marked).toEqual(members);
    expect(members).toHaveLength(11); // the ASEAN members
    await page.close();
  });

  it('switches language: texts, <html lang> and the URL', async () => {
    const { page } = await open('id=palau-airport-terminal');
    await page.locator('[data-testid="detail"]').waitFor();
    expect(await page.locator('[data-testid="detail"] h2').textContent()).toBe(titles.get('palau-airport-terminal')!.en);
    await page.click('button.lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    expect(await page.locator('[data-testid="detail"] h2').textContent()).toBe(titles.get('palau-airport-terminal')!.ja);
    expect(await page.locator(`li[data-id="${ids[0]}"] .row-title`).textContent()).toBe(titles.get(ids[0]!)!.ja);
    expect(await page.locator('#list-heading').textContent()).toContain('取組一覧');
    await page.waitForFunction(() => window.location.search.includes('lang=ja'));
    expect(await page.evaluate(() => window.foipMap!.getGlobalState()['lang'])).toBe('ja');
    await page.close();
  });

  it('opens straight into Japanese with a selection from the URL', async () => {
    const { page } = await open('lang=ja&id=nacala-corridor');
    await page.locator('[data-testid="detail"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.locator('[data-testid="detail"] h2').textContent()).toBe(titles.get('nacala-corridor')!.ja);
    await page.close();
  });

  it('ignores invalid URL values, says which, and keeps working', async () => {
    const { page, errors } = await open('lang=xx&id=%3Cscript%3Ealert(1)%3C%2Fscript%3E&view=999,0,1');
    await waitForMapIdle(page);
    const notice = await page.locator('[data-testid="url-notice"]').textContent();
    expect(notice).toContain('lang=xx');
    expect(notice).toContain('id=<script>alert(1)</script> (no initiative has this id)');
    expect(notice).toContain('view=999,0,1');
    expect(await page.$$eval('li[data-id]', (rows) => rows.length)).toBe(ids.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves out a broken feature, names it, and shows the rest', async () => {
    const broken = structuredClone(rawDataset) as unknown as { features: { properties: { pillar: number } }[] };
    broken.features[0]!.properties.pillar = 7;
    const { page } = await open('', async (p) => {
      await p.route('**/initiatives-*.geojson', (route) =>
        route.fulfill({ body: JSON.stringify(broken), contentType: 'application/geo+json' }),
      );
    });
    await waitForMapIdle(page);
    const notice = await page.locator('[data-testid="data-notice"]').textContent();
    expect(notice).toContain(`${ids[0]}: properties.pillar: expected one of 1, 2, 3, got 7`);
    expect(await page.$$eval('li[data-id]', (rows) => rows.length)).toBe(ids.length - 1);
    await page.close();
  });

  it('says so when the basemap cannot be loaded, and still lists and draws the initiatives', async () => {
    const { page } = await open('', async (p) => {
      await p.route('**/countries-*.geojson', (route) => route.fulfill({ status: 404, body: 'gone' }));
    });
    const notice = page.locator('[data-testid="map-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The basemap could not be loaded (');
    expect(await notice.textContent()).toContain('404');
    expect(await page.$$eval('li[data-id]', (rows) => rows.length)).toBeGreaterThan(0);
    await page.waitForFunction(() => (window.foipDebug?.renderedInitiatives() ?? 0) > 0);
    await page.close();
  });

  it('says so when the dataset is not JSON at all, and still draws the basemap', async () => {
    const { page, errors } = await open('', async (p) => {
      await p.route('**/initiatives-*.geojson', (route) => route.fulfill({ body: '<html>oops' }));
    });
    const notice = page.locator('[data-testid="data-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The dataset could not be loaded.');
    expect(await notice.textContent()).toContain('expected JSON, but it could not be parsed');
    await mapIdle(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
