import { describe, expect, it } from 'vitest';
import { aboutData, MOFA_TERMS_URL } from './about.ts';
import type { DatasetMetadata } from './initiative.ts';

const metadata: DatasetMetadata = {
  name: 'FOIP Atlas initiatives',
  version: '1.1.0',
  updated: '2026-11-27',
  licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  sources: [
    {
      doc: 'evolved-foip',
      title: { en: 'Evolved FOIP', ja: '進化版FOIP' },
      publisher: { en: 'Ministry of Foreign Affairs of Japan', ja: '外務省' },
    },
  ],
};

describe('aboutData', () => {
  it.each([
    ['en', 'Version 1.1.0, 2026-11-27', { title: 'Evolved FOIP', publisher: 'Ministry of Foreign Affairs of Japan' }],
    ['ja', '版 1.1.0（2026-11-27）', { title: '進化版FOIP', publisher: '外務省' }],
  ] as const)('%s: release and sources in the language', (lang, release, source) => {
    const about = aboutData(metadata, lang);
    expect(about.release).toBe(release);
    expect(about.sources).toEqual([source]);
    expect(about.citation).toContain('version 1.1.0');
  });

  it('links the licence, MOFA’s terms and the PDL, all https', () => {
    expect(aboutData(metadata, 'en').links.map((l) => l.url)).toEqual([
      'https://creativecommons.org/licenses/by/4.0/',
      MOFA_TERMS_URL,
      'https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0',
    ]);
  });

  it.each(['javascript:alert(1)', 'http://example.org/licence', 'not a url'])('leaves out a licence link %s', (url) => {
    const about = aboutData({ ...metadata, licence: { id: 'CC-BY-4.0', url } }, 'en');
    expect(about.links.map((l) => l.url)).not.toContain(url);
  });

  it('says what it can without metadata', () => {
    const about = aboutData(undefined, 'ja');
    expect(about.release).toBeNull();
    expect(about.sources).toEqual([]);
    expect(about.dataLicence).toBe('データセットにライセンスの記載はありません。');
  });
});
