import { describe, expect, it } from 'vitest';
import { choroplethClasses, choroplethColor, pillarColor } from './palette.ts';

/** WCAG relative luminance and contrast. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Deuteranopia and protanopia simulation (Viénot, Brettel & Mollon 1999, in linear RGB). */
function simulate(hex: string, kind: 'deutan' | 'protan'): [number, number, number] {
  const lin = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const [r, g, b] = lin;
  return kind === 'protan'
    ? [0.11238 * r + 0.88762 * g, 0.11238 * r + 0.88762 * g, 0.00401 * r - 0.00401 * g + b]
    : [0.29275 * r + 0.70725 * g, 0.29275 * r + 0.70725 * g, -0.02234 * r + 0.02234 * g + b];
}
function distance(a: [number, number, number], b: [number, number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

describe('pillar colours', () => {
  const colours = [1, 2, 3].map((p) => pillarColor(p as 1 | 2 | 3));

  it('are three different colours', () => {
    expect(new Set(colours).size).toBe(3);
  });

  it.each(['deutan', 'protan'] as const)('stay apart under %s colour blindness', (kind) => {
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(distance(simulate(colours[i]!, kind), simulate(colours[j]!, kind))).toBeGreaterThan(0.12);
  });

  it('stand out from the land colour (WCAG 3:1 for graphics) with their white outline', () => {
    for (const colour of colours) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

describe('choropleth', () => {
  it('has five classes that cover 1 and up', () => {
    expect(choroplethClasses().map((c) => c.label)).toEqual(['1', '2–3', '4–7', '8–15', '16+']);
  });
  it('darkens with the count', () => {
    const l = [1, 2, 4, 8, 16].map((n) => luminance(choroplethColor(n)));
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]!);
  });
});
