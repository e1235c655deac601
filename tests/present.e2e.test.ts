/**
 * Presenting in real Chromium: tours by keyboard, autoplay, the embed API driven by a
 * host page, PNG exports (exact size, not blank), the command-line exporters and the
 * single-file build from file://.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import osa from '../data/tours/osa.json' with { type: 'json' };
import threeFocusAreas from '../data/tours/three-focus-areas.json' with { type: 'json' };
import { pngSize } from '../scripts/png.ts';
import { appSuite, listIds, settled, renderedCount, withMap } from './app-page.ts';
import { launchBrowser, waitForMapIdle, mapIdle } from './browser.ts';
import { ids, initiatives } from './dataset.ts';

const run = promisify(execFile);
const open = appSuite();

async function tourStep(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="tour-player"]', 'data-step'));
}

/** Standard deviation of pixel brightness of a PNG data URL, measured in the page. */
async function brightnessSpread(page: Page, dataUrl: string): Promise<{ width: number; height: number; spread: number }> {
  return page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let sum = 0;
    let squares = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const v = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      sum += v;
      squares += v * v;
    }
    const mean = sum / n;
    return { width: image.width, height: image.height, spread: Math.sqrt(squares / n - mean * mean) };
  }, dataUrl);
}

describe('tours', () => {
  it('is driven by the keyboard and clickers, and each step shows its view', async () => {
    const { page, errors } = await open('tour=three-focus-areas');
    await page.locator('[data-testid="tour-player"]').waitFor();
    await settled(page);
    expect(await tourStep(page)).toBe(0);
    expect(await page.locator('[data-testid="tour-caption"]').textContent()).toBe(threeFocusAreas.steps[0]!.caption.en);
    expect(await listIds(page)).toEqual(ids);

    const expectStep = async (index: number) => {
      await page.waitForFunction(
        (i) => document.querySelector('[data-testid="tour-player"]')?.getAttribute('data-step') === String(i),
        index,
      );
      await settled(page);
      expect(await page.locator('[data-testid="tour-caption"]').textContent()).toBe(threeFocusAreas.steps[index]!.caption.en);
      expect(await page.locator('[data-testid="tour-progress"]').textContent()).toBe(`${index + 1} / ${threeFocusAreas.steps.length}`);
      const pillar = index === 0 ? null : index;
      expect(await listIds(page)).toEqual(initiatives.filter((i) => pillar === null || i.properties.pillar === pillar).map((i) => i.id));
      await page.waitForFunction((i) => new URLSearchParams(window.location.search).get('step') === String(i + 1), index);
    };

    await page.keyboard.press('ArrowRight');
    await expectStep(1);
    await page.keyboard.press('PageDown');
    await expectStep(2);
    await page.keyboard.press('Space');
    await expectStep(3);
    await page.keyboard.press('ArrowRight'); // stays on the last step
    await expectStep(3);
    await page.keyboard.press('Home');
    await expectStep(0);
    await page.keyboard.press('End');
    await expectStep(3);
    await page.keyboard.press('PageUp');
    await expectStep(2);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tour-player"]').waitFor({ state: 'detached' });
    await page.waitForFunction(() => !window.location.search.includes('tour='));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared link at its step, with that step’s camera', async () => {
    const { page } = await open('tour=pacific-islands&step=2');
    await page.locator('[data-testid="tour-player"][data-step="1"]').waitFor();
    await waitForMapIdle(page); // the flight to Palau included
    const zoom = await page.evaluate(() => window.foipMap!.getZoom());
    expect(zoom).toBeCloseTo(7, 0);
    await page.close();
  });

  it('autoplays by pillar, pauses, and stops when the tab is hidden', async () => {
    const { page } = await open();
    await settled(page);
    await page.locator('summary', { hasText: 'Tours' }).click();
    await page.click('[data-play-tour="autoplay-pillar"]');
    await page.locator('[data-testid="tour-player"]').waitFor();
    await page.selectOption('.speed select', '3000');
    expect(await tourStep(page)).toBe(0);
    await page.waitForFunction(() => document.querySelector('[data-testid="tour-player"]')?.getAttribute('data-step') === '1', undefined, {
      timeout: 6000,
    });
    expect(await page.getAttribute('[data-testid="tour-play"]', 'aria-pressed')).toBe('true');
    // The tab goes into the background: playing stops.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForFunction(() => document.querySelector('[data-testid="tour-play"]')?.getAttribute('aria-pressed') === 'false');
    const stopped = await tourStep(page);
    await page.waitForTimeout(3500); // a fixed wait on purpose, longer than a step (3 s): the test checks that the step does not change
    expect(await tourStep(page)).toBe(stopped);
    await page.close();
  });

  it('saves the current view as a step, exports the tour, and rejects a bad tour file with a clear message', async () => {
    const { page } = await open('tool=OSA');
    await settled(page);
    await page.locator('summary', { hasText: 'Tours' }).click();
    await page.fill('.save-step input', 'All OSA deliveries');
    await page.click('[data-testid="save-step"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-tour"]')]);
    const tour = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      id: string;
      steps: { query: string; caption: { en: string } }[];
    };
    expect(tour.steps).toEqual([
      expect.objectContaining({ query: 'tool=OSA', caption: { en: 'All OSA deliveries', ja: 'All OSA deliveries' } }),
    ]);

    await page.setInputFiles('[data-testid="import-tour"]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...tour, steps: [{ query: 'pillar=9', caption: { en: 'x', ja: 'x' } }] })),
    });
    const notice = page.locator('[data-testid="app-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('steps[0].query: pillar=9: expected 1, 2 or 3');
    await page.setInputFiles('[data-testid="import-tour"]', {
      name: 'junk.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not json'),
    });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="app-notice"]')?.textContent?.includes('(file): expected a JSON tour file'),
    );
    await page.close();
  });
});

