// @vitest-environment jsdom
/** The About panel in a real DOM (jsdom): what a reader sees, in both languages, and that data stays text. */
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetMetadata } from '../data/initiative.ts';
import { parseDataset } from '../data/validate.ts';
import { AboutPanel } from './AboutPanel.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const parsed = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!parsed.ok) throw new Error('dataset does not parse');
const shipped = parsed.value.metadata;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function mount(element: React.ReactElement): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(element));
  return container;
}

describe('AboutPanel', () => {
  it('shows the release, both sources with their publisher, the licences and the citation', () => {
    const panel = mount(<AboutPanel lang="en" metadata={shipped} />);
    expect(panel.querySelector('h2')?.textContent).toBe('About this data');
    expect(panel.querySelector('.about-release')?.textContent).toBe(`Release: Version ${shipped?.version}, ${shipped?.updated}`);
    const sources = [...panel.querySelectorAll('.about-sources li')].map((li) => li.textContent);
    expect(sources).toEqual([
      'The evolved “Free and Open Indo-Pacific”: stronger and more prosperous together — Ministry of Foreign Affairs of Japan',
      'Japan–India summit: concrete outcomes — Ministry of Foreign Affairs of Japan',
    ]);
    expect(panel.textContent).toContain('Creative Commons Attribution 4.0 (CC BY 4.0)');
    expect(panel.textContent).toContain('Public Data License (Version 1.0)');
    expect(panel.textContent).toContain('MIT licence');
    expect(panel.querySelector('.about-citation')?.textContent).toContain(`version ${shipped?.version}`);
  });

  it('speaks Japanese', () => {
    const panel = mount(<AboutPanel lang="ja" metadata={shipped} />);
    expect(panel.querySelector('h2')?.textContent).toBe('このデータについて');
    expect(panel.querySelector('.about-sources li')?.textContent).toBe(
      '進化した「自由で開かれたインド太平洋」～共に、強く豊かに～ — 外務省',
    );
    expect(panel.textContent).toContain('公共データ利用規約（第1.0版）');
  });

  it('links only to https addresses, in a new tab without an opener', () => {
    const panel = mount(<AboutPanel lang="en" metadata={shipped} />);
    const links = [...panel.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://creativecommons.org/licenses/by/4.0/',
      'https://www.mofa.go.jp/about/legalmatters.html',
      'https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0',
    ]);
    for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders text from the data as text and drops a licence link that is not https', () => {
    const hostile: DatasetMetadata = {
      name: '<img src=x onerror=alert(1)>',
      version: '1.1.0',
      updated: '2026-11-27',
      licence: { id: 'CC-BY-4.0', url: 'javascript:alert(2)' },
      sources: [{ doc: 'evolved-foip', title: { en: '<script>alert(3)</script>', ja: 'x' } }],
    };
    const panel = mount(<AboutPanel lang="en" metadata={hostile} />);
    expect(panel.querySelector('img, script')).toBeNull();
    expect(panel.querySelector('.about-sources li')?.textContent).toBe('<script>alert(3)</script>');
    expect([...panel.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript:'))).toBe(false);
  });

  it('says so when the dataset has no metadata, and closes on request', () => {
    const onClose = vi.fn();
    const panel = mount(<AboutPanel lang="en" metadata={undefined} onClose={onClose} />);
    expect(panel.querySelector('.about-release')).toBeNull();
    expect(panel.textContent).toContain('The dataset states no licence.');
    act(() => panel.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click());
    expect(onClose).toHaveBeenCalledOnce();
  });
});
