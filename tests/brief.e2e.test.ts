/**
 * A4 briefs made by the built app, end to end: `npm run brief` on the command line, the automation
 * API's brief printed by Chromium, and the Brief (PDF) button in the page. Each PDF is read back with
 * poppler (tests/pdf-reader.ts), never with the code that wrote it: page size, each page's text in
 * order, and the fonts embedded.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { printBriefPdf } from '../scripts/brief.ts';
import { appSuite } from './app-page.ts';
import { waitForMapIdle } from './browser.ts';
import { initiatives } from './dataset.ts';
import { HOSTILE, hostileDataset, VICTIM } from './fixtures/hostile-text.ts';
import { readPdf, squash } from './pdf-reader.ts';

const OUT = 'tests/output/brief';
/** The table's header as pdftotext reads it, squashed: it opens every page the table runs onto. */
const HEADER = { en: 'No.InitiativeHostsMeansStatus', ja: '番号取組実施国手段状況' };

beforeAll(() => {
  if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

async function brief(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('npm', ['run', 'brief', '--', ...args], { timeout: 240_000 });
  return stdout;
}

/** The page (0-based) on which each needle is first found, searching on from the last one's page: -1 when missing. */
function pagesInOrder(pages: readonly string[], needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const page = pages.findIndex((text, i) => i >= from && text.includes(needle));
    if (page >= 0) from = page;
    return page;
  });
}

describe('npm run brief', () => {
  it('prints all 108 initiatives on A4, every row whole on one page, the header repeated, then every quote in order', async () => {
    const out = join(OUT, 'all-en.pdf');
    expect(await brief(['--out', out])).toContain(`wrote ${out}: “All initiatives” (en)`);
    const pdf = readPdf(out);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([595, 842]);
    const pages = pdf.text.map(squash);
    expect(pages[0]).toContain(squash('All initiatives'));
    expect(pages[0]).toContain('108initiatives');
    expect(pages[0]).toMatch(/Datarelease\d+\.\d+\.\d+\(\d{8}\)/);
    // Rows: number and title, in the dataset's order, each on a page at or after the one before.
    const rows = initiatives.map((f, i) => squash(`${i + 1}${f.properties.title.en}`));
    const rowPages = pagesInOrder(pages, rows);
    expect(rowPages.filter((page) => page < 0)).toEqual([]);
    for (let i = 1; i < rows.length; i++) {
      if (rowPages[i] === rowPages[i - 1]) continue;
      // A row ends a page: the next page opens with the repeated header and then the next row, so
      // nothing of the row before was carried over (a row cut in two would leave its rest here).
      expect(pages[rowPages[i]!]!.startsWith(HEADER.en + rows[i]!), `page ${rowPages[i]! + 1} opens with row ${i + 1}`).toBe(true);
    }
    const tablePages = new Set(rowPages).size;
    expect(tablePages).toBeGreaterThan(3);
    // Sources: each initiative's title and its verbatim quote, in the same order, after the table.
    const sources = initiatives.flatMap((f, i) => [
      squash(`${i + 1}. ${f.properties.title.en}`),
      squash(`「${f.properties.source.quote}」`),
    ]);
    const sourcePages = pagesInOrder(pages.slice(rowPages.at(-1)!), sources);
    expect(sources.filter((_, i) => sourcePages[i]! < 0)).toEqual([]);
    // Every page's footer: the citation's short form and its number.
    pdf.text.forEach((text, i) => expect(squash(text)).toMatch(new RegExp(`FOIPAtlasinitiatives,version[\\d.]+.*${i + 1}/${pdf.pages}$`)));
    expect(pages.at(-1)).toContain(squash('Basemap: Natural Earth (world-atlas).'));
  }, 300_000);

  it('prints a Japanese brief of one country in the bundled Japanese font, embedded', async () => {
    const out = join(OUT, 'phl-ja.pdf');
    expect(await brief(['--query', 'country=PHL', '--lang', 'ja', '--out', out])).toContain(`wrote ${out}: “フィリピン” (ja)`);
    const pdf = readPdf(out);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([595, 842]);
    const hosted = initiatives.filter((f) => f.properties.countries.includes('PHL'));
    const pages = pdf.text.map(squash);
    for (const fact of ['FOIP ATLAS 資料', 'フィリピン', `${hosted.length}件の取組`, '作成日：']) expect(pages[0]).toContain(squash(fact));
    const needles = hosted.flatMap((f, i) => [squash(`${i + 1}${f.properties.title.ja}`)]);
    const quotes = hosted.map((f) => squash(`「${f.properties.source.quote}」`));
    const found = pagesInOrder(pages, [...needles, ...quotes]);
    expect(found.filter((page) => page < 0)).toEqual([]);
    // Japanese is drawn with the bundled Noto Sans JP, embedded; no system fallback font drew any of it.
    const japanese = pdf.fonts.filter((font) => /NotoSansJP/.test(font.name));
    expect(japanese.length).toBeGreaterThan(0);
    expect(japanese.every((font) => font.embedded)).toBe(true);
    expect(pdf.fonts.filter((font) => /Droid|CJK|IPA|Takao|VL/.test(font.name))).toEqual([]);
  }, 300_000);
});