describe('the tour editor', () => {
  /** The steps as the editor lists them: each row's English and Japanese captions. */
  const rows = (page: Page) =>
    page.$$eval('[data-testid="tour-editor"] li[data-step]', (items) =>
      items.map((li) => [
        li.querySelector<HTMLInputElement>('input[data-caption="en"]')!.value,
        li.querySelector<HTMLInputElement>('input[data-caption="ja"]')!.value,
      ]),
    );
  const row = (page: Page, n: number) => page.locator(`[data-testid="tour-editor"] li[data-step="${n - 1}"]`);
  const menu = (page: Page) => page.locator('[data-testid="tours-menu"]');
  const exported = async (page: Page) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-tour"]')]);
    return JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      steps: { query: string; view?: string; caption: { en: string; ja: string } }[];
    };
  };
  const jump = async (page: Page, center: [number, number], zoom: number) => {
    await withMap(page, (map, to) => map.jumpTo(to), { center, zoom });
    await page.waitForFunction((z) => new URL(location.href).searchParams.get('view')?.endsWith(`,${z}`), zoom.toFixed(2));
  };

  it(
    'reorders steps by button, keyboard and drag, edits both captions, uses the current view, duplicates, deletes and undoes',
    { timeout: 150_000 },
    async () => {
      const { page, errors } = await open('tool=OSA');
      await settled(page);
      await menu(page).click();
      for (const [caption, center, zoom] of [
        ['Palau', [134.5, 7.4], 5],
        ['Philippines', [122, 12], 4],
        ['Sri Lanka', [80.7, 7.8], 6],
      ] as const) {
        await jump(page, [...center], zoom);
        await page.fill('.save-step input', caption);
        await page.click('[data-testid="save-step"]');
      }
      await page.click('[data-testid="edit-tour"]');
      expect(await rows(page)).toEqual([
        ['Palau', 'Palau'],
        ['Philippines', 'Philippines'],
        ['Sri Lanka', 'Sri Lanka'],
      ]);
      expect(await page.locator('[data-testid="tour-undo"]').isDisabled()).toBe(false);

      // ↑ by button, then ↓ from the keyboard (focus stays on the moved step's button).
      await row(page, 3).locator('[data-action="up"]').click();
      expect((await rows(page)).map((r) => r[0])).toEqual(['Palau', 'Sri Lanka', 'Philippines']);
      await row(page, 1).locator('[data-action="down"]').focus();
      await page.keyboard.press('Enter');
      expect((await rows(page)).map((r) => r[0])).toEqual(['Sri Lanka', 'Palau', 'Philippines']);
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.querySelector('input')?.value)).toBe('Palau');
      // Dragged by its handle from first to last.
      await row(page, 1)
        .locator('.drag-handle')
        .dragTo(row(page, 3), { targetPosition: { x: 40, y: 12 } });
      expect((await rows(page)).map((r) => r[0])).toEqual(['Palau', 'Philippines', 'Sri Lanka']);

      // Both captions, as text; kept when the field is left.
      await row(page, 1).locator('input[data-caption="ja"]').fill('パラオ <i>空港</i>');
      await row(page, 1).locator('input[data-caption="en"]').fill('');
      await page.keyboard.press('Tab');
      await row(page, 2).locator('[data-action="duplicate"]').click();
      await row(page, 4).locator('[data-action="delete"]').click();
      expect(await rows(page)).toEqual([
        ['', 'パラオ <i>空港</i>'],
        ['Philippines', 'Philippines'],
        ['Philippines', 'Philippines'],
      ]);
      // Undo by button and by Ctrl+Z (outside a text field), redo by Ctrl+Shift+Z.
      await page.click('[data-testid="tour-undo"]');
      expect(await rows(page)).toHaveLength(4);
      await page.locator('[data-testid="tour-undo"]').focus();
      await page.keyboard.press('Control+z');
      expect(await rows(page)).toHaveLength(3);
      await page.keyboard.press('Control+z');
      expect(await rows(page)).toHaveLength(3);
      expect((await rows(page))[2]).toEqual(['Sri Lanka', 'Sri Lanka']);
      await page.keyboard.press('Control+Shift+z');
      await page.keyboard.press('Control+Shift+z');
      expect((await rows(page)).map((r) => r[0])).toEqual(['', 'Philippines', 'Philippines', 'Sri Lanka']);
      await row(page, 4).locator('[data-action="delete"]').click();
      await row(page, 3).locator('[data-action="delete"]').click();
      expect((await rows(page)).map((r) => r[0])).toEqual(['', 'Philippines']);

      // Show step 2, move the map, use the view: the step's view is the new one, its captions stay.
      await row(page, 2).locator('[data-action="show"]').click();
      await page.locator('[data-testid="tour-player"][data-step="1"]').waitFor();
      await settled(page);
      expect(await row(page, 2).getAttribute('aria-current')).toBe('step');
      await jump(page, [125.6, 7.1], 7);
      await row(page, 2).locator('[data-action="replace"]').click();
      const file = await exported(page);
      expect(file.steps).toHaveLength(2);
      expect(file.steps[1]!.view).toBe('125.600,7.100,7.00');
      expect(file.steps[1]!.caption).toEqual({ en: 'Philippines', ja: 'Philippines' });
      expect(file.steps[1]!.query).toBe('tool=OSA');
      // A blank caption leaves the app filled from the other language.
      expect(file.steps[0]!.caption).toEqual({ en: 'パラオ <i>空港</i>', ja: 'パラオ <i>空港</i>' });
      // The caption is shown as typed, as text.
      await row(page, 1).locator('[data-action="show"]').click();
      await page.locator('[data-testid="tour-player"][data-step="0"]').waitFor();
      expect(await page.locator('[data-testid="tour-caption"]').textContent()).toBe('パラオ <i>空港</i>');
      expect(await page.locator('[data-testid="tour-caption"] i').count()).toBe(0);
      // Deleting the step on screen keeps the player on a step that exists; deleting all closes it; undo brings them back.
      await row(page, 2).locator('[data-action="delete"]').click();
      await row(page, 1).locator('[data-action="delete"]').click();
      await page.locator('[data-testid="tour-player"]').waitFor({ state: 'detached' });
      expect(await page.locator('[data-testid="tour-editor"]').textContent()).toContain('No steps');
      expect(await page.locator('[data-testid="export-tour"]').isDisabled()).toBe(true);
      await page.click('[data-testid="tour-undo"]');
      expect(await rows(page)).toHaveLength(1);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('reads in Japanese, and the keys that drive a tour leave the editor’s buttons alone', async () => {
    const { page, errors } = await open('lang=ja&tool=OSA');
    await settled(page);
    await menu(page).click();
    await page.fill('.save-step input', '一');
    await page.click('[data-testid="save-step"]');
    await page.fill('.save-step input', '二');
    await page.click('[data-testid="save-step"]');
    await page.click('[data-testid="edit-tour"]');
    const editor = page.locator('[data-testid="tour-editor"]');
    expect(await editor.getAttribute('aria-label')).toBe('マイツアーのステップ');
    expect(await editor.textContent()).toContain('2ステップ（上限200）');
    expect(await row(page, 1).locator('[data-action="duplicate"]').textContent()).toBe('複製');
    // While the tour is on screen, Space on a focused button presses it rather than going to the next step.
    await row(page, 1).locator('[data-action="show"]').click();
    await page.locator('[data-testid="tour-player"][data-step="0"]').waitFor();
    // (The menu stays open while a step is shown from the editor, to go on editing beside the map.)
    await row(page, 1).locator('[data-action="down"]').focus();
    await page.keyboard.press(' ');
    expect((await rows(page)).map((r) => r[1])).toEqual(['二', '一']);
    expect(await tourStep(page)).toBe(0);
    await page.screenshot({ path: join(tmpdir(), 'foip-tour-editor-ja.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a tour shared as a link', () => {
  it('carries my tour in the fragment; opened in another browser it starts that tour, and a cut link says so and leaves the explorer working', async () => {
    const { page, requests, errors } = await open('tool=OSA');
    await settled(page);
    await page.locator('summary', { hasText: 'Tours' }).click();
    expect(await page.locator('[data-testid="share-tour"]').isDisabled()).toBe(true);
    await page.fill('.save-step input', 'All OSA deliveries <b>now</b>');
    await page.click('[data-testid="save-step"]');
    await page.click('[data-testid="share-tour"]');
    const url = await page.locator('[data-testid="tour-link-url"]').inputValue();
    const link = new URL(url);
    // The whole tour is in the fragment, which no server is ever sent; the query holds nothing of it.
    expect(link.search).toBe('');
    expect(link.hash).toMatch(/^#tour=[A-Za-z0-9_-]+$/);
    expect(url.length).toBeLessThan(16_000);
    expect(await page.locator('[data-testid="tour-link"] .menu-note').textContent()).toMatch(/sent to no server/);
    expect(errors).toEqual([]);
    await page.close();

    const other = await open();
    // (`debug`: the tests' instrumentation, which the app's own link leaves out.)
    await other.page.goto(url.replace('#', '?debug=1#'));
    await other.page.locator('[data-testid="tour-player"][data-step="0"]').waitFor();
    await settled(other.page);
    // Its caption as typed, as text; its step's filter applied.
    expect(await other.page.locator('[data-testid="tour-caption"]').textContent()).toBe('All OSA deliveries <b>now</b>');
    expect(new URL(other.page.url()).searchParams.get('tour')).toBe('my-tour');
    expect(await other.page.locator('[data-testid="app-notice"]').textContent()).toMatch(/Imported “My tour” \(1 step\)/);
    expect(other.requests.filter((r) => r.includes('tour='))).toEqual([]);
    expect(other.errors).toEqual([]);

    // Cut when it was copied: a message, and the explorer as usual.
    await other.page.goto(url.slice(0, url.length - 12).replace('#', '?lang=ja&debug=1#'));
    const notice = other.page.locator('[data-testid="app-notice"]', { hasText: 'ツアーのリンクは開けません' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/途中で切れているか壊れています|ツアーのリンクではありません/);
    await settled(other.page);
    expect(await other.page.locator('[data-testid="tour-player"]').count()).toBe(0);
    expect(other.errors).toEqual([]);
    await other.page.close();
    expect(requests.filter((r) => r.includes('tour='))).toEqual([]);
  });
});

describe('embed', () => {
  async function mapFrame(page: Page): Promise<Frame> {
    const handle = await page.waitForSelector('iframe#map');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no frame');
    await mapIdle(frame, 45_000);
    return frame;
  }

  it('is driven by a host page through postMessage, and answers with events', async () => {
    const { page, errors } = await open();
    await page.goto(page.url().replace(/\?.*$/, 'embed-demo.html'));
    const frame = await mapFrame(page);
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('"foip:ready"'));
    expect(await frame.locator('.sidebar').count()).toBe(0); // clean map: no sidebar…
    expect(await frame.locator('.legend').count()).toBe(1); // …but the legend
    expect(await frame.locator('.maplibregl-ctrl-attrib').count()).toBe(1); // and attribution

    await page.click('#next'); // slide 2: pillar=3
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('"query":"pillar=3"'));
    await page.click('#next'); // slide 3: pillar=3&country=PHL
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('"query":"pillar=3&country=PHL"'));
    await frame.waitForFunction(() => new URLSearchParams(window.location.search).get('country') === 'PHL');

    await page.click('#garbage');
    await frame.waitForFunction(() => JSON.parse(document.documentElement.dataset['foipMessages'] ?? '{}').malformed === 5);

    await page.click('#next'); // fly to Palau
    await page.click('#next'); // start the Pacific tour
    await frame.locator('[data-testid="tour-player"][data-step="0"]').waitFor();
    await page.click('#next'); // tour: next step
    await frame.locator('[data-testid="tour-player"][data-step="1"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores and counts messages from an origin it does not allow, and obeys one it allows', async () => {
    const { page } = await open();
    const base = new URL(page.url());
    const mapOrigin = base.origin; // http://127.0.0.1:PORT
    const hostOrigin = `http://localhost:${base.port}`; // another origin, same server
    await page.goto(`${hostOrigin}/embed-demo.html?map=${encodeURIComponent(`${mapOrigin}/?embed=1`)}`);
    let frame = await mapFrame(page);
    await page.evaluate(
      (origin) =>
        (document.getElementById('map') as HTMLIFrameElement).contentWindow!.postMessage(
          { type: 'foip:set-query', query: 'pillar=3' },
          origin,
        ),
      mapOrigin,
    );
    await frame.waitForFunction(() => JSON.parse(document.documentElement.dataset['foipMessages'] ?? '{}').origin >= 1);
    expect(await frame.evaluate(() => window.location.search)).not.toContain('pillar=3');

    await page.goto(`${hostOrigin}/embed-demo.html?map=${encodeURIComponent(`${mapOrigin}/?embed=1&origins=${hostOrigin}`)}`);
    frame = await mapFrame(page);
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('"foip:ready"'));
    await page.click('#next');
    await frame.waitForFunction(() => new URLSearchParams(window.location.search).get('pillar') === '3');
    await page.close();
  });

  it('fits small and large frames: readable at 320 px wide and on a 4K projector', async () => {
    for (const [width, height] of [
      [320, 480],
      [3840, 2160],
    ] as const) {
      const { page } = await open('embed=1&tour=osa', { width, height });
      await page.locator('[data-testid="tour-player"]').waitFor();
      await settled(page);
      const layout = await page.evaluate(() => {
        const caption = document.querySelector('[data-testid="tour-caption"]')!;
        const rect = caption.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          fontSize: parseFloat(getComputedStyle(caption).fontSize),
          right: rect.right,
        };
      });
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.right).toBeLessThanOrEqual(width);
      expect(layout.fontSize).toBeGreaterThanOrEqual(width < 1000 ? 13 : 28);
      await page.close();
    }
  });

  it('gives the iframe snippet, the link and a QR code for the current view', async () => {
    const { page } = await open('pillar=3&country=PHL');
    await settled(page);
    await page.click('[data-testid="open-embed"]');
    const dialog = page.locator('[data-testid="embed-dialog"]');
    await dialog.waitFor();
    const snippet = await page.inputValue('[data-testid="embed-snippet"]');
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?pillar=3&amp;country=PHL&amp;view=[^"]+&amp;embed=1" title="FOIP Atlas map"/,
    );
    expect(await page.inputValue('[data-testid="share-link"]')).toMatch(/\?pillar=3&country=PHL&view=/);
    expect(await page.locator('[data-testid="qr-code"] path').getAttribute('d')).toMatch(/^M\d/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
  });
});

describe('image export', () => {
  it.each([
    [1920, 1080],
    [3840, 2160],
  ])('draws a %d×%d PNG that is not blank', async (width, height) => {
    const { page } = await open('tool=OSA');
    await settled(page);
    const dataUrl = await page.evaluate(({ w, h }) => window.foipAtlas!.exportPng(w, h), { w: width, h: height });
    const measured = await brightnessSpread(page, dataUrl);
    expect(measured.width).toBe(width);
    expect(measured.height).toBe(height);
    expect(measured.spread).toBeGreaterThan(10);
    // The map went back to its own size afterwards.
    expect(await page.evaluate(() => window.foipMap!.getCanvas().style.width)).toMatch(/px$/);
    await page.close();
  });

  it('downloads the current view and a 1920×1080 PNG from the menu', async () => {
    const { page } = await open('pillar=1');
    await settled(page);
    await page.locator('summary', { hasText: 'Image' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export-size="1920x1080"]')]);
    expect(pngSize(readFileSync((await download.path())!))).toEqual({ width: 1920, height: 1080 });
    const area = await page.locator('.map-area').boundingBox();
    const [current] = await Promise.all([page.waitForEvent('download'), page.click('[data-export-size="view"]')]);
    expect(pngSize(readFileSync((await current.path())!))).toEqual({ width: Math.round(area!.width), height: Math.round(area!.height) });
    await page.close();
  });
});

describe('command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'foip-export-'));

  it('npm run export writes one PNG of exactly the size asked', async () => {
    const out = join(dir, 'pillar3.png');
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/export-image.ts', '--query', 'pillar=3&lang=en', '--size', '1280x720', '--out', out],
      { timeout: 90_000 },
    );
    expect(stdout).toContain('1280×720');
    expect(pngSize(readFileSync(out))).toEqual({ width: 1280, height: 720 });
  });

  it('npm run slides writes one PNG per tour step', { timeout: 180_000 }, async () => {
    const out = join(dir, 'slides');
    await run('npx', ['tsx', 'scripts/slides.ts', '--tour', 'osa', '--out', out, '--size', '1280x720'], { timeout: 180_000 });
    const files = readdirSync(out).sort();
    expect(files).toEqual(osa.steps.map((_s, i) => `osa-${String(i + 1).padStart(2, '0')}.png`));
    for (const file of files) expect(pngSize(readFileSync(join(out, file)))).toEqual({ width: 1280, height: 720 });
  });

  it('says how to get a browser when none is found', async () => {
    const failure = await run('npx', ['tsx', 'scripts/export-image.ts', '--out', join(dir, 'x.png')], {
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' },
    }).catch((error: { stderr: string; code: number }) => error);
    expect('code' in failure && failure.code).toBe(1);
    expect('stderr' in failure && failure.stderr).toContain('CHROMIUM_PATH is set to /nowhere/chromium, which does not exist.');
  });
});

describe('single file', () => {
  it("opens from file:// with no network and renders every initiative on the basemap (its files inlined, fetched by MapLibre's worker)", async () => {
    const file = resolve('dist-single/index.html');
    expect(existsSync(file)).toBe(true);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${file}?debug=1&view=120,10,0.6`);
      await waitForMapIdle(page);
      expect(await renderedCount(page)).toBe(ids.length);
      const basemap = await withMap(
        page,
        (map) => ({
          countries: new Set(map.queryRenderedFeatures({ layers: ['land'] }).map((f) => String(f.properties['code']))).size,
          borders: map.queryRenderedFeatures({ layers: ['borders'] }).length,
        }),
        undefined,
      );
      expect(basemap.countries).toBeGreaterThan(100);
      expect(basemap.borders).toBeGreaterThan(0);
      expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
