import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { indiaCountryLevel, palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { Initiative } from '../data/initiative.ts';
import type { Profile } from '../data/profile.ts';
import { DetailPanel } from './DetailPanel.tsx';
import { ProfilePanel } from './ProfilePanel.tsx';

const noop = () => {};
const render = (initiatives: readonly Initiative[], profile: Profile, lang: 'en' | 'ja' = 'en') =>
  renderToStaticMarkup(
    <ProfilePanel
      profile={profile}
      initiatives={initiatives}
      selected={null}
      lang={lang}
      onClose={noop}
      onSelect={noop}
      onProfile={noop}
    />,
  );

const withAmount = (): Initiative => {
  const base = indiaCountryLevel('india-investment');
  return {
    ...base,
    properties: {
      ...base.properties,
      status: 'decided',
      date: '2025-08',
      amount: { value: 10_000_000_000_000, currency: 'JPY', note: { en: 'private investment target', ja: '民間投資目標' } },
    },
  };
};

describe('ProfilePanel', () => {
  it('names the profile and lists its initiatives with summary, status, date, amount, section and quote', () => {
    const html = render([palauAirport(), withAmount(), indiaCountryLevel('other')], { kind: 'country', value: 'IND' });
    expect(html).toContain('>India</h2>');
    expect(html).toContain('2 initiatives');
    expect(html).not.toContain('palau');
    expect(html).toContain('Where: India');
    expect(html).toContain('Status: Decided');
    expect(html).toContain('Date: 2025-08');
    expect(html).toContain('Amount: ¥10T (private investment target)');
    expect(html).toContain(withAmount().properties.source.quote);
    expect(html).toContain(withAmount().properties.summary.en);
  });

  it('speaks Japanese when asked', () => {
    const html = render([withAmount()], { kind: 'country', value: 'IND' }, 'ja');
    expect(html).toContain('>インド</h2>');
    expect(html).toContain('1件の取組');
    expect(html).toContain('状況');
    expect(html).toContain('プロフィールを閉じる');
  });

  it('renders text from the data as text, never as HTML', () => {
    const hostile = palauAirport();
    hostile.properties.title.en = '<img src=x onerror=alert(1)>';
    hostile.properties.source.quote = '<script>alert(2)</script>';
    const html = render([hostile], { kind: 'country', value: 'PLW' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('DetailPanel’s names as profile links', () => {
  it('makes host countries, partners and means buttons when profiles can open, and plain text when not', () => {
    const initiative = indiaCountryLevel();
    const linked = renderToStaticMarkup(<DetailPanel initiative={initiative} lang="en" onClose={noop} onProfile={noop} />);
    expect(linked).toContain('data-profile="country:IND"');
    expect(linked).toContain('title="Profile of India"');
    for (const tool of initiative.properties.tools) expect(linked).toContain(`data-profile="tool:${tool}"`);
    const plain = renderToStaticMarkup(<DetailPanel initiative={initiative} lang="en" onClose={noop} />);
    expect(plain).not.toContain('data-profile');
  });
});
