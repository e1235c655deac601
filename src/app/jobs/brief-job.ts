/**
 * An A4 brief of the view: the map's picture at print resolution (the same path as every picture:
 * picture-job.ts), the brief's model (src/brief/brief-model.ts) and its document with the picture
 * and the Japanese font inside it. The Brief button prints that document in a hidden iframe; the
 * automation API hands its text to `npm run brief`, which prints it to PDF with page numbers.
 * Loaded with the first brief: nothing here is needed to start.
 */
import { buildBrief, type Brief } from '../../brief/brief-model.ts';
import { briefFooterTemplate, briefHtml } from '../../brief/brief-document.ts';
import { BRIEF_PICTURE, type BriefFontFace } from '../../brief/brief-style.ts';
import type { Initiative } from '../../data/initiative.ts';
import { JAPANESE_FONT_FAMILY } from '../../lib/japanese-font.ts';
import type { MapHandle } from '../../map/owner/map-handle.ts';
import { imageOverlay, viewTitle, type ImageContext } from './image-overlay.ts';
import { makePicture } from './picture-job.ts';

export interface BriefDocument {
  readonly html: string;
  /** Chromium's footerTemplate for page.pdf: the citation and page numbers. */
  readonly footer: string;
  readonly title: string;
  readonly fileName: string;
}

export async function makeBriefDocument(map: MapHandle, page: ImageContext, signal?: AbortSignal): Promise<BriefDocument> {
  const brief = briefOf(page);
  // The legend and the source line stay on the picture; the title is the document's own.
  const overlay = { ...imageOverlay(page), title: '', subtitle: '' };
  const [png, fonts] = await Promise.all([makePicture(map, BRIEF_PICTURE, overlay), embeddedFonts()]);
  signal?.throwIfAborted();
  const picture = await dataUrlOf(png);
  const dom = document.implementation;
  return {
    html: briefHtml(brief, { picture, fonts }, dom),
    footer: briefFooterTemplate(brief, dom),
    title: brief.title,
    fileName: brief.fileName,
  };
}

/** The view's brief: the selected initiative's when one is open, else the matching set's. */
export function briefOf({ state, matching, dataset }: ImageContext, made = new Date()): Brief {
  const selected: Initiative | undefined = state.selected ? dataset.initiatives.find((i) => i.id === state.selected) : undefined;
  return buildBrief({
    lang: state.lang,
    title: selected ? selected.properties.title[state.lang] : viewTitle(state, ' · '),
    initiatives: selected ? [selected] : matching,
    metadata: dataset.metadata,
    // The person's own day, not UTC's.
    made: [made.getFullYear(), made.getMonth() + 1, made.getDate()].map((n) => String(n).padStart(2, '0')).join('-'),
  });
}

/**
 * The bundled Japanese family as the page's own stylesheets declare it (file and `unicode-range`,
 * src/assets/fonts/foip-noto-sans-jp.css), each file read into a data: URL. Reading the page's
 * rules, not a second copy, keeps the brief on the very files the page uses (inlined ones too, in
 * the single-file build).
 */
async function embeddedFonts(): Promise<BriefFontFace[]> {
  const rules: { url: string; unicodeRange: string }[] = [];
  const visit = (list: CSSRuleList, base: string) => {
    for (const rule of list) {
      if (rule instanceof CSSImportRule && rule.styleSheet) visit(rule.styleSheet.cssRules, rule.styleSheet.href ?? base);
      else if (
        rule instanceof CSSFontFaceRule &&
        rule.style.getPropertyValue('font-family').replace(/["']/g, '') === JAPANESE_FONT_FAMILY
      ) {
        const src = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
        if (src) rules.push({ url: new URL(src, base).href, unicodeRange: rule.style.getPropertyValue('unicode-range') });
      }
    }
  };
  for (const sheet of document.styleSheets) visit(sheet.cssRules, sheet.href ?? document.baseURI);
  if (rules.length === 0)
    throw new Error(`The Japanese font is missing: no @font-face for '${JAPANESE_FONT_FAMILY}' is in the page's styles.`);
  return Promise.all(
    rules.map(async ({ url, unicodeRange }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The Japanese font could not be read (${url}: ${response.status}).`);
      return { url: await dataUrlOf(await response.blob()), unicodeRange };
    }),
  );
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('A file of the brief could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Prints the brief in a hidden iframe: the browser's print dialog shows the brief alone (A4, the
 * page's own margins), whatever the explorer looks like, and the explorer stays as it was. Resolves
 * once the dialog is closed (or, where `print()` does not wait, once it is opened).
 */
export async function printInFrame(brief: BriefDocument): Promise<void> {
  document.querySelector('iframe[data-brief]')?.remove();
  const frame = document.createElement('iframe');
  frame.dataset['brief'] = '';
  frame.title = brief.title;
  // Out of sight but laid out: a frame with display: none prints blank.
  frame.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 210mm; height: 297mm; border: 0; opacity: 0; pointer-events: none;';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = brief.html;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!view || !doc) throw new Error('The brief could not be laid out for printing.');
  await doc.fonts.ready;
  await Promise.all([...doc.images].map((image) => image.decode()));
  // Gone once printed (or the dialog closed); until then the browser may still be reading it.
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  view.focus();
  view.print();
}
