import { describe, expect, it } from 'vitest';
import { releaseStrings } from './release-strings.ts';
import { strings } from './strings.ts';

/** A text as shown: a function of counts or names is called with sample numbers. */
const shown = (value: string | ((...args: never[]) => string)) =>
  typeof value === 'function' ? (value as (...args: number[]) => string)(2, 3) : value;

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('strings', () => {
  // (Both languages have the same keys: the tables' type makes sure of that.)
  it.each([
    ['strings', strings],
    ['releaseStrings', releaseStrings],
  ] as const)('%s has no empty text in either language', (_name, table) => {
    for (const texts of [table('en'), table('ja')]) {
      for (const [key, value] of Object.entries(texts)) expect(shown(value).trim(), key).not.toBe('');
    }
  });

  // An English text copied into the Japanese table (a key added in a hurry) would show English on a Japanese page.
  it.each([
    // The app's name, the button that names the other language, file formats and bare numbers read the same in both.
    ['strings', strings, ['appTitle', 'switchLanguage', 'downloadGeojson', 'downloadCsv', 'stepOf', 'exportSize']],
    ['releaseStrings', releaseStrings, []],
  ] as const)('%s: every Japanese text is in Japanese, but for the few that read the same in both', (_name, table, same) => {
    const notJapanese = Object.entries(table('ja'))
      .filter(([, value]) => !JAPANESE.test(shown(value)))
      .map(([key]) => key);
    expect(notJapanese.sort()).toEqual([...same].sort());
  });

  it('says singular and plural right', () => {
    expect(strings('en').count(1)).toBe('1 initiative');
    expect(strings('en').count(106)).toBe('106 initiatives');
    expect(strings('ja').count(106)).toBe('106件の取組');
  });
});
