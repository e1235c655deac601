/**
 * Japanese on a machine with no Japanese font: Chromium runs here with a fontconfig that holds only
 * Latin fonts (DejaVu, Liberation), whatever else the machine has installed, and the test first
 * proves that such a browser draws Japanese as identical boxes. Then: the interface, the map's
 * labels, an exported PNG and the single file draw real glyphs from the bundled font; an English
 * visit never downloads it (only the 1 KB file for 日本語), a Japanese one once.
 *
 * A glyph is a box ("tofu") when it draws exactly like a character that no font has: every missing
 * character is the same box, and any two real glyphs differ.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import type { Browser, Page } from 'playwright-core';
import { openSync } from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../scripts/png.ts';
import { ENGLISH_PAGE_FONT_FILE, FONT_FILE, fontCodePoints, fontTextSources } from '../scripts/font-text.ts';
import { JAPANESE_FONT_FAMILY } from '../src/lib/japanese-font.ts';
import { cssFontList, inJapaneseFontRange, UI_FONTS } from '../src/lib/japanese-text.ts';
import { openApp, type OpenedPage } from './app-page.ts';
import { launchBrowser, serveBuild, waitForMapIdle } from './browser.ts';

const LATIN_FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/truetype/liberation2',
];
const FONT_URL = /foip-noto-sans-jp[^/]*\.woff2$/;
const MAIN_FONT = /\/foip-noto-sans-jp-[\w-]{8}\.woff2$/;
const ENGLISH_PAGE_FONT = /\/foip-noto-sans-jp-english-page-[\w-]{8}\.woff2$/;
/** The interface's font list without the bundled font: what a page would draw with if it did not ship one. */
const WITHOUT_BUNDLED = cssFontList(UI_FONTS.filter((font) => font !== JAPANESE_FONT_FAMILY));
const OUTPUT = 'tests/output/japanese-font';

/** The characters of the family's two committed files, read with fontkit. */
const inFont = new Set(
  [FONT_FILE, ENGLISH_PAGE_FONT_FILE].flatMap((file) => {
    const font = openSync(file);
    if (!('characterSet' in font)) throw new Error(`${file} is a font collection`);
    return font.characterSet;
  }),
);
/** Two CJK ideographs the subset does not hold: no font of this browser has them, so they are boxes. */
const TOFU = [...Array(0x100).keys()]
  .map((i) => 0x9f00 + i)
  .filter((p) => !inFont.has(p))
  .slice(0, 2)
  .map((p) => String.fromCodePoint(p));

