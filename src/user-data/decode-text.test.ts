import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { shiftJis } from './testing/shift-jis';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => new Uint8Array(parts.flatMap((p) => Array.from(p)));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (littleEndian) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

describe('decodeText: text', () => {
  it.each([
    ['plain UTF-8', utf8('緯度,経度\n35.6,139.7\n'), 'utf-8', false],
    ['UTF-8 with a BOM, which is removed', concat([0xef, 0xbb, 0xbf], utf8('緯度,経度\n35.6,139.7\n')), 'utf-8', true],
    ['UTF-16 LE with a BOM', concat([0xff, 0xfe], utf16('緯度,経度\n35.6,139.7\n', true)), 'utf-16le', true],
    ['UTF-16 BE with a BOM', concat([0xfe, 0xff], utf16('緯度,経度\n35.6,139.7\n', false)), 'utf-16be', true],
    ['Shift_JIS from Excel', shiftJis('緯度,経度\r\n35.6,139.7\r\n').subarray(0), 'shift_jis', false],
  ] as const)('%s', (_name, bytes, encoding, bom) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.encoding).toBe(encoding);
    expect(result.value.bom).toBe(bom);
    expect(result.value.text.replace(/\r\n/g, '\n')).toBe('緯度,経度\n35.6,139.7\n');
    expect(result.value.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('says Shift_JIS was read because the bytes are not UTF-8, in both languages', () => {
    const result = decodeText(shiftJis('名称\n東京\n'));
    expect(result.ok && result.value.note.en).toMatch(/Shift_JIS.*not valid UTF-8/);
    expect(result.ok && result.value.note.ja).toContain('Shift_JIS');
  });

  it('falls back to Windows-1252 when the bytes are neither UTF-8 nor Shift_JIS', () => {
    const result = decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a])); // "Café,1" in Latin-1
    expect(result.ok && result.value.encoding).toBe('windows-1252');
    expect(result.ok && result.value.text).toBe('Café,1\n');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: true, value: { text: '', encoding: 'utf-8' } });
  });
});

describe('decodeText: not text', () => {
  it.each([
    ['a ZIP archive (an .xlsx renamed .csv)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /ZIP/],
    ['an old .xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], /\.xls/],
    ['a PDF', utf8('%PDF-1.7\n'), /PDF/],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /PNG/],
    ['bytes with NULs', [0x61, 0x00, 0x62, 0x2c], /binary/],
    ['mostly control bytes', Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), /binary/],
  ])('refuses %s as not-what-it-says', (_name, bytes, what) => {
    const result = decodeText(new Uint8Array(bytes));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-what-it-says');
    expect(result.error.message.en).toMatch(what);
    expect(result.error.message.ja.length).toBeGreaterThan(10);
  });
});
