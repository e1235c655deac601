import { describe, expect, it } from 'vitest';
import { parseOptions } from './brief.ts';

describe('brief command line', () => {
  it.each([
    [['--out', 'all.pdf'], { query: '', lang: 'en', out: 'all.pdf' }],
    [['--query', 'country=PHL', '--lang', 'ja', '--out', 'phl.pdf'], { query: 'country=PHL', lang: 'ja', out: 'phl.pdf' }],
    // The query's own lang is the default; --lang wins over it; a leading "?" is allowed.
    [['--query', '?lang=ja&tool=OSA', '--out', 'osa.PDF'], { query: 'tool=OSA', lang: 'ja', out: 'osa.PDF' }],
    [['--query', 'lang=ja&tool=OSA', '--lang', 'en', '--out', 'osa.pdf'], { query: 'tool=OSA', lang: 'en', out: 'osa.pdf' }],
  ])('reads %j', (args, options) => {
    expect(parseOptions(args)).toEqual(options);
  });

  it.each([
    [[], '--out is required: the PDF file to write'],
    [['--out', 'phl.png'], '--out names the PDF file and ends in .pdf; got "phl.png"'],
    [['--out', 'phl.pdf', '--lang', 'fr'], '--lang expects en or ja; got "fr"'],
    [['--out', 'phl.pdf', '--query', 'lang=de'], '--lang expects en or ja; got "de"'],
  ])('rejects %j, saying what was expected', (args, message) => {
    expect(() => parseOptions(args)).toThrow(message);
  });
});
