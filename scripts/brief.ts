/**
 * `npm run brief -- --query "country=PHL" --lang ja --out phl.pdf`
 * An A4 brief of a view as PDF: the view's title in words, the date, the data release, the map's
 * picture, counts by focus area and by means, a table of the initiatives and each one's source
 * quote and section, with the citation and page numbers in every page's footer. Made by the built
 * app in headless Chromium (the automation API's `brief()`), printed by Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { BRIEF_PICTURE } from '../src/brief/brief-style.ts';
import { errorMessage } from '../src/lib/error-message.ts';
import { openAppSession, viewportFor } from './app-session.ts';

export const USAGE = `npm run brief -- --out FILE.pdf [--query "country=PHL&tool=OSA"] [--lang en|ja]
  an A4 brief of the view the query opens (the explorer's URL query: filters, or id= for one initiative);
  --lang sets the brief's language (default: the query's lang, else en)`;

interface Options {
  /** The view's query, without lang (which --lang decides). */
  readonly query: string;
  readonly lang: 'en' | 'ja';
  readonly out: string;
}

/** The command line, checked: every mistake named with what was expected. */
export function parseOptions(args: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...args],
    options: { query: { type: 'string', default: '' }, lang: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.out) throw new Error('--out is required: the PDF file to write, e.g. --out phl.pdf');
  if (!values.out.toLowerCase().endsWith('.pdf')) throw new Error(`--out names the PDF file and ends in .pdf; got "${values.out}"`);
  const params = new URLSearchParams(values.query.replace(/^\?/, ''));
  const lang = values.lang ?? params.get('lang') ?? 'en';
  if (lang !== 'en' && lang !== 'ja') throw new Error(`--lang expects en or ja; got "${lang}"`);
  params.delete('lang');
  return { query: params.toString(), lang, out: values.out };
}

/** What the page's `foipAtlas.brief()` hands over: the document and its footer. */
export interface PrintableBrief {
  readonly html: string;
  readonly footer: string;
}

/**
 * Prints a brief to PDF in `page` (a fresh one: the document replaces whatever it shows). A4, the
 * document's own margins (`@page`), backgrounds printed, the footer in each page's bottom margin.
 */
export async function printBriefPdf(page: Page, brief: PrintableBrief): Promise<Uint8Array> {
  await page.setContent(brief.html, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode()));
  });
  return page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: brief.footer,
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const options = parseOptions(args);
  const started = Date.now();
  const viewport = viewportFor(BRIEF_PICTURE);
  const query = `embed=1&lang=${options.lang}${options.query ? `&${options.query}` : ''}`;
  const session = await openAppSession(query, viewport.width, viewport.height);
  try {
    const brief = await session.page.evaluate(() => window.foipAtlas!.brief());
    const bytes = await printBriefPdf(await session.browser.newPage(), brief);
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, bytes);
    console.log(
      `wrote ${options.out}: “${brief.title}” (${options.lang}), ${Math.round(bytes.length / 1024)} KB in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`brief: ${errorMessage(error)}`);
    process.exit(1);
  });
}
