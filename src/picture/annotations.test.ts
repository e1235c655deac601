import { describe, expect, it } from 'vitest';
import type { Annotation } from '../data/annotation.ts';
import { layoutAnnotations, projectionOfBox, type Measure, type Project } from './annotations.ts';

/** Text half as wide as its font size per character, as a monospace would be. */
const measure: Measure = {
  font: '',
  measureText(text: string) {
    const size = Number(/(\d+(\.\d+)?)px/.exec(this.font)?.[1] ?? 10);
    return { width: text.length * size * 0.5 } as TextMetrics;
  },
};
/** 10 pixels a degree, y down, origin at 100°E 20°N. */
const flat: Project = ([lng, lat]) => [(lng - 100) * 10, (20 - lat) * 10];

describe('projectionOfBox', () => {
  const size = { width: 1000, height: 500 };
  it('puts the box’s corners at the picture’s corners and is Mercator in between', () => {
    const project = projectionOfBox({ west: 100, east: 160, south: -10, north: 30 }, size);
    expect(project([100, 30])).toEqual([0, 0]);
    const [x, y] = project([160, -10]);
    expect(x).toBeCloseTo(1000);
    expect(y).toBeCloseTo(500);
    // The equator is nearer the top than a linear scale would put it: Mercator stretches the north.
    expect(project([130, 0])[1]).toBeGreaterThan(0.6 * 500);
  });
  it('draws a point across ±180° on the copy the picture shows', () => {
    const project = projectionOfBox({ west: 160, east: 200, south: -20, north: 0 }, size);
    expect(project([-170, -10])[0]).toBeCloseTo(750);
    expect(project([179, -10])[0]).toBeCloseTo(475);
  });
});

describe('layoutAnnotations', () => {
  const label: Annotation = { kind: 'label', at: [110, 10], text: { en: 'Port', ja: '港' }, colour: 'crimson' };

  it('centres a label on its point, in the language asked for, in the palette’s colour', () => {
    const [mark] = layoutAnnotations([label], 'en', flat, 1, measure);
    expect(mark).toMatchObject({ kind: 'text', colour: '#b4123a', lines: ['Port'] });
    const box = mark?.kind === 'text' ? mark.box : null;
    expect(box).toEqual({ x: 100 - 22, y: 100 - 13.5, width: 44, height: 27 });
    expect(layoutAnnotations([label], 'ja', flat, 1, measure)[0]).toMatchObject({ lines: ['港'] });
  });

  it('scales with the picture: twice the unit, twice the text', () => {
    const one = layoutAnnotations([label], 'en', flat, 1, measure)[0];
    const two = layoutAnnotations([label], 'en', flat, 2, measure)[0];
    expect(two?.kind === 'text' && one?.kind === 'text' && two.box.width / one.box.width).toBe(2);
  });

  it('keeps text readable in a small picture: never under 12 px', () => {
    const [mark] = layoutAnnotations([label], 'en', flat, 0.3, measure);
    expect(mark?.kind === 'text' && mark.fontPx).toBe(12);
  });

  it('wraps long text and never draws an empty one', () => {
    const long = { ...label, text: { en: 'word '.repeat(40), ja: '' } };
    const [mark] = layoutAnnotations([long], 'en', flat, 1, measure);
    expect(mark?.kind === 'text' && mark.lines.length).toBeGreaterThan(3);
    expect(mark?.kind === 'text' && Math.max(...mark.lines.map((l) => l.length * 11))).toBeLessThanOrEqual(340);
    expect(layoutAnnotations([{ kind: 'ring', at: [110, 10], radiusKm: 10, colour: 'ink' }], 'en', flat, 1, measure)).toHaveLength(1);
  });

  it('ends an arrow’s head at its `to`, bows the curve, and puts its text behind the tail', () => {
    const arrow: Annotation = { kind: 'arrow', from: [110, 10], to: [130, 10], text: { en: 'Aid', ja: '' }, colour: 'ink' };
    const [shape, text] = layoutAnnotations([arrow], 'en', flat, 1, measure);
    if (shape?.kind !== 'arrow' || text?.kind !== 'text') throw new Error('expected an arrow and its text');
    expect(shape.head[0]).toEqual([300, 100]);
    expect(shape.from).toEqual([100, 100]);
    expect(shape.control[1]).toBeLessThan(100); // bowed upwards
    expect(Math.hypot(shape.end[0] - 300, shape.end[1] - 100)).toBeCloseTo(18);
    // East-bound: the text ends left of the tail.
    expect(text.box.x + text.box.width).toBeLessThan(100);
    expect(text.index).toBe(0);
  });

  it('sizes a ring from its radius in km, and puts its text above it', () => {
    const ring: Annotation = { kind: 'ring', at: [110, 0], radiusKm: 222.64, text: { en: 'Here', ja: '' }, colour: 'teal' };
    const [shape, text] = layoutAnnotations([ring], 'en', flat, 1, measure);
    expect(shape).toMatchObject({ kind: 'ring', centre: [100, 200] });
    expect(shape?.kind === 'ring' && shape.radius).toBeCloseTo(20);
    expect(text?.kind === 'text' && text.box.y + text.box.height).toBeLessThan(200 - 20);
  });

  it('draws shapes before any text, so no line crosses a word', () => {
    const marks = layoutAnnotations(
      [
        label,
        { kind: 'ring', at: [105, 5], radiusKm: 50, colour: 'ink' },
        { kind: 'country', country: 'PHL', at: [121, 12], text: { en: 'PHL', ja: '' }, colour: 'amber' },
      ],
      'en',
      flat,
      1,
      measure,
    );
    expect(marks.map((m) => [m.kind, m.index])).toEqual([
      ['ring', 1],
      ['text', 0],
      ['text', 2],
    ]);
  });
});
