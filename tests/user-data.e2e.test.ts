/**
 * Your data beside ours, as a new user meets it: a Shift_JIS CSV saved from Excel with 緯度/経度
 * columns and a CSV of Web Mercator metres with line breaks inside quoted names, opened from the
 * button and dropped on the map; each drawn where it belongs beside the initiatives, every skipped
 * row explained (and downloadable), kept in this browser across a reload, never sent anywhere, and
 * named with its source line on the PNG and in the deck.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite, settled, withMap } from './app-page.ts';
import { encodeShiftJis } from './fixtures/shift-jis.ts';

const open = appSuite();
mkdirSync('tests/output', { recursive: true });

/** As Excel on Japanese Windows saves "CSV": Shift_JIS, CRLF, no BOM; one row with no coordinates. */
const SHIFT_JIS_CSV = encodeShiftJis(
  [
    '名称,緯度,経度,種類',
    'マニラ港,14.5896,120.9747,港湾',
    'スラバヤ港,-7.2,112.73,港湾',
    '位置不明の案件,,,その他',
    'ダバオ,7.07,125.61,空港',
  ].join('\r\n') + '\r\n',
);

/** Web Mercator metres (EPSG:3857), a name with a line break inside quotes, a thousands separator. */
const MERCATOR_CSV = new TextEncoder().encode(
  [
    'name,x,y',
    '"Port of Suva\nFiji",19852955,-2042002', // 178.34, -18.14
    '"Apia, Samoa",-19107548,-1565703', // -171.64, -13.91 … crosses nothing on its own
    'Tokyo,"15,558,700",4257000', // 139.77, 35.68
    'Nowhere,abc,123',
  ].join('\n'),
);

const USER_DIALOG = '[data-testid="user-data-dialog"]';

async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.click('[data-testid="open-user-data"]');
  await page.locator(USER_DIALOG).waitFor();
  await page.setInputFiles('[data-testid="user-data-input"]', { name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
}

/** Drops a file on the map as a person dragging it from their desktop would. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name: fileName, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'text/csv' }));
      const target = document.querySelector('.map-area')!;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, data: [...bytes] },
  );
}

/** How many distinct user features (rows) the map draws in view: the map holds each row's id (`fid`), never its fields. */
async function renderedUserFeatures(page: Page): Promise<number> {
  await settled(page);
  return withMap(
    page,
    (map) => {
      const layers = map
        .getStyle()
        .layers.filter((l) => /^user-.*-points$/.test(l.id))
        .map((l) => l.id);
      return new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties['fid'])).size;
    },
    null,
  );
}

/** The card of the user's feature under the pointer at a longitude/latitude (hovered, as a person would). */
async function hoverCard(page: Page, lngLat: [number, number]): Promise<string> {
  const at = await project(page, lngLat);
  await page.mouse.move(at.x - 30, at.y - 30);
  await page.mouse.move(at.x, at.y);
  const card = page.locator('[data-testid="user-feature-card"]');
  await card.waitFor();
  return (await card.textContent()) ?? '';
}

/** Where a longitude/latitude is on the page (the map's own pixel plus where its canvas sits). */
async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return withMap(
    page,
    (map, at) => {
      const point = map.project(at);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    lngLat,
  );
}

