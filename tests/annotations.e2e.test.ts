/**
 * Annotations, as a presenter makes and shows them: a three-step tour of one's own, a label, an arrow
 * and a highlighted country added with the pointer on the map, moved, edited from the keyboard,
 * undone; then carried in the tour file and link, drawn in a PNG export, and written into the deck as
 * shapes PowerPoint can edit (read back from the OOXML and by LibreOffice).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_COLOURS } from '../src/data/annotation.ts';
import { appSuite, settled, withMap } from './app-page.ts';
import { readPptx, readWithLibreOffice, slideParts } from './pptx-reader.ts';

const open = appSuite();

const overlay = (page: Page) => page.locator('[data-testid="annotation-overlay"]');
const panel = (page: Page) => page.locator('[data-testid="annotation-panel"]');

/** Where a longitude and latitude are on the page (CSS pixels of the viewport). */
async function pointOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const p = await withMap(page, (map, at) => map.project(at), lngLat);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** The overlay's texts, as drawn (each text's tspans joined). */
const texts = (page: Page) => overlay(page).locator('text').allTextContents();

/** The centre of a drawn text, in viewport pixels. */
async function textCentre(page: Page, index: number): Promise<{ x: number; y: number }> {
  const box = (await overlay(page).locator(`g[data-index="${index}"] text`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Pixels of `colour` in a PNG data URL and their centre, as fractions of the picture's width and height. */
function colourIn(page: Page, png: string, colour: string): Promise<{ count: number; x: number; y: number }> {
  return page.evaluate(
    async ({ url, rgb }) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      let count = 0;
      let sx = 0;
      let sy = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - rgb[0]!) < 14 && Math.abs(data[i + 1]! - rgb[1]!) < 14 && Math.abs(data[i + 2]! - rgb[2]!) < 14) {
          count++;
          sx += (i / 4) % image.width;
          sy += Math.floor(i / 4 / image.width);
        }
      }
      return { count, x: count ? sx / count / image.width : 0, y: count ? sy / count / image.height : 0 };
    },
    { url: png, rgb: [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) },
  );
}

