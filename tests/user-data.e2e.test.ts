/**
 * Your data beside ours, as a new user meets it: a Shift_JIS CSV saved from Excel with 緯度/経度
 * columns and a CSV of Web Mercator metres with line breaks inside quoted names, opened from the
 * button and dropped on the map; each drawn where it belongs beside the initiatives, every skipped
 * row explained (and downloadable), kept in this browser across a reload, never sent anywhere, and
 * named with its source line on the PNG and in the deck.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapIdle } from '../scripts/chromium.ts';
import { appSuite, settled, withMap } from './app-page.ts';
import { USER_NEUTRAL } from '../src/user-data/style.ts';
import { encodeShiftJis } from './fixtures/shift-jis.ts';
import { probe } from './video-probe.ts';
import { paragraphs, pictureParts, readPptx, readWithLibreOffice, slideParts } from './pptx-reader.ts';

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

/** Three ports of the Pacific, as a plain UTF-8 CSV with lat/lon. */
const PORTS_CSV = new TextEncoder().encode(
  [
    'name,lat,lon,kind',
    'Port of Manila,14.5896,120.9747,port',
    'Port of Suva,-18.1416,178.4419,port',
    'Port Moresby,-9.4438,147.1803,port',
  ].join('\n'),
);
const PORTS_SOURCE = 'Own list of ports, 2026';
const PORTS_OVERLAY = `Overlay: ports; source as given by the user: ${PORTS_SOURCE}`;

/**
 * Pixels of the first colour of "colour by a column" (magenta, #C51B7D: src/user-data/style.ts), which nothing of ours comes
 * near: strongly red and blue, hardly green. Counted in RGBA or RGB `data`.
 */
function magentaPixels(data: Uint8Array | number[], channels: 3 | 4): number {
  let count = 0;
  for (let i = 0; i < data.length; i += channels) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (r > 140 && g < 90 && b > 70 && b < 180 && r - g > 90) count++;
  }
  return count;
}

/**
 * The RGBA pixels of a PNG, decoded in the page as a browser shows it: right of its left quarter (where a picture's legend
 * is drawn) and above its source strip (its bottom tenth).
 */
async function mapPixels(page: Page, png: Uint8Array): Promise<number[]> {
  return page.evaluate(
    async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(image, 0, 0);
      const left = Math.round(image.width / 4);
      return [...ctx.getImageData(left, 0, image.width - left, Math.round(image.height * 0.9)).data];
    },
    `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
  );
}

/**
 * A large file: `rows` projects spread over South-East Asia and the Pacific (a seeded generator, so the same every run), with a
 * sector to colour by; its points are cut into tiles in a worker (src/map/user-tiles/).
 */
function largeCsv(rows: number): Uint8Array {
  let seed = 7;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const sectors = ['port', 'road', 'rail', 'power'];
  const lines = ['id,name,sector,lat,lon'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${i + 1},Project ${i + 1},${sectors[i % sectors.length]},${(-10 + random() * 30).toFixed(5)},${(95 + random() * 60).toFixed(5)}`,
    );
  return new TextEncoder().encode(lines.join('\n'));
}

