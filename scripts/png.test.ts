import { describe, expect, it } from 'vitest';
import { dataUrlBytes, pngSize } from './png.ts';

// A 3×2 PNG (IHDR only matters here).
const header = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0,
]);

describe('pngSize', () => {
  it('reads width and height', () => {
    expect(pngSize(header)).toEqual({ width: 3, height: 2 });
  });
  it('is null for anything else', () => {
    expect(pngSize(Uint8Array.from([1, 2, 3]))).toBeNull();
    expect(pngSize(new TextEncoder().encode('<html>not a png, definitely not</html>'))).toBeNull();
  });
});

describe('dataUrlBytes', () => {
  it('decodes base64', () => {
    expect([...dataUrlBytes('data:image/png;base64,AQID')]).toEqual([1, 2, 3]);
  });
  it('refuses other URLs', () => {
    expect(() => dataUrlBytes('http://example.org/x.png')).toThrow('expected a data: URL');
  });
});