describe('annotations', () => {
  it(
    'are added on the map with the pointer, moved, edited from the keyboard, undone, and travel in the file, the link, the PNG and the deck',
    { timeout: 300_000 },
    async () => {
      const { page, errors } = await open('tool=OSA');
      await settled(page);
      // Three steps of one's own, saved from three views (zoomed out: no locator inset in the pictures).
      await page.click('[data-testid="tours-menu"]');
      for (const [caption, center] of [
        ['Philippines', [124, 10]],
        ['Pacific', [150, 0]],
        ['Indian Ocean', [80, 5]],
      ] as const) {
        await withMap(page, (map, to) => map.jumpTo(to), { center: [...center] as [number, number], zoom: 3.5 });
        await page.waitForFunction((lng) => new URL(location.href).searchParams.get('view')?.startsWith(lng), center[0].toFixed(1));
        await page.fill('.save-step input', caption);
        await page.click('[data-testid="save-step"]');
      }
      // Reordered in the editor (Pacific first), then step 2 (the Philippines) shown.
      await page.click('[data-testid="edit-tour"]');
      await page.locator('[data-testid="tour-editor"] li[data-step="1"] [data-action="up"]').click();
      await page.locator('[data-testid="tour-editor"] li[data-step="1"] [data-action="annotate"]').click();
      await expect.poll(() => panel(page).locator('h2').textContent()).toBe('Annotate step 2');
      // The player's own button says Annotate mode is on, and turns it off and on.
      expect(await page.locator('.annotate-button').getAttribute('aria-pressed')).toBe('true');
      await page.locator('.annotate-button').click();
      await panel(page).waitFor({ state: 'detached' });
      await page.locator('.annotate-button').click();
      await settled(page);

      // A label where the map is clicked, its text typed straight away.
      await page.click('[data-tool="label"]');
      const port = await pointOf(page, [125.6, 7.1]);
      await page.mouse.click(port.x, port.y);
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset['text'])).toBe('en');
      await page.keyboard.type('Davao <b>port</b>');
      await page.keyboard.press('Enter');
      await expect.poll(() => texts(page)).toEqual(['Davao <b>port</b>']);
      const placed = await textCentre(page, 0);
      expect(Math.abs(placed.x - port.x)).toBeLessThan(3);
      expect(Math.abs(placed.y - port.y)).toBeLessThan(3);
      expect(await overlay(page).locator('b').count()).toBe(0);

      // An arrow dragged from the South China Sea to Manila: its head's tip is where the drag ended.
      await page.click('[data-tool="arrow"]');
      await page.click('.annotation-colours label:nth-child(2)'); // ink (the legend is child 1)
      const [tail, tip] = [await pointOf(page, [112, 18]), await pointOf(page, [120.9, 14.6])];
      await page.mouse.move(tail.x, tail.y);
      await page.mouse.down();
      await page.mouse.move((tail.x + tip.x) / 2, (tail.y + tip.y) / 2, { steps: 4 });
      await page.mouse.move(tip.x, tip.y, { steps: 4 });
      await page.mouse.up();
      const head = await overlay(page).locator('g[data-index="1"] polygon').getAttribute('points');
      const box = (await page.locator('[data-testid="map"]').boundingBox())!;
      const [hx, hy] = head!.split(' ')[0]!.split(',').map(Number) as [number, number];
      expect(Math.abs(box.x + hx - tip.x)).toBeLessThan(2);
      expect(Math.abs(box.y + hy - tip.y)).toBeLessThan(2);
      expect(
        await overlay(page)
          .locator('g[data-index="1"]')
          .evaluate((g) => getComputedStyle(g).color),
      ).toBe('rgb(31, 41, 55)');

      // A country lit where it is clicked.
      await page.click('[data-tool="country"]');
      const luzon = await pointOf(page, [121.2, 16.2]);
      await page.mouse.click(luzon.x, luzon.y);
      await expect
        .poll(() => withMap(page, (map) => map.getFeatureState({ source: 'countries', id: 'PHL' })['annotation'], null))
        .toBe(ANNOTATION_COLOURS.ink);

      // The label dragged 60 px right, then back by Undo; its latitude typed in the list instead.
      await page.mouse.move(placed.x, placed.y);
      await page.mouse.down();
      await page.mouse.move(placed.x + 60, placed.y, { steps: 5 });
      await page.mouse.up();
      await expect.poll(async () => (await textCentre(page, 0)).x - placed.x).toBeGreaterThan(55);
      await panel(page).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(async () => Math.abs((await textCentre(page, 0)).x - placed.x)).toBeLessThan(3);
      // Pressing it on the map selected it: its fields are open in the list.
      expect(await panel(page).locator('li[data-annotation="0"] .annotation-item').getAttribute('aria-expanded')).toBe('true');
      const latitude = panel(page).locator('li[data-annotation="0"] input[type="number"]').nth(1);
      await latitude.fill('6.5');
      await latitude.press('Enter');
      await panel(page).locator('li[data-annotation="0"] input[data-text="ja"]').fill('ダバオ港');
      await panel(page).locator('li[data-annotation="0"] input[data-text="ja"]').press('Enter');
      const moved = await textCentre(page, 0);
      expect(moved.y - (await pointOf(page, [125.6, 6.5])).y).toBeLessThan(3);
      expect(await panel(page).locator('.annotation-count').textContent()).toBe(
        '3 of at most 20 annotations; text at most 200 characters.',
      );

      // Delete removes the selected annotation (not the tour's "previous step"), Undo brings it back; Escape leaves
      // Annotate mode, not the tour.
      await panel(page).locator('li[data-annotation="1"] .annotation-item').click();
      await page.keyboard.press('Delete');
      await expect.poll(() => panel(page).locator('.annotation-list li').count()).toBe(2);
      expect(await page.locator('[data-testid="tour-player"]').getAttribute('data-step')).toBe('1');
      await panel(page).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => panel(page).locator('.annotation-list li').count()).toBe(3);
      await page.keyboard.press('Escape');
      await panel(page).waitFor({ state: 'detached' });
      expect(await page.locator('[data-testid="tour-player"]').count()).toBe(1);

      // The tour file carries them, the label in both languages; the editor counts them.
      await page.click('[data-testid="tours-menu"]');
      expect(await page.locator('[data-testid="tour-editor"] li[data-step="1"] .step-annotations').textContent()).toBe(' · 3 annotations');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-tour"]')]);
      const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
        steps: { caption: { en: string }; annotations?: { kind: string; text?: { en: string; ja: string } }[] }[];
      };
      expect(file.steps.map((s) => s.caption.en)).toEqual(['Pacific', 'Philippines', 'Indian Ocean']);
      expect(file.steps[1]!.annotations!.map((a) => a.kind)).toEqual(['label', 'arrow', 'country']);
      expect(file.steps[1]!.annotations![0]!.text).toEqual({ en: 'Davao <b>port</b>', ja: 'ダバオ港' });
      expect(file.steps[0]!.annotations).toBeUndefined();

      // The PNG has the label (crimson) and the arrow (ink) drawn where the map has them.
      const png = await page.evaluate(() => window.foipAtlas!.exportPng(1280, 720));
      const label = await colourIn(page, png, ANNOTATION_COLOURS.crimson);
      expect(label.count).toBeGreaterThan(150);
      const mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
      expect(Math.abs(label.x - (moved.x - mapBox.x) / mapBox.width)).toBeLessThan(0.12);

      // A link to the tour opens it, annotations and all, in a new page.
      await page.click('[data-testid="share-tour"]');
      const link = await page.locator('[data-testid="tour-link-url"]').inputValue();
      const other = await page.context().browser()!.newPage();
      const url = new URL(link);
      url.searchParams.set('debug', '1');
      await other.goto(url.href);
      await other.locator('[data-testid="tours-menu"]').waitFor();
      await other.click('[data-testid="tours-menu"]');
      await other.click('[data-testid="edit-tour"]');
      await other.locator('[data-testid="tour-editor"] li[data-step="1"] [data-action="show"]').click();
      await expect.poll(() => texts(other)).toEqual(['Davao <b>port</b>']);
      await other.close();

      // The deck: each annotation a shape of its own on step 2's slide, under the caption; LibreOffice reads the label.
      await page.click('[data-testid="tours-menu"]');
      const [deckDownload] = await Promise.all([
        page.waitForEvent('download', { timeout: 240_000 }),
        page.click('[data-testid="tour-download-deck"]'),
      ]);
      const bytes = new Uint8Array(readFileSync((await deckDownload.path())!));
      const parts = readPptx(bytes);
      const slide = parts.xml(slideParts(parts)[2]!);
      const names = [...slide.matchAll(/<p:cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1]);
      expect(names.filter((n) => n!.startsWith('Annotation'))).toEqual(['Annotation 2 arrow', 'Annotation 1 text']);
      expect(names.indexOf('Annotation 1 text')).toBeLessThan(names.indexOf('Caption'));
      expect(slide).toContain('Davao &lt;b&gt;port&lt;/b&gt;');
      const reading = readWithLibreOffice(bytes);
      expect(reading.text[2]).toContain('Davao <b>port</b>');
      expect(errors).toEqual([]);
    },
  );
});
