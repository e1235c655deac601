/**
 * The brief laid out as one self-contained HTML document for printing: the map's picture and the
 * Japanese font are data: URLs, so the same text prints in the page's iframe (the Brief button) and
 * in a fresh Chromium page (`npm run brief`). Every piece of text from the data is set with
 * `textContent` and serialized by the DOM, so markup in a title prints as the characters it is.
 */
import { PILLARS } from '../data/vocabulary.ts';
import { pillarColor } from '../picture/palette.ts';
import type { Brief, CountRow } from './brief-model.ts';
import { briefCss, BRIEF_FONTS, BRIEF_MARGINS_MM, type BriefFontFace } from './brief-style.ts';
import { briefWords } from './brief-words.ts';

export interface BriefAssets {
  /** The map's picture, a data:image/png URL. */
  readonly picture: string;
  readonly fonts: readonly BriefFontFace[];
}

type Child = Node | string;

/** The brief as an HTML document's text, built with `dom` (the page's `document.implementation`, or jsdom's in tests). */
export function briefHtml(brief: Brief, assets: BriefAssets, dom: DOMImplementation): string {
  const doc = dom.createHTMLDocument(brief.title);
  const el = elementMaker(doc);
  doc.documentElement.lang = brief.lang;
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  doc.head.prepend(charset);
  doc.head.append(el('style', {}, briefCss(assets.fonts)));
  const w = briefWords(brief.lang);

  const picture = el('img', { src: assets.picture, alt: w.mapAlt });
  doc.body.append(
    el(
      'header',
      {},
      el('p', { class: 'kicker' }, brief.kicker),
      el('h1', {}, brief.title),
      el('p', { class: 'facts' }, ...brief.facts.map((fact) => el('span', {}, fact))),
    ),
    el('figure', {}, picture),
    el('h2', {}, w.summaryHeading),
    el(
      'div',
      { class: 'summary' },
      el('div', {}, countsSection(el, w.byFocusArea, brief.byFocusArea), countsSection(el, w.byStatus, brief.byStatus)),
      el('div', {}, countsSection(el, w.byMeans, brief.byMeans)),
    ),
    el('h2', {}, w.tableHeading),
    brief.rows.length === 0 ? el('p', { class: 'none' }, w.none) : initiativesTable(el, brief),
    ...(brief.more ? [el('p', { class: 'none' }, brief.more)] : []),
    ...(brief.sources.length === 0
      ? []
      : [
          el('h2', {}, w.sourcesHeading),
          el(
            'section',
            { class: 'sources' },
            el(
              'ol',
              {},
              ...brief.sources.map((source) =>
                el(
                  'li',
                  { 'data-id': source.id },
                  el('p', { class: 'source-title' }, `${source.number}. ${source.title}`),
                  el('p', { class: 'where' }, w.where(source.document, source.section)),
                  el('blockquote', {}, `「${source.quote}」`),
                ),
              ),
            ),
          ),
        ]),
    el('p', { class: 'cite' }, el('strong', {}, `${w.citeAs}: `), brief.citation),
  );
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

/**
 * The footer Chromium prints in each page's bottom margin (`page.pdf`'s footerTemplate): the citation
 * and "page / pages". Chromium fills the `pageNumber` and `totalPages` elements; the template is a
 * separate document that cannot load the page's fonts, so it holds only the citation's short form in
 * Latin letters (`Brief.footer`) and digits.
 */
export function briefFooterTemplate(brief: Brief, dom: DOMImplementation): string {
  const doc = dom.createHTMLDocument('');
  const el = elementMaker(doc);
  const footer = el(
    'div',
    {
      style: `font-family: ${BRIEF_FONTS}; font-size: 6.5pt; color: #4b5563; width: 100%; margin: 0 ${BRIEF_MARGINS_MM.right}mm 0 ${BRIEF_MARGINS_MM.left}mm; display: flex; gap: 4mm; align-items: flex-end;`,
    },
    el('span', { style: 'flex: 1;' }, brief.footer),
    el('span', { style: 'white-space: nowrap;' }, el('span', { class: 'pageNumber' }), ' / ', el('span', { class: 'totalPages' })),
  );
  return footer.outerHTML;
}

type ElementMaker = (tag: string, attributes: Record<string, string>, ...children: Child[]) => HTMLElement;

function elementMaker(doc: Document): ElementMaker {
  return (tag, attributes, ...children) => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    // Strings become text nodes: never parsed as markup.
    element.append(...children);
    return element;
  };
}

function countsSection(el: ElementMaker, heading: string, rows: readonly CountRow[]): HTMLElement {
  const most = Math.max(1, ...rows.map((row) => row.count));
  return el(
    'section',
    {},
    el('h3', {}, heading),
    el(
      'table',
      { class: 'counts' },
      el(
        'tbody',
        {},
        ...rows.map((row) =>
          el(
            'tr',
            {},
            el(
              'td',
              { class: 'label' },
              ...(row.color ? [el('span', { class: 'swatch', style: `background: ${row.color}` })] : []),
              row.label,
            ),
            el('td', { class: 'count' }, String(row.count)),
            el('td', {}, bar(el, row, most)),
          ),
        ),
      ),
    ),
  );
}

/** A bar as long as the row's count against the most; split into the focus areas' colours where the row is. */
function bar(el: ElementMaker, row: CountRow, most: number): HTMLElement {
  const width = `width: ${((100 * row.count) / most).toFixed(1)}%;`;
  if (!row.byPillar) return el('span', { class: 'bar', style: `${width}${row.color ? ` background: ${row.color};` : ''}` });
  const { byPillar } = row;
  return el(
    'span',
    { class: 'bar stacked', style: width },
    ...PILLARS.filter((pillar) => byPillar[pillar] > 0).map((pillar) =>
      el('span', { style: `flex: ${byPillar[pillar]}; background: ${pillarColor(pillar)};` }),
    ),
  );
}

function initiativesTable(el: ElementMaker, brief: Brief): HTMLElement {
  const w = briefWords(brief.lang);
  return el(
    'table',
    { class: 'initiatives' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { class: 'number' }, w.number),
        el('th', { class: 'title' }, w.title),
        el('th', { class: 'hosts' }, w.hosts),
        el('th', { class: 'means' }, w.means),
        el('th', { class: 'status' }, w.status),
      ),
    ),
    el(
      'tbody',
      {},
      ...brief.rows.map((row) =>
        el(
          'tr',
          { 'data-id': row.id },
          el('td', { class: 'number' }, el('span', { class: 'swatch', style: `background: ${row.color}` }), String(row.number)),
          el('td', { class: 'title' }, row.title),
          el('td', {}, row.hosts),
          el('td', {}, row.means),
          el('td', { class: 'status' }, row.status),
        ),
      ),
    ),
  );
}
