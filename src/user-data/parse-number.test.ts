import { describe, expect, it } from 'vitest';
import { parseNumber, type NumberOptions } from './parse-number';
import type { CellValue } from './types';

const comma: NumberOptions = { decimalComma: false }; // a comma-separated file
const other: NumberOptions = { decimalComma: true }; // semicolon, tab, bar, or a spreadsheet

describe('parseNumber: values it reads', () => {
  it.each<[CellValue, NumberOptions, number]>([
    [35.6, comma, 35.6],
    ['35.6', comma, 35.6],
    ['  -12.5 ', comma, -12.5],
    ['+7', comma, 7],
    ['.5', comma, 0.5],
    ['1e3', comma, 1000],
    ['1,234.5', comma, 1234.5],
    ['15,550,408.91', comma, 15550408.91],
    ['1,234', comma, 1234],
    ['1 234.5', comma, 1234.5],
    ['1\u00a0234\u00a0567', comma, 1234567],
    ['1 234,5', other, 1234.5],
    ['139,7', other, 139.7],
    ['1.234,5', other, 1234.5],
    ['1.234.567', other, 1234567],
    ['\u221235.2', comma, -35.2], // Unicode minus
    ['\u201335.2', comma, -35.2], // en dash, as word processors turn a hyphen
    ['１３９．７', comma, 139.7], // full-width digits and point
    ['－３５．２', comma, -35.2], // full-width minus
    ['35.68N', { decimalComma: false, axis: 'lat' }, 35.68],
    ['35.68 s', { decimalComma: false, axis: 'lat' }, -35.68],
    ['S 12.5', { decimalComma: false, axis: 'lat' }, -12.5],
    ['139.76°E', { decimalComma: false, axis: 'lon' }, 139.76],
    ['W 75.5', { decimalComma: false, axis: 'lon' }, -75.5],
    ['139.76°', comma, 139.76],
    ['35º', comma, 35], // a masculine ordinal typed for a degree sign
    ['35°40\'52"N', { decimalComma: false, axis: 'lat' }, 35 + 40 / 60 + 52 / 3600],
    ['35° 40′ 52″ N', { decimalComma: false, axis: 'lat' }, 35 + 40 / 60 + 52 / 3600],
    ["35°40.5'", comma, 35 + 40.5 / 60],
    ['35:40:52', comma, 35 + 40 / 60 + 52 / 3600],
    ['35 40 52 N', { decimalComma: false, axis: 'lat' }, 35 + 40 / 60 + 52 / 3600],
    ['北緯35度40分52秒', { decimalComma: false, axis: 'lat' }, 35 + 40 / 60 + 52 / 3600],
    ['東経139度45分', { decimalComma: false, axis: 'lon' }, 139.75],
    ['南緯12.5度', { decimalComma: false, axis: 'lat' }, -12.5],
    ["12°30,5'S", { decimalComma: true, axis: 'lat' }, -(12 + 30.5 / 60)],
  ])('%j (%j) → %d', (cell, options, value) => {
    const parsed = parseNumber(cell, options);
    expect(parsed.problem).toBeNull();
    expect(parsed.value).toBeCloseTo(value, 9);
  });
});

describe('parseNumber: values it refuses, and why', () => {
  it.each<[CellValue, NumberOptions, string]>([
    [null, comma, 'blank'],
    ['', comma, 'blank'],
    ['   ', comma, 'blank'],
    ['abc', comma, 'not-a-number'],
    ['N/A', comma, 'not-a-number'],
    ['-', comma, 'not-a-number'],
    ['NaN', comma, 'not-a-number'],
    ['Infinity', comma, 'not-a-number'],
    ['1e999', comma, 'not-a-number'],
    [Number.NaN, comma, 'not-a-number'],
    [true, comma, 'not-a-number'],
    ['0x1F', comma, 'not-a-number'],
    ['1,23,4', comma, 'not-a-number'],
    ['12,34.5', comma, 'not-a-number'],
    ['35.6 approx', comma, 'not-a-number'],
    ['<img src=x onerror=alert(1)>', comma, 'not-a-number'],
    ['139,7', comma, 'decimal-comma'],
    ['35.6E', { decimalComma: false, axis: 'lat' }, 'hemisphere'],
    ['139.7N', { decimalComma: false, axis: 'lon' }, 'hemisphere'],
    ['北緯35', { decimalComma: false, axis: 'lon' }, 'hemisphere'],
    ["35°75'", comma, 'minutes-seconds'],
    ['35°40\'60"', comma, 'minutes-seconds'],
    ["35.5°40'", comma, 'not-a-number'],
    ['1°2\'3"4', comma, 'not-a-number'],
  ])('%j (%j) → %s', (cell, options, problem) => {
    expect(parseNumber(cell, options)).toEqual({ value: null, problem });
  });

  it('accepts any hemisphere letter when no axis is given', () => {
    expect(parseNumber('35.6E', comma).value).toBe(35.6);
  });
});