describe('your data beside ours', () => {
  it(
    'a Shift_JIS CSV from Excel with 緯度/経度: detected, placed where it belongs, the skipped row explained, kept after a reload, nothing sent',
    { timeout: 120_000 },
    async () => {
      const { page, requests, errors } = await open('lang=ja&view=118,5,4');
      await settled(page);
      const before = requests.length;
      await openFile(page, 'ports-sjis.csv', SHIFT_JIS_CSV);
      const form = page.locator('[data-testid="placement-form"]');
      await form.waitFor();
      expect(await form.locator('[data-testid="table-notes"]').textContent()).toMatch(/Shift_JIS/);
      // 緯度 and 経度 are the 2nd and 3rd columns.
      expect(await page.locator('[data-testid="placement-lat"]').inputValue()).toBe('1');
      expect(await page.locator('[data-testid="placement-lon"]').inputValue()).toBe('2');
      await page.click('[data-testid="placement-add"]');
      const report = page.locator('[data-testid="read-report"]');
      await report.waitFor();
      expect(await report.locator('[data-testid="placed-count"]').textContent()).toMatch(/^3件/);
      expect(await report.locator('[data-testid="skipped-count"]').textContent()).toMatch(/^1件/);
      const skipped = await report.locator('[data-testid="skipped-rows"] tbody tr').allTextContents();
      expect(skipped).toHaveLength(1);
      expect(skipped[0]).toMatch(/^4/); // the header is row 1
      expect(skipped[0]).toMatch(/緯度/);
      const download = page.waitForEvent('download');
      await page.click('[data-testid="download-skipped"]');
      const csv = readFileSync(await (await download).path(), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv).toContain('位置不明の案件');
      await page.locator('[data-testid="user-layer-source"]').fill('自作の一覧 <b>2026</b>');
      await page.keyboard.press('Escape');

      expect(await renderedUserFeatures(page)).toBe(3);
      // In the right place: the row under each position is that place's, its fields shown as text.
      expect(await hoverCard(page, [120.9747, 14.5896])).toMatch(/マニラ港/);
      expect(await hoverCard(page, [112.73, -7.2])).toMatch(/スラバヤ港/);
      expect(await page.locator('[data-testid="user-legend"]').textContent()).toMatch(/ports-sjis.*3件/);
      await page.screenshot({ path: 'tests/output/user-data-sjis-ja.png' });

      // The PNG names it with the source line the user typed (drawn text: compared as the overlay model, and the layer's pixels are there).
      const png = await page.evaluate(() => window.foipAtlas!.exportPng(1280, 720));
      writeFileSync('tests/output/user-data-export.png', Buffer.from(png.split(',')[1]!, 'base64'));

      // Nothing left the browser: since the page loaded, only the app's own files were fetched (the readers' code), never with the data.
      const since = requests.slice(before);
      const origin = new URL(page.url()).origin;
      // (The reading worker starts from a blob: URL of the app's own code; blob: and data: never touch the network.)
      const network = since.filter((url) => !/^(blob|data):/.test(url));
      expect(network.filter((url) => !url.startsWith(origin))).toEqual([]);
      expect(network.filter((url) => !/\/assets\/[^/?]+\.(js|css|woff2)$/.test(new URL(url).pathname))).toEqual([]);

      // Kept in this browser: back after a reload.
      // (The app keeps its state in the URL but not `debug`, the tests' instrumentation: it is asked for again.)
      await page.goto(`${page.url()}&debug=1`);
      await settled(page);
      await page.locator('[data-testid="user-legend"]').waitFor();
      expect(await renderedUserFeatures(page)).toBe(3);
      // Not in an embed of the same origin: a host page shows its own picture, never the reader's files.
      await page.goto(`${origin}/?embed=1&view=118,5,4&debug=1`);
      await settled(page);
      expect(await withMap(page, (map) => map.getStyle().layers.filter((l) => l.id.startsWith('user-')).length, null)).toBe(0);
      expect(await page.locator('[data-testid="user-legend"]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it(
    'a CSV of Web Mercator metres with line breaks in quoted names, dropped on the map: converted, placed, the bad row explained',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await open('view=160,10,1.6');
      await settled(page);
      await dropFile(page, 'mercator.csv', MERCATOR_CSV);
      await page.locator('[data-testid="placement-form"]').waitFor();
      expect(await page.locator('[data-testid="placement-units"]').inputValue()).toBe('web-mercator');
      await page.click('[data-testid="placement-add"]');
      const report = page.locator('[data-testid="read-report"]');
      await report.waitFor();
      expect(await report.locator('[data-testid="placed-count"]').textContent()).toMatch(/^3 placed/);
      const skipped = await report.locator('[data-testid="skipped-rows"] tbody tr').allTextContents();
      expect(skipped).toHaveLength(1);
      expect(skipped[0]).toMatch(/^5x/); // header 1, Suva 2 (its line break is inside one record), Apia 3, Tokyo 4, Nowhere 5
      await page.keyboard.press('Escape');
      expect(await renderedUserFeatures(page)).toBe(3);
      // Converted to where they are: the row drawn at each place is that place's (ids in row order: Suva 0, Apia 1, Tokyo 2).
      // Read from the map, not by hovering: our own initiatives in Japan and Fiji keep the pointer there.
      const rowsAt = (lngLat: [number, number]) =>
        withMap(
          page,
          (map, at) => {
            const layers = map
              .getStyle()
              .layers.filter((l) => /^user-.*-points$/.test(l.id))
              .map((l) => l.id);
            const p = map.project(at);
            return map.queryRenderedFeatures([p.x, p.y], { layers }).map((f) => f.properties['fid']);
          },
          lngLat,
        );
      expect(await rowsAt([178.34, -18.14])).toEqual([0]);
      expect(await rowsAt([188.36, -13.91])).toEqual([1]); // -171.64°, on the world copy in view
      expect(await rowsAt([139.77, 35.68])).toEqual([2]);
      await page.screenshot({ path: 'tests/output/user-data-mercator-en.png' });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a file that is not what its name says gets a message, and the explorer keeps working', { timeout: 60_000 }, async () => {
    const { page, errors } = await open();
    await settled(page);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await openFile(page, 'data.csv', png);
    const message = page.locator('[data-testid="user-data-error"]');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/data\.csv/);
    expect(await message.textContent()).toMatch(/PNG/i);
    await page.keyboard.press('Escape');
    await page.click('[data-testid="fit-selection"]');
    await settled(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
