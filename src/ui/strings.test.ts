import { describe, expect, it } from 'vitest';
import { releaseStrings } from './release-strings.ts';
import { strings } from './strings.ts';

describe('strings', () => {
  it.each([
    ['strings', strings],
    ['releaseStrings', releaseStrings],
  ] as const)('%s has every key in both languages, none empty', (_name, table) => {
    const en = table('en');
    const ja = table('ja');
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, ja]) {
      for (const [key, value] of Object.entries(table)) {
        const text = typeof value === 'function' ? (value as (n: number) => string)(2) : value;
        expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('says singular and plural right', () => {
    expect(strings('en').count(1)).toBe('1 initiative');
    expect(strings('en').count(106)).toBe('106 initiatives');
    expect(strings('ja').count(106)).toBe('106件の取組');
  });
});
