/**
 * recordTour with a stand-in map, tour and sink: which camera moves it asks for, how many frames it
 * hands on, and whether it draws the progress strip. Canvases are stand-ins too (Node has none); the
 * pixels are the browser tests' concern (tests/video.e2e.test.ts, tests/deck.e2e.test.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordTour, type RecordOptions, type TourSource } from './record.ts';
import type { RecordableMap } from './recordable.ts';
import type { FrameSink } from './sink.ts';
import { drawProgressStrip } from '../picture/strip.ts';
import { drawAnnotations } from '../picture/annotations.ts';
import type { Annotation } from '../data/annotation.ts';

vi.mock('../picture/strip.ts', () => ({ drawProgressStrip: vi.fn() }));
vi.mock('../picture/annotations.ts', async (original) => {
  const actual = await original<typeof import('../picture/annotations.ts')>();
  return { ...actual, drawAnnotations: vi.fn(), layoutAnnotations: vi.fn(actual.layoutAnnotations) };
});

/** A 2D context that takes any call (measureText answers a width of 0). */
function fakeContext(): CanvasRenderingContext2D {
  return new Proxy({} as CanvasRenderingContext2D, {
    get: (_, key) => (key === 'measureText' ? () => ({ width: 0 }) : () => undefined),
    set: () => true,
  });
}

beforeAll(() => {
  vi.stubGlobal('document', { createElement: () => ({ width: 0, height: 0, getContext: fakeContext }) });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  vi.mocked(drawProgressStrip).mockClear();
  vi.mocked(drawAnnotations).mockClear();
});

/** Steps named by their number; the map logs each camera move as [camera, ms]. */
function run(options: Omit<RecordOptions, 'settings'>, steps = 3, annotated: Record<number, readonly Annotation[]> = {}) {
  const moves: [number, number][] = [];
  const shown: number[] = [];
  let frames = 0;
  const map: RecordableMap<number> = {
    begin: () => undefined,
    setTime: () => undefined,
    moveTo: (camera, ms) => void moves.push([camera, ms]),
    // The camera pans east one degree a frame; every third frame the map had settled.
    drawn: async (capture) => {
      capture({} as HTMLCanvasElement, { west: 100 + frames, east: 160 + frames, south: -10, north: 30 });
      return frames % 3 === 2 ? 'still' : 'drawn';
    },
    end: () => undefined,
  };
  const tour: TourSource<number> = {
    length: steps,
    show: async (index) => {
      shown.push(index);
      const annotations = annotated[index];
      const overlay = { title: '', subtitle: '', legend: [], footer: 'Source' };
      return {
        camera: index,
        overlay: annotations ? { ...overlay, annotations: { items: annotations, lang: 'en' as const, drawn: true } } : overlay,
      };
    },
  };
  const sink: FrameSink = {
    readsPixels: false,
    add: async () => void frames++,
    finish: async () => ({
      bytes: new Uint8Array(0),
      mimeType: '',
      extension: 'none',
      codec: '',
      label: '',
      refused: [],
      reason: '',
      width: 64,
      height: 36,
      fps: 10,
      frames,
      durationSeconds: frames / 10,
    }),
    cancel: async () => undefined,
  };
  const settings = { format: 'mp4', width: 64, height: 36, fps: 10, holdSeconds: 0.5, notes: [] } as const;
  return recordTour(
    map,
    tour,
    () => sink,
    { settings, flightSeconds: 1.2, ...options },
    () => undefined,
    new AbortController().signal,
  ).then((video) => ({ moves, shown, frames, times: video.times }));
}

describe('recordTour', () => {
  it('counts the frames whose map was taken as it stood', async () => {
    const { frames, times } = await run({});
    expect(frames).toBe(39);
    expect(times.stillFrames).toBe(13);
  });

  it('cuts to step 1 of a whole tour, then flies to each later step', async () => {
    const { moves, frames } = await run({});
    expect(moves).toEqual([
      [0, 0],
      [1, 1200],
      [2, 1200],
    ]);
    expect(frames).toBe(5 + 2 * (12 + 5));
  });

  it('flies a clip of a later step in from the step before, shown first without a frame', async () => {
    const { moves, shown, frames } = await run({ first: 2, last: 2 });
    expect(shown).toEqual([1, 2]);
    expect(moves).toEqual([
      [1, 0],
      [2, 1200],
    ]);
    expect(frames).toBe(12 + 5);
  });

  it('with flyIntoFirst, flies a clip of step 1 in from where the camera is', async () => {
    const { moves, shown, frames } = await run({ first: 0, last: 0, flyIntoFirst: true });
    expect(shown).toEqual([0]);
    expect(moves).toEqual([[0, 1200]]);
    expect(frames).toBe(12 + 5);
  });

  it.each([
    [undefined, 17],
    [true, 17],
    [false, 0],
  ])('progressStrip %s: the strip is drawn on %i frames', async (progressStrip, drawn) => {
    await run({ first: 1, last: 1, progressStrip });
    expect(drawProgressStrip).toHaveBeenCalledTimes(drawn);
  });

  it('draws a step’s annotations on each of its frames, where the map is in that frame', async () => {
    const ring: Annotation = { kind: 'ring', at: [130, 10], radiusKm: 100, colour: 'teal' };
    await run({}, 3, { 1: [ring] });
    const calls = vi.mocked(drawAnnotations).mock.calls;
    expect(calls).toHaveLength(12 + 5);
    const centres = calls.map(([, marks]) => (marks[0]?.kind === 'ring' ? marks[0].centre[0] : NaN));
    // The map moves east under the ring, so it is drawn further west in each frame.
    expect(centres.every((x, i) => i === 0 || x < centres[i - 1]!)).toBe(true);
  });
});