describe('in the page', () => {
  const open = appSuite();

  it('prints HTML and script from the data as text, and runs none of it', async () => {
    const dataset = hostileDataset();
    const { page, errors } = await open(`id=${VICTIM}`, {
      setup: async (p) => {
        await p.route('**/initiatives-*.geojson', (route) =>
          route.fulfill({ body: JSON.stringify(dataset), contentType: 'application/geo+json' }),
        );
      },
    });
    await waitForMapIdle(page);
    const made = await page.evaluate(() => window.foipAtlas!.brief());
    const printing = await page.context().browser()!.newPage();
    const out = join(OUT, 'hostile.pdf');
    writeFileSync(out, await printBriefPdf(printing, made));
    const text = squash(readPdf(out).text.join('\n'));
    // The selected initiative's brief: its title, row and quote, each printed as the characters they are.
    const markup = squash(HOSTILE.slice(0, HOSTILE.indexOf('\u202E')));
    expect(text.split(markup).length - 1).toBeGreaterThanOrEqual(3);
    expect(await printing.evaluate(() => document.querySelectorAll('script, img[src="x"]').length)).toBe(0);
    for (const p of [page, printing]) expect(await p.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  }, 120_000);

  it.each(['en', 'ja'] as const)(
    'Brief (PDF) lays the brief out in a hidden frame and prints it (%s)',
    async (lang) => {
      const { page, errors } = await open(`lang=${lang}&tool=OSA`);
      await waitForMapIdle(page);
      // Headless Chromium has no print dialog: count the frame's print() calls instead. The frame's
      // document is loaded before the app calls print (it waits for fonts and the picture first).
      await page.evaluate(() => {
        const counted = window as { __prints?: number };
        counted.__prints = 0;
        new MutationObserver((changes) => {
          for (const node of changes.flatMap((change) => [...change.addedNodes]))
            if (node instanceof HTMLIFrameElement && node.dataset['brief'] !== undefined)
              node.addEventListener('load', () => {
                node.contentWindow!.print = () => void (counted.__prints! += 1);
              });
        }).observe(document.body, { childList: true });
      });
      await page.click('[data-testid="print-brief"]');
      await page.waitForFunction(() => (window as { __prints?: number }).__prints === 1, undefined, { timeout: 90_000 });
      const frame = page.frameLocator('iframe[data-brief]');
      const osa = initiatives.filter((f) => f.properties.tools.includes('OSA'));
      expect(await frame.locator('h1').textContent()).toBe(lang === 'ja' ? 'OSA（政府安全保障能力強化支援）' : 'OSA (security assistance)');
      expect(await frame.locator('tbody tr[data-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')))).toEqual(
        osa.map((f) => f.id),
      );
      expect(await frame.locator('figure img').evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
        2000, 1250,
      ]);
      expect(errors).toEqual([]);
    },
    150_000,
  );
});
