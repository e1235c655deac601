// @vitest-environment jsdom
/** The brief's document, read back with jsdom's own HTML parser: what a printer gets, and that data stays text. */
import { describe, expect, it } from 'vitest';
import { palauAirport } from '../../tests/fixtures/initiatives.ts';
import { briefFooterTemplate, briefHtml } from './brief-document.ts';
import { buildBrief } from './brief-model.ts';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const assets = { picture: 'data:image/png;base64,AAAA', fonts: [{ url: 'data:font/woff2;base64,AAAA', unicodeRange: 'U+3000-303F' }] };

function parsed(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function hostileBrief() {
  const palau = palauAirport();
  const victim = {
    ...palau,
    properties: { ...palau.properties, title: { en: HOSTILE, ja: HOSTILE }, source: { ...palau.properties.source, quote: HOSTILE } },
  };
  return buildBrief({ lang: 'en', title: HOSTILE, initiatives: [victim], metadata: undefined, made: '2026-12-05' });
}

describe('briefHtml', () => {
  it('prints markup from the data as the characters it is, in the title, the table and the sources', () => {
    const doc = parsed(briefHtml(hostileBrief(), assets, document.implementation));
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('tr[data-id] td.title')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.sources blockquote')?.textContent).toBe(`「${HOSTILE}」`);
    expect(doc.title).toBe(HOSTILE);
    // Nothing of it became an element: the only image is the map, the only script none.
    expect([...doc.images].map((image) => image.getAttribute('src'))).toEqual([assets.picture]);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('is an A4 page whose rows do not split, whose header repeats, and whose Japanese font is embedded', () => {
    const doc = parsed(briefHtml(hostileBrief(), assets, document.implementation));
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@page { size: A4 portrait;');
    expect(css).toMatch(/\.initiatives tr \{ break-inside: avoid;/);
    expect(css).toMatch(/\.initiatives thead \{ display: table-header-group; \}/);
    expect(css).toContain(`src: url('${assets.fonts[0]!.url}') format('woff2')`);
    expect(css).toContain('unicode-range: U+3000-303F');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelectorAll('thead th')).toHaveLength(5);
  });

  it('says so when no initiative matches, with no empty table', () => {
    const brief = buildBrief({ lang: 'ja', title: '', initiatives: [], metadata: undefined, made: '2026-12-05' });
    const doc = parsed(briefHtml(brief, assets, document.implementation));
    expect(doc.querySelector('.none')?.textContent).toBe('この表示に該当する取組はありません。');
    expect(doc.querySelector('table.initiatives')).toBeNull();
    expect(doc.documentElement.lang).toBe('ja');
  });
});

describe('briefFooterTemplate', () => {
  it("holds the citation's short form and the elements Chromium fills with page numbers", () => {
    const footer = parsed(briefFooterTemplate(hostileBrief(), document.implementation));
    expect(footer.body.textContent).toBe('FOIP Atlas initiatives / ');
    expect(footer.querySelectorAll('.pageNumber, .totalPages')).toHaveLength(2);
  });
});
