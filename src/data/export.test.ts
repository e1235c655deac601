import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationOf } from './citation.ts';
import { exportFileName, initiativesGeojson } from './export.ts';
import { parseDataset } from './validate.ts';

const dataset = parseDataset(readFileSync('data/initiatives.geojson', 'utf8'));
if (!dataset.ok) throw new Error('dataset does not parse');
const { initiatives, metadata } = dataset.value;

describe('initiativesGeojson', () => {
  it('writes a file our own validator accepts, with citation and selection', () => {
    const some = initiatives.filter((i) => i.properties.tools.includes('OSA'));
    const text = initiativesGeojson(some, metadata, 'tool=OSA');
    const parsed = parseDataset(text);
    expect(parsed.ok && parsed.value.issues).toEqual([]);
    expect(parsed.ok && parsed.value.initiatives.map((i) => i.id)).toEqual(some.map((i) => i.id));
    expect(parsed.ok && parsed.value.metadata).toMatchObject({
      selection: 'tool=OSA',
      citation: citationOf(metadata),
      version: metadata?.version,
      licence: metadata?.licence,
    });
  });
});

describe('citationOf', () => {
  it('names the dataset, its release and date, its licence, both source documents and their publisher', () => {
    const citation = citationOf(metadata);
    expect(citation).toMatch(
      /^FOIP Atlas initiatives \(version \d+\.\d+\.\d+, \d{4}-\d{2}-\d{2}\)\. Licence: CC-BY-4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\. Created by editing: /,
    );
    expect(citation).toContain(`version ${metadata?.version}`);
    expect(citation).toContain('自由で開かれたインド太平洋');
    expect(citation).toContain('日印首脳会談');
    expect(citation.match(/Ministry of Foreign Affairs of Japan/g)).toHaveLength(2);
  });

  it('leaves out what older metadata does not have', () => {
    expect(
      citationOf({
        name: 'FOIP Atlas initiatives',
        updated: '2026-11-23',
        sources: [{ doc: 'evolved-foip', title: { en: 'Evolved FOIP', ja: '進化版FOIP' } }],
      }),
    ).toBe('FOIP Atlas initiatives (2026-11-23). Created by editing: Evolved FOIP (進化版FOIP).');
  });
});

describe('exportFileName', () => {
  it.each([
    [false, 'csv', /^foip-atlas-\d{4}-\d{2}-\d{2}\.csv$/],
    [true, 'geojson', /^foip-atlas-\d{4}-\d{2}-\d{2}-selection\.geojson$/],
  ] as const)('filtered=%s %s', (filtered, ext, pattern) => {
    expect(exportFileName(metadata, filtered, ext)).toMatch(pattern);
  });
});