/** The rows the map counts in view: each point drawn, and every point of each cluster. */
async function rowsInView(page: Page): Promise<number> {
  await settled(page);
  return withMap(
    page,
    (map) => {
      const layers = map
        .getStyle()
        .layers.filter((l) => /^user-.*-(points|clusters)$/.test(l.id))
        .map((l) => l.id);
      // A tile's features repeat near its edges (each tile holds what reaches into it): counted once, by id.
      const seen = new Map<string, number>();
      for (const f of map.queryRenderedFeatures({ layers }))
        seen.set(`${f.properties['cluster'] === true ? 'c' : 'p'}${f.id ?? f.properties['fid']}`, Number(f.properties['point_count'] ?? 1));
      return [...seen.values()].reduce((a, b) => a + b, 0);
    },
    null,
  );
}

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

  it(
    'a large file (20,000 rows): its points cut into tiles off the page, every row counted in view, clusters open, rows picked, recoloured, kept, removed',
    { timeout: 240_000 },
    async () => {
      const rows = 20_000;
      const { page, errors } = await open('view=125,5,3');
      await settled(page);
      await openFile(page, 'projects.csv', largeCsv(rows));
      await page.locator('[data-testid="placement-form"]').waitFor();
      await page.click('[data-testid="placement-add"]');
      await page.locator('[data-testid="read-report"]').waitFor();
      expect(await page.locator('[data-testid="placed-count"]').textContent()).toMatch(/^20,000 placed/);
      await page.keyboard.press('Escape');
      expect(await rowsInView(page)).toBe(rows);
      // Drawn from tiles, not a GeoJSON source of 20,000 points.
      expect(
        await withMap(
          page,
          (map) => map.getStyle().sources[Object.keys(map.getStyle().sources).find((id) => /^user-.*-points$/.test(id))!]?.type,
          null,
        ),
      ).toBe('vector');
      await page.screenshot({ path: 'tests/output/user-data-large-en.png' });

      // A cluster opens: a click zooms in to where it breaks apart.
      const cluster = await withMap(
        page,
        (map) => {
          const layers = map
            .getStyle()
            .layers.filter((l) => /^user-.*-clusters$/.test(l.id))
            .map((l) => l.id);
          const box = map.getCanvas().getBoundingClientRect();
          // The largest cluster that nothing of the page covers (the legend, the toolbar).
          const [top] = map
            .queryRenderedFeatures({ layers })
            .map((f) => {
              const at = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
              return { x: box.left + at.x, y: box.top + at.y, count: Number(f.properties['point_count']) };
            })
            .filter(({ x, y }) => document.elementFromPoint(x, y) === map.getCanvas())
            .sort((a, b) => b.count - a.count);
          return { x: top!.x, y: top!.y, zoom: map.getZoom() };
        },
        null,
      );
      await page.mouse.click(cluster.x, cluster.y);
      await page.waitForFunction((zoom) => window.foipMap!.getZoom() > zoom + 0.5, cluster.zoom);
      await mapIdle(page);

      // Beyond the clustering zoom each row is its own diamond, and hovering one shows that row's fields (none of ours is there).
      await withMap(page, (map) => map.jumpTo({ center: [120, 5], zoom: 11.5 }), null);
      await mapIdle(page);
      const point = await withMap(
        page,
        (map) => {
          const layers = map
            .getStyle()
            .layers.filter((l) => /^user-.*-points$/.test(l.id))
            .map((l) => l.id);
          const [top] = map.queryRenderedFeatures({ layers });
          return top
            ? { lngLat: (top.geometry as GeoJSON.Point).coordinates as [number, number], fid: Number(top.properties['fid']) }
            : null;
        },
        null,
      );
      expect(point).not.toBeNull();
      expect(await hoverCard(page, point!.lngLat)).toContain(`Project ${point!.fid + 1}`);

      // Coloured by a column: drawn again from new tiles, every row still there, now in the sectors' colours.
      await withMap(page, (map) => map.jumpTo({ center: [125, 5], zoom: 3 }), null);
      await page.click('[data-testid="open-user-data"]');
      await page.selectOption('[data-testid="user-layer-colour"]', 'sector');
      await page.keyboard.press('Escape');
      expect(await rowsInView(page)).toBe(rows);
      const legend = (await page.locator('[data-testid="user-legend"]').textContent()) ?? '';
      for (const sector of ['port', 'road', 'rail', 'power']) expect(legend).toContain(sector);
      await withMap(page, (map, at) => map.jumpTo({ center: at, zoom: 11.5 }), point!.lngLat);
      await mapIdle(page);
      const colours = await withMap(
        page,
        (map) => {
          const layers = map
            .getStyle()
            .layers.filter((l) => /^user-.*-points$/.test(l.id))
            .map((l) => l.id);
          return map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['colour']).toLowerCase());
        },
        null,
      );
      expect(colours.length).toBeGreaterThan(0);
      expect(colours.filter((colour) => colour === USER_NEUTRAL)).toEqual([]);
      await withMap(page, (map) => map.jumpTo({ center: [125, 5], zoom: 3 }), null);

      // Kept in this browser: once its parts are written, it comes back after a reload, drawn from tiles again.
      await page.waitForFunction(
        () =>
          new Promise<boolean>((resolve) => {
            const request = indexedDB.open('foip-atlas-user-data');
            request.onerror = () => resolve(false);
            request.onsuccess = () => {
              const db = request.result;
              const keys = db.transaction('layers').objectStore('layers').getAllKeys();
              keys.onsuccess = () => resolve(keys.result.some((key) => String(key).startsWith('meta:')));
              keys.onerror = () => resolve(false);
            };
          }),
        null,
        { timeout: 60_000, polling: 500 },
      );
      await page.goto(`${page.url()}&debug=1`);
      await settled(page);
      await page.locator('[data-testid="user-legend"]').waitFor();
      expect(await rowsInView(page)).toBe(rows);

      // Removed: nothing of it is left on the map.
      await page.click('[data-testid="open-user-data"]');
      await page.click('[data-testid="user-layer-remove"]');
      await page.keyboard.press('Escape');
      await settled(page);
      expect(await withMap(page, (map) => Object.keys(map.getStyle().sources).filter((id) => id.startsWith('user-')).length, null)).toBe(0);
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

  it(
    'in every export: a tour file carries it and opens it in another browser, the deck names it and draws it, the video draws it',
    { timeout: 420_000 },
    async () => {
      const { page, errors } = await open('view=150,-3,2.6');
      await settled(page);
      // The same view before the layer: nothing of the diamonds' colour on the map.
      const before = await page.evaluate(() => window.foipAtlas!.exportPng(1920, 1080));
      expect(magentaPixels(await mapPixels(page, Buffer.from(before.split(',')[1]!, 'base64')), 4)).toBe(0);
      await openFile(page, 'ports.csv', PORTS_CSV);
      await page.click('[data-testid="placement-add"]');
      await page.locator('[data-testid="read-report"]').waitFor();
      await page.locator('[data-testid="user-layer-source"]').fill(PORTS_SOURCE);
      // Coloured by a column: one value, so every diamond takes the first colour, magenta.
      await page.selectOption('[data-testid="user-layer-colour"]', 'kind');
      await page.keyboard.press('Escape');
      expect(await renderedUserFeatures(page)).toBe(3);

      // A tour of my own, one step of this view, saved as a file: the layer travels with it.
      await page.locator('summary', { hasText: 'Tours' }).click();
      await page.fill('.save-step input', 'Ports beside the initiatives');
      await page.click('[data-testid="save-step"]');
      const [saved] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-tour"]')]);
      const tourText = readFileSync((await saved.path())!, 'utf8');
      const tour = JSON.parse(tourText) as { id: string; overlays: { name: string; source: string; features: unknown[] }[] };
      expect(tour.overlays.map((o) => [o.name, o.source, o.features.length])).toEqual([['ports', PORTS_SOURCE, 3]]);

      // Opened in another browser profile, which has never seen the CSV: the same three diamonds, named as they were.
      {
        const other = await open('view=150,-3,2.6');
        await settled(other.page);
        await other.page.locator('summary', { hasText: 'Tours' }).click();
        await other.page.setInputFiles('[data-testid="import-tour"]', {
          name: 'ports-tour.json',
          mimeType: 'application/json',
          buffer: Buffer.from(tourText),
        });
        await other.page.locator('[data-testid="user-legend"]').waitFor();
        expect(await other.page.locator('[data-testid="user-legend"]').textContent()).toMatch(/ports.*3 features/);
        expect(await renderedUserFeatures(other.page)).toBe(3);
        expect(other.errors).toEqual([]);
        await other.page.close();
      }

      // The deck of that tour: the layer on the step's picture, and named with its source on the title and closing slides.
      await page.click(`[data-start-tour="${tour.id}"]`);
      await page.locator('[data-testid="tour-player"]').waitFor();
      await settled(page);
      const [deck] = await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        page.click('[data-testid="tour-download-deck"]'),
      ]);
      const file = new Uint8Array(readFileSync((await deck.path())!));
      writeFileSync('tests/output/user-data-deck.pptx', file);
      const parts = readPptx(file);
      const slides = slideParts(parts);
      expect(slides).toHaveLength(3);
      for (const slide of [slides[0]!, slides[2]!]) expect(paragraphs(parts.xml(slide))).toContain(PORTS_OVERLAY);
      const picture = parts.bytes(pictureParts(parts, slides[1]!)[0]!);
      writeFileSync('tests/output/user-data-deck-step.png', picture);
      // Port Moresby's diamond (Manila's and Suva's lie under our badges, which are drawn on top).
      expect(magentaPixels(await mapPixels(page, picture), 4)).toBeGreaterThan(20);
      const pdf = readWithLibreOffice(file);
      expect(pdf.pages).toBe(3);
      expect(pdf.text[2]!.replace(/\s+/g, ' ')).toContain(PORTS_OVERLAY);

      // The video of the tour, encoded in this browser: read back with ffprobe, its last frame holds the diamond.
      await page.locator('[data-menu="video"] summary').click();
      const [video] = await Promise.all([
        page.waitForEvent('download', { timeout: 240_000 }),
        page.click('[data-record-video="mp4-1280x720"]'),
      ]);
      const mp4 = (await video.path())!;
      writeFileSync('tests/output/user-data-tour.mp4', readFileSync(mp4));
      const probed = await probe(mp4);
      expect([probed.stream.codec_name, probed.stream.width, probed.stream.height]).toEqual(['h264', 1280, 720]);
      // As in the pictures: right of the legend's quarter, above the source strip.
      const crop = 'crop=iw*0.75:ih*0.88:iw*0.25:0';
      const { stdout: frame } = await promisify(execFile)(
        'ffmpeg',
        ['-v', 'error', '-sseof', '-0.5', '-i', mp4, '-frames:v', '1', '-vf', crop, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
        { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      );
      // Fewer pixels at 1280×720, and H.264 blurs a small diamond's edges (4:2:0 chroma).
      expect(magentaPixels(new Uint8Array(frame), 3)).toBeGreaterThan(8);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
