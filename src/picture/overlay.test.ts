import { describe, expect, it } from 'vitest';
import { drawOverlay, wrap, type ImageOverlay } from './overlay.ts';

describe('wrap', () => {
  // A fake measure: every character is 10 px wide.
  const ctx = { font: '', measureText: (text: string) => ({ width: text.length * 10 }) as TextMetrics };
  it('breaks English between words', () => {
    expect(wrap(ctx, 'Official Security Assistance for Fiji', '', 100)).toEqual(['Official', 'Security', 'Assistance', 'for Fiji']);
  });
  it('breaks Japanese between characters', () => {
    expect(wrap(ctx, '政府安全保障能力強化支援', '', 50)).toEqual(['政府安全保', '障能力強化', '支援']);
  });
  it('returns nothing for empty text', () => {
    expect(wrap(ctx, '', '', 100)).toEqual([]);
  });
});

describe('drawOverlay', () => {
  /** A 2D context that records what is drawn: every character 10 px wide. */
  function recorder() {
    const calls: { name: string; args: unknown[] }[] = [];
    const ctx = new Proxy({ measureText: (text: string) => ({ width: text.length * 10 }) } as Record<string, unknown>, {
      get: (target, key: string) => (key in target ? target[key] : (...args: unknown[]) => void calls.push({ name: key, args })),
      set: () => true,
    }) as unknown as CanvasRenderingContext2D;
    return { ctx, calls, texts: () => calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]) };
  }
  const size = { width: 1920, height: 1080 };
  const full: ImageOverlay = {
    title: 'Security',
    subtitle: '8 initiatives',
    caption: 'Radar',
    legend: [{ color: '#D55E00', label: '3. Security (8)' }],
    footer: 'Source: FOIP Atlas',
  };

  it('draws the title box, the legend and the footer of an image', () => {
    const { ctx, calls, texts } = recorder();
    drawOverlay(ctx, size, full);
    expect(calls.filter((c) => c.name === 'roundRect')).toHaveLength(2);
    expect(texts()).toEqual(['Security', '8 initiatives', 'Radar', 'Source: FOIP Atlas', '3. Security (8)']);
  });

  it('draws only the footer for a deck picture (no title, no legend)', () => {
    const { ctx, calls, texts } = recorder();
    drawOverlay(ctx, size, { title: '', subtitle: '', legend: [], footer: 'Source: FOIP Atlas' });
    expect(calls.filter((c) => c.name === 'roundRect')).toHaveLength(0);
    expect(texts()).toEqual(['Source: FOIP Atlas']);
  });
});
