/**
 * PowerPoint decks made by the built app, end to end: `npm run slides -- --format pptx` on the
 * command line, and "Download as PowerPoint" in the page. Each file is read back without
 * pptxgenjs: its OOXML parts and LibreOffice's PDF of it (see tests/pptx-reader.ts).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../scripts/png.ts';
import { serveFolders } from '../scripts/static-server.ts';
import { openApp, settled } from './app-page.ts';
import { launchBrowser } from './browser.ts';
import { initiatives } from './dataset.ts';
import { notesPart, paragraphs, pictureParts, readPptx, readWithLibreOffice, slideParts, textRuns } from './pptx-reader.ts';

/** The OSA tour's steps, read from its file (the data release decides them). */
const OSA_STEPS = (JSON.parse(readFileSync('data/tours/osa.json', 'utf8')) as { steps: unknown[] }).steps.length;

const OUT = 'tests/output/deck';
const squash = (text: string) => text.replace(/\s+/g, '');

beforeAll(() => {
  if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

/** The notes' text of each step slide (all slides but the first and last). */
function stepNotes(file: Uint8Array): string[] {
  const parts = readPptx(file);
  return slideParts(parts)
    .slice(1, -1)
    .map((slide) =>
      textRuns(parts.xml(notesPart(parts, slide)!))
        .map((r) => r.text)
        .join(''),
    );
}

describe('npm run slides -- --format pptx', () => {
  it('writes a Japanese deck of the focus-area autoplay: a slide per step with its caption, counts, picture and notes', async () => {
    const out = join(OUT, 'autoplay-pillar-ja.pptx');
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', 'slides', '--', '--tour', 'autoplay-pillar', '--format', 'pptx', '--lang', 'ja', '--size', '1280x720', '--out', out],
      {
        timeout: 240_000,
      },
    );
    expect(stdout).toContain(`wrote ${out}: 5 slides (3 steps, pictures 1280×720, ja)`);
    const file = new Uint8Array(readFileSync(out));
    const parts = readPptx(file);
    const slides = slideParts(parts);
    expect(slides).toHaveLength(5);
    for (const pillar of [1, 2, 3]) {
      const slide = slides[pillar]!;
      const count = initiatives.filter((f) => f.properties.pillar === pillar).length;
      const text = paragraphs(parts.xml(slide));
      // The caption and the legend count of the step's own focus area, as editable text.
      expect(
        text.some((line) => line.startsWith(`重点分野 ${pillar}. `) && line.endsWith(`：${count}件`)),
        text.join(' | '),
      ).toBe(true);
      expect(text).toContain(`${count}件の取組`);
      expect(text.filter((line) => new RegExp(`^${pillar}\\. .+：${count}件$`).test(line))).toHaveLength(1);
      expect(pngSize(parts.bytes(pictureParts(parts, slide)[0]!))).toEqual({ width: 1280, height: 720 });
      for (const run of textRuns(parts.xml(slide))) expect(run).toMatchObject({ lang: 'ja-JP', ea: '游ゴシック' });
    }
    // Every initiative of a focus area is in its slide's notes, with its verbatim quote.
    stepNotes(file).forEach((notes, i) => {
      for (const f of initiatives.filter((x) => x.properties.pillar === i + 1)) expect(notes).toContain(`「${f.properties.source.quote}」`);
    });
    const pdf = readWithLibreOffice(file);
    expect(pdf.pages).toBe(5);
    expect(squash(pdf.text[1]!)).toContain(squash(`${initiatives.filter((f) => f.properties.pillar === 1).length}件の取組`));
    expect(squash(pdf.text[4]!)).toContain('基図：NaturalEarth');
  }, 300_000);
});

describe('Download as PowerPoint in the page', () => {
  // The policy the README gives to people who host FOIP Atlas: the writer's chunk and the download must live with it.
  const CSP =
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *";
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveFolders({ '/': 'dist' }, { 'content-security-policy': CSP });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes a deck of the tour on screen from the tour controls, shows progress, and returns to the step it was on', async () => {
    const { page, errors } = await openApp(browser!, `${server!.url}/`, 'tour=osa&step=2', {
      setup: async (p) => {
        await p.addInitScript(() => {
          const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
          document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
      },
    });
    await settled(page);
    // The Tours menu offers the same for the tour on screen.
    await page.locator('summary', { hasText: 'Tours' }).click();
    expect(await page.locator('[data-testid="download-deck"]').textContent()).toBe('Download “Security assistance (OSA)” as PowerPoint');
    await page.locator('summary', { hasText: 'Tours' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 180_000 }),
      (async () => {
        await page.click('[data-testid="tour-download-deck"]');
        await page.locator('[data-testid="job-card"][data-job="deck"]').waitFor();
      })(),
    ]);
    expect(download.suggestedFilename()).toBe('foip-atlas-osa-en.pptx');
    const file = new Uint8Array(readFileSync((await download.path())!));
    const parts = readPptx(file);
    const slides = slideParts(parts);
    // A title slide, one per step of the tour file, a closing slide.
    expect(slides).toHaveLength(OSA_STEPS + 2);
    const captions = slides.slice(1, -1).map((slide) => paragraphs(parts.xml(slide))[1]);
    expect(captions[0]).toMatch(/^Official Security Assistance \(OSA\)/);
    expect(captions[1]).toBe('Coastal surveillance radar systems for the Philippines and Djibouti.');
    for (const slide of slides.slice(1, -1))
      expect(pngSize(parts.bytes(pictureParts(parts, slide)[0]!))).toEqual({ width: 1920, height: 1080 });
    expect(stepNotes(file)[1]).toContain('Host countries: Philippines');
    expect(readWithLibreOffice(file).pages).toBe(OSA_STEPS + 2);
    // Back where the presenter was, with the progress card gone.
    await page.locator('[data-testid="job-card"][data-job="deck"]').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-testid="tour-player"]')?.getAttribute('data-step') === '1');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
