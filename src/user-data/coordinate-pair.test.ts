import { describe, expect, it } from 'vitest';
import { splitPair } from './coordinate-pair';
import type { CellValue } from './types';

describe('splitPair', () => {
  it.each<[CellValue, readonly [string, string] | null]>([
    ['35.68, 139.76', ['35.68', '139.76']],
    ['35.68,139.76', ['35.68', '139.76']],
    ['35.68 139.76', ['35.68', '139.76']],
    ['(35.68; 139.76)', ['35.68', '139.76']],
    ['[139.76, 35.68]', ['139.76', '35.68']],
    ['35,68 139,76', ['35,68', '139,76']],
    ['35,68, 139,76', ['35,68', '139,76']],
    ["35°40'52\"N, 139°45'E", ['35°40\'52"N', "139°45'E"]],
    ['35.68', null],
    ['1, 2, 3', null],
    [', 139.7', null],
    ['', null],
    [null, null],
    [35.68, null],
  ])('%j → %j', (cell, parts) => {
    expect(splitPair(cell)).toEqual(parts);
  });
});
