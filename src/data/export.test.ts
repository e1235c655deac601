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
    expect(parsed.ok && parsed.value.metadata).toMatchObject({ selection: 'tool=OSA', citation: citationOf(metadata) });
  });
});

describe('citationOf', () => {
  it('names the dataset, its date and both source documents', () => {
    const citation = citationOf(metadata);
    expect(citation).toMatch(/^FOIP Atlas initiatives \(\d{4}-\d{2}-\d{2}\)\. Sources: /);
    expect(citation).toContain('自由で開かれたインド太平洋');
    expect(citation).toContain('日印首脳会談');
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
