import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { Initiative } from '../data/initiative.ts';
import { DetailPanel } from './DetailPanel.tsx';

const render = (initiative: Initiative, lang: 'en' | 'ja' = 'en') =>
  renderToStaticMarkup(<DetailPanel initiative={initiative} lang={lang} onClose={() => {}} />);

describe('DetailPanel', () => {
  it('shows what, where, with whom, by what means, how precisely, and the source', () => {
    const html = render(palauAirport());
    expect(html).toContain('Palau International Airport terminal');
    expect(html).toContain('<dt>Where</dt><dd>Palau</dd>'); // the host country by name, not its code (PLW)
    expect(html).toContain('Japan alone (no partner named)');
    expect(html).toContain('ODA');
    expect(html).toContain('Exact site (1)');
    expect(html).toContain('Evolved “Free and Open Indo-Pacific”');
    expect(html).toContain('パラオ国際空港のターミナル拡張・運営支援を実施');
  });

  it('speaks Japanese when asked', () => {
    const html = render(indiaCountryLevel(), 'ja');
    expect(html).toContain('国レベル（地点の記載なし）');
    expect(html).toContain('インド');
    expect(html).toContain('民間投資');
    expect(html).toContain('日印首脳会談');
  });

  it('renders text from the data as text, never as HTML', () => {
    const hostile = palauAirport();
    hostile.properties.title.en = '<img src=x onerror=alert(1)>';
    hostile.properties.summary.en = '<script>alert(2)</script>';
    hostile.properties.source.quote = '<a href="javascript:alert(3)">x</a>';
    const html = render(hostile);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<a href');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('names organisations and countries among partners', () => {
    const shared = indiaCountryLevel();
    shared.properties.partners = ['IND', 'IEA', 'QUAD'];
    const html = render(shared);
    expect(html).toContain('India, International Energy Agency, Quad');
  });
});

describe('DetailPanel source block', () => {
  const labelled = () => {
    const i = palauAirport();
    i.properties.source = {
      ...i.properties.source,
      sectionEn: 'Using ODA and OSA',
      mapLabel: 'パラオ（ODA・OSA)',
      mapLabelEn: 'Palau (ODA, OSA)',
    };
    return i;
  };

  it('shows the dataset version', () => {
    expect(renderToStaticMarkup(<DetailPanel initiative={palauAirport()} lang="en" dataVersion="1.1.0" onClose={() => {}} />)).toContain(
      '<p class="source-release">Dataset version 1.1.0</p>',
    );
    expect(renderToStaticMarkup(<DetailPanel initiative={palauAirport()} lang="ja" dataVersion="1.1.0" onClose={() => {}} />)).toContain(
      'データ版 1.1.0',
    );
    expect(render(palauAirport())).not.toContain('source-release');
  });

  it('gives the heading and the map label in English before the Japanese original', () => {
    const html = render(labelled());
    expect(html).toContain('Using ODA and OSA (<span lang="ja">●安全保障に資するODAやOSAの活用</span>)');
    expect(html).toContain('Palau (ODA, OSA) (<span lang="ja">パラオ（ODA・OSA)</span>)');
  });

  it('gives only the Japanese original in Japanese', () => {
    const html = render(labelled(), 'ja');
    expect(html).not.toContain('Using ODA and OSA');
    expect(html).toContain('<span lang="ja">●安全保障に資するODAやOSAの活用</span>');
  });
});

describe('DetailPanel related initiatives', () => {
  it('links the related ones by title', () => {
    const html = renderToStaticMarkup(
      <DetailPanel initiative={palauAirport()} related={[indiaCountryLevel()]} lang="en" onClose={() => {}} />,
    );
    expect(html).toContain('Related');
    expect(html).toMatch(/<button type="button" class="link-button" data-id="india-data-centre">.*Data centre<\/button>/);
  });
});
