import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palauAirport } from '../../tests/fixtures/initiatives.ts';
import type { DatasetMetadata } from './initiative.ts';
import { latestRelease, sourceIssues, type SourceFiles } from './source-check.ts';

const files: SourceFiles = {
  sources: {
    'evolved-foip': readFileSync('data/sources/evolved-foip.txt', 'utf8'),
    'japan-india-summit': readFileSync('data/sources/japan-india-summit.txt', 'utf8'),
  },
  notes: [],
  changelog: '# Changelog\n\n## 1.1.0 — 2026-11-27\n\n- changes\n\n## 1.0.0 — 2026-11-23\n',
};
const metadata = (version?: string): DatasetMetadata => ({ name: 'x', version, updated: '2026-11-27', sources: [] });

function palau(source: Partial<ReturnType<typeof palauAirport>['properties']['source']>) {
  const base = palauAirport();
  return { ...base, properties: { ...base.properties, source: { ...base.properties.source, sectionEn: 'Using ODA and OSA', ...source } } };
}

describe('sourceIssues', () => {
  it('passes a verbatim quote with its English heading and a matching release', () => {
    expect(sourceIssues([palau({})], metadata('1.1.0'), files)).toEqual([]);
  });

  it.each<[string, ReturnType<typeof palau>, string[]]>([
    // Without its sentence in the document, nothing names the ODA tag either.
    ['a quote that is not verbatim', palau({ quote: 'パラオ国際空港を建設' }), ['properties.source.quote', 'properties.tools[0]']],
    [
      'a map label that is not verbatim',
      palau({ mapLabel: 'パラオ空港（ODA）', mapLabelEn: 'Palau airport' }),
      ['properties.source.mapLabel'],
    ],
    ['a missing English heading', palau({ sectionEn: undefined }), ['properties.source.sectionEn']],
    [
      'a map label without English',
      palau({ mapLabel: 'パラオやミクロネシアへの空港・港湾整備支援（ODA・OSA)' }),
      ['properties.source.mapLabelEn'],
    ],
  ])('reports %s', (_name, initiative, fields) => {
    expect(sourceIssues([initiative], metadata('1.1.0'), files).map((i) => i.field)).toEqual(fields);
  });

  it.each<[string | undefined, string]>([
    [undefined, 'missing: expected the release, e.g. "1.1.0"'],
    ['1.2.0', 'expected data/CHANGELOG.md to describe 1.2.0 first, but its newest release is 1.1.0'],
  ])('reports a release the changelog does not describe first (%s)', (version, message) => {
    expect(sourceIssues([palau({})], metadata(version), files)).toEqual([{ feature: null, field: 'metadata.version', message }]);
  });
});

describe('latestRelease', () => {
  it.each([
    ['## 1.1.0 — 2026-11-27\n## 1.0.0', '1.1.0'],
    ['# Changes\n\n## [2.0.0-rc.1] - 2027-01-01', '2.0.0-rc.1'],
    ['# Nothing released', null],
  ])('%s → %s', (text, expected) => {
    expect(latestRelease(text)).toBe(expected);
  });
});