/** A fontconfig with only Latin fonts: Chromium on Linux finds fonts through fontconfig alone. */
function latinOnlyFontconfig(root: string): string {
  const dirs = LATIN_FONT_DIRS.filter((dir) => existsSync(dir));
  if (dirs.length === 0) throw new Error(`None of ${LATIN_FONT_DIRS.join(', ')} exists; install fonts-dejavu-core.`);
  const file = join(root, 'fonts.conf');
  // The generic families as Debian's own fontconfig maps them, so Latin text looks as it usually does.
  const aliases = [
    ['sans-serif', 'DejaVu Sans'],
    ['serif', 'DejaVu Serif'],
    ['monospace', 'DejaVu Sans Mono'],
  ]
    .map(([generic, family]) => `  <alias><family>${generic}</family><prefer><family>${family}</family></prefer></alias>\n`)
    .join('');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${join(root, 'cache')}</cachedir>\n${aliases}</fontconfig>\n`,
  );
  return file;
}

/**
 * Draws each text on a canvas in `font` and returns a hash of its pixels (FNV-1a of the alpha
 * channel). Runs in the page, so it sees the page's fonts.
 */
function glyphHashes(page: Page, texts: readonly string[], font: string): Promise<number[]> {
  return page.evaluate(
    ({ texts, font }) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64 * 6;
      canvas.height = 64;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      return texts.map((text) => {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.font = `40px ${font}`;
        ctx.textBaseline = 'top';
        ctx.fillText(text, 4, 8);
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let hash = 0x811c9dc5;
        for (let i = 3; i < data.length; i += 4) hash = Math.imul(hash ^ data[i]!, 0x01000193) >>> 0;
        return hash;
      });
    },
    { texts: [...texts], font },
  );
}

/** The characters of `texts` that `font` draws as boxes in the page. */
async function boxesIn(page: Page, texts: readonly string[], font: string): Promise<string[]> {
  const chars = [...new Set(texts.flatMap((t) => [...t]))].filter((c) => c.trim() && c.codePointAt(0)! > 0x7f);
  const [tofu, ...hashes] = await glyphHashes(page, [TOFU[0]!, ...chars], font);
  return chars.filter((_, i) => hashes[i] === tofu);
}

/** The pixels of a PNG data URL in a rectangle, decoded in the page. */
function pngRegion(page: Page, url: string, region: { x: number; y: number; width: number; height: number }): Promise<number[]> {
  return page.evaluate(
    async ({ url, region }) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = region.width;
      canvas.height = region.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(image, -region.x, -region.y);
      return [...ctx.getImageData(0, 0, region.width, region.height).data];
    },
    { url, region },
  );
}

function share(a: readonly number[], b: readonly number[]): number {
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ / a.length;
}

async function exportPng(page: Page, width: number, height: number): Promise<string> {
  return page.evaluate(([w, h]) => window.foipAtlas!.exportPng(w, h), [width, height] as const);
}

let browser: Browser | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;
const fontconfigDir = mkdtempSync(join(tmpdir(), 'foip-fontconfig-'));
beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  server = await serveBuild();
  browser = await launchBrowser({ env: { FONTCONFIG_FILE: latinOnlyFontconfig(fontconfigDir) } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(fontconfigDir, { recursive: true, force: true });
});

async function open(query: string, options: { blockFont?: boolean } = {}): Promise<OpenedPage> {
  if (!browser || !server) throw new Error('the browser is not running (beforeAll failed?)');
  return openApp(browser, server.url, query, {
    setup: async (page) => {
      if (options.blockFont) await page.route(FONT_URL, (route) => route.abort());
    },
  });
}

/** Opens the app with the font's files held back until `hold` resolves (the page's load event waits for fonts, so this does not). */
async function openHoldingFont(query: string, hold: Promise<void>): Promise<Page> {
  if (!browser || !server) throw new Error('the browser is not running (beforeAll failed?)');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(FONT_URL, async (route) => hold.then(() => route.continue()));
  await page.goto(`${server.url}?debug=1&${query}`, { waitUntil: 'domcontentloaded' });
  return page;
}

const requestsFor = (requests: readonly string[], file: RegExp) => requests.filter((url) => file.test(new URL(url).pathname)).length;

describe('Japanese with no Japanese font installed', () => {
  it('this browser draws Japanese as boxes without the bundled font; an English visit never downloads the font, only 日本語 for the language button', async () => {
    const { page, requests, errors } = await open('lang=en');
    await waitForMapIdle(page);
    // Different text of the same length, drawn the same: boxes. So every later difference is the bundled font's.
    const [a, b, c, d] = await glyphHashes(page, ['日本地図', '安全保障', TOFU[0]!, TOFU[1]!], WITHOUT_BUNDLED);
    expect(a).toBe(b);
    expect(c).toBe(d);

    await page.waitForTimeout(1000); // a fixed wait on purpose: the test checks that no download of the font comes late
    expect(requestsFor(requests, MAIN_FONT)).toBe(0);
    expect(requestsFor(requests, ENGLISH_PAGE_FONT)).toBe(1);
    const button = page.locator('button.lang-switch');
    expect(await button.textContent()).toBe('日本語');
    expect(await boxesIn(page, ['日本語'], await button.evaluate((el) => getComputedStyle(el).fontFamily))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws the Japanese interface with real glyphs, with every character the dataset, tours, interface and Chromium’s country names need', async () => {
    const { page, requests, errors } = await open('lang=ja&tour=osa&step=2');
    await waitForMapIdle(page);
    await page.waitForFunction((family) => document.fonts.check(`16px '${family}'`, 'あ漢日'), JAPANESE_FONT_FAMILY);
    // Each file of the family once (the map loads both before drawing Japanese names).
    await page.waitForFunction(() => window.foipMap?.getGlobalState()['lang'] === 'ja');
    expect(requestsFor(requests, MAIN_FONT)).toBe(1);
    expect(requestsFor(requests, ENGLISH_PAGE_FONT)).toBe(1);
    const uiFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(uiFont).toContain(JAPANESE_FONT_FAMILY);

    // Every character on the page, as a person sees it.
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toMatch(/[\u3040-\u30ff]/);
    expect(await boxesIn(page, [text], uiFont)).toEqual([]);
    const [one, other] = await glyphHashes(page, ['日本地図', '安全保障'], uiFont);
    expect(one).not.toBe(other);
    await page.screenshot({ path: `${OUTPUT}/ui-ja.png` });
    const caption = page.locator('[data-testid="tour-caption"]');
    const real = await caption.screenshot();
    await caption.evaluate((el, fonts) => ((el as HTMLElement).style.fontFamily = fonts), WITHOUT_BUNDLED);
    expect(real.equals(await caption.screenshot({ path: `${OUTPUT}/caption-without-font.png` }))).toBe(false);

    // Every character the font was made for, and the country names of this browser's CLDR, which may differ from Node's.
    const names = await page.evaluate((codes) => {
      const names = new Intl.DisplayNames(['ja'], { type: 'region', fallback: 'code' });
      return codes.map((code) => names.of(code) ?? code);
    }, Object.keys(countries.getAlpha2Codes()));
    const missing = fontCodePoints(names).filter((p) => !inFont.has(p));
    expect(
      missing.map((p) => String.fromCodePoint(p)),
      "Chromium's Japanese country names use characters the font lacks: add them in scripts/font-text.ts",
    ).toEqual([]);
    // Characters outside the font's range (“ ” – ① …) come from the Latin fonts: none may be a box either.
    const texts = fontTextSources().map((s) => s.text);
    expect([...texts.join('')].some((c) => c.codePointAt(0)! > 0x7f && !inJapaneseFontRange(c.codePointAt(0)!))).toBe(true);
    expect(await boxesIn(page, [...texts, ...names], uiFont)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws Japanese with real glyphs in the single file opened from file://, which carries the font inside', async () => {
    const file = resolve('dist-single/index.html');
    if (!existsSync(file)) throw new Error('dist-single/index.html is missing: run `npm run build:single` first.');
    if (!browser) throw new Error('the browser is not running (beforeAll failed?)');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}?debug=1&lang=ja`);
    await waitForMapIdle(page);
    await page.waitForFunction((family) => document.fonts.check(`16px '${family}'`, 'あ日'), JAPANESE_FONT_FAMILY);
    const uiFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toMatch(/[\u3040-\u30ff]/);
    expect(await boxesIn(page, [text], uiFont)).toEqual([]);
    expect(requests.filter((url) => FONT_URL.test(url))).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws the map’s Japanese names and an exported PNG with real glyphs, waiting for the font, where boxes are drawn without it', async () => {
    const query = 'lang=ja&tour=osa&step=1';
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await openHoldingFont(query, held);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await waitForMapIdle(page);
    expect(await page.evaluate((family) => document.fonts.check(`16px '${family}'`, 'あ'), JAPANESE_FONT_FAMILY)).toBe(false);
    // Until the font is there, the map keeps its names in English rather than draw boxes it would keep.
    expect(await page.evaluate(() => window.foipMap?.getGlobalState()['lang'])).toBe('en');
    const exporting = exportPng(page, 1280, 720);
    await page.waitForTimeout(1500); // a fixed wait on purpose: an export that did not wait for the font would finish now, with boxes
    release();
    const real = await exporting;
    writeFileSync(`${OUTPUT}/export-ja.png`, Buffer.from(real.split(',')[1] ?? '', 'base64'));
    const realMap = await mapPixels(page);

    // The same page where the font cannot load: names and image text are drawn in boxes.
    const blocked = await open(query, { blockFont: true });
    await waitForMapIdle(blocked.page);
    const boxed = await exportPng(blocked.page, 1280, 720);
    writeFileSync(`${OUTPUT}/export-ja-without-font.png`, Buffer.from(boxed.split(',')[1] ?? '', 'base64'));
    const boxedMap = await mapPixels(blocked.page);

    // The map canvas, the same view: only its names are text (badge counts are digits).
    writeFileSync(`${OUTPUT}/map-ja.png`, Buffer.from(realMap.split(',')[1] ?? '', 'base64'));
    writeFileSync(`${OUTPUT}/map-ja-without-font.png`, Buffer.from(boxedMap.split(',')[1] ?? '', 'base64'));
    expect(pngSize(Buffer.from(realMap.split(',')[1] ?? '', 'base64'))).toEqual(
      pngSize(Buffer.from(boxedMap.split(',')[1] ?? '', 'base64')),
    );
    expect(realMap).not.toBe(boxedMap);
    // The image's title box, top left (drawOverlay: 18 px padding at 1080 p, title 34 px).
    const region = { x: 20, y: 20, width: 560, height: 40 };
    const drawn = await pngRegion(page, real, region);
    expect(
      drawn.some((v, i) => i % 4 !== 3 && v < 100),
      'dark title text in the title box',
    ).toBe(true);
    expect(share(drawn, await pngRegion(page, boxed, region))).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
    await page.close();
    await blocked.page.close();
  }, 180_000); // two pages, two exports: slow on a busy 2-core machine
});

/** The map canvas as a PNG data URL, once its names are in Japanese and it is idle. */
async function mapPixels(page: Page): Promise<string> {
  await page.waitForFunction(() => window.foipMap?.getGlobalState()['lang'] === 'ja');
  await waitForMapIdle(page);
  return page.evaluate(() => window.foipMap!.getCanvas().toDataURL('image/png'));
}
