import { describe, expect, it } from 'vitest';
import { LOCATOR_LAND } from './locator-land.ts';
import { INDO_PACIFIC_FRAME, locatorDrawing, locatorFrame, MIN_BOX, viewBox } from './locator.ts';

const WIDTH = 220;

describe('viewBox', () => {
  it('spans what MapLibre shows: 512-pixel tiles, 1280 pixels at zoom 8 are 3.5°', () => {
    const box = viewBox({ lng: 134.5, lat: 7.4 }, 8, 1280, 720);
    expect(box.east - box.west).toBeCloseTo((1280 / (512 * 256)) * 360, 6);
    expect((box.west + box.east) / 2).toBeCloseTo(134.5, 6);
    expect(box.north - box.south).toBeGreaterThan(1.9);
    expect(box.north - box.south).toBeLessThan(2);
  });
  it('keeps a view across the antimeridian in one piece (east past 180)', () => {
    const box = viewBox({ lng: 179.5, lat: -17 }, 6, 1280, 720);
    expect(box.east).toBeGreaterThan(180);
    expect(box.west).toBeLessThan(180);
  });
});

describe('locatorFrame', () => {
  it.each([
    ['Palau', { lng: 134.5, lat: 7.4 }],
    ['Fiji, east of 180 as -179.8', { lng: -179.8, lat: -17 }],
    ['Tuvalu', { lng: 179.2, lat: -8.5 }],
    ['Mombasa', { lng: 39.7, lat: -4 }],
    ['Chile', { lng: -71, lat: -33 }],
  ])('shows the Indo-Pacific for %s', (_, center) => {
    expect(locatorFrame(viewBox(center, 8, 1280, 720))).toBe(INDO_PACIFIC_FRAME);
  });
  it.each([
    ['Paris', { lng: 2.35, lat: 48.85 }],
    ['Rio de Janeiro', { lng: -43.2, lat: -22.9 }],
  ])('shows the world centred on %s outside it', (_, center) => {
    const frame = locatorFrame(viewBox(center, 6, 1280, 720));
    expect(frame.region).toBe('world');
    expect((frame.west + frame.east) / 2).toBeCloseTo(center.lng, 6);
  });
});

describe('locatorDrawing', () => {
  it('puts the box where the view is, inside the inset', () => {
    const drawing = locatorDrawing(viewBox({ lng: 134.5, lat: 7.4 }, 6, 1280, 720), LOCATOR_LAND, WIDTH);
    const { x, y, width, height } = drawing.box;
    // Palau lies 119.5° into the 280° frame.
    expect((x + width / 2) / WIDTH).toBeCloseTo(119.5 / 280, 3);
    expect(y).toBeGreaterThan(0);
    expect(y + height).toBeLessThan(drawing.height);
    expect(drawing.height).toBe(Math.round(WIDTH / 2.26));
  });
  it('draws one box for a view across the antimeridian, the same however its longitudes are written', () => {
    const east = locatorDrawing({ west: 170, south: -22, east: 190, north: -12 }, LOCATOR_LAND, WIDTH).box;
    const west = locatorDrawing({ west: -190, south: -22, east: -170, north: -12 }, LOCATOR_LAND, WIDTH).box;
    expect(west.x).toBeCloseTo(east.x, 6);
    expect(east.width).toBeCloseTo((20 / 280) * WIDTH, 6);
    expect((east.x + east.width / 2) / WIDTH).toBeCloseTo(165 / 280, 3);
  });
  it('never draws the box smaller than it can be seen', () => {
    const { box } = locatorDrawing(viewBox({ lng: 173, lat: 1.4 }, 9, 1280, 720), LOCATOR_LAND, WIDTH);
    expect(box.width).toBe(MIN_BOX);
    expect(box.height).toBe(MIN_BOX);
  });
  it('draws the land as closed subpaths within the inset, with no ring across it', () => {
    const drawing = locatorDrawing(viewBox({ lng: 134.5, lat: 7.4 }, 6, 1280, 720), LOCATOR_LAND, WIDTH);
    const subpaths = drawing.land.split('Z').filter(Boolean);
    expect(subpaths.length).toBeGreaterThan(50);
    for (const path of subpaths) {
      const xs = [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
      // A ring jumping across ±180 would run across 360°; the widest real one, Afro-Eurasia, spans 208°.
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan((220 / 280) * WIDTH);
    }
  });
  it('draws land across the world frame’s edges (its copies on both sides)', () => {
    const drawing = locatorDrawing(viewBox({ lng: -43.2, lat: -22.9 }, 6, 1280, 720), LOCATOR_LAND, WIDTH);
    const xs = [...drawing.land.matchAll(/[ML](-?[\d.]+) /g)].map((m) => Number(m[1]));
    expect(xs.some((x) => x < 5)).toBe(true);
    expect(xs.some((x) => x > WIDTH - 5)).toBe(true);
  });
});
