import { describe, expect, it } from 'vitest';
import { videoSettings } from './settings.ts';

describe('videoSettings', () => {
  it('defaults to MP4 at 30 fps with a 3 s hold', () => {
    expect(videoSettings({ width: 1920, height: 1080 })).toEqual({
      ok: true,
      value: { format: 'mp4', width: 1920, height: 1080, fps: 30, holdSeconds: 3, notes: [] },
    });
  });

  it('scales a wide GIF down to 960 pixels, keeping its shape, and says so', () => {
    const result = videoSettings({ width: 1920, height: 1080, format: 'gif' });
    expect(result.ok && result.value).toMatchObject({ format: 'gif', width: 960, height: 540, fps: 10 });
    expect(result.ok && result.value.notes[0]).toMatch(/scaled to 960×540/);
  });

  it('keeps a GIF that is narrow enough', () => {
    const result = videoSettings({ width: 640, height: 360, format: 'gif', fps: 5 });
    expect(result.ok && result.value).toMatchObject({ width: 640, height: 360, fps: 5, notes: [] });
  });

  it.each([
    [{ width: 1920, height: 1080, format: 'avi' }, /mp4 or gif/],
    [{ width: 1921, height: 1080 }, /even width and height/],
    [{ width: 32, height: 32 }, /64–4096/],
    [{ width: 5000, height: 1080 }, /64–4096/],
    [{ width: 1920, height: 1080, fps: 0 }, /1 to 60/],
    [{ width: 1920, height: 1080, fps: 29.97 }, /whole number/],
    [{ width: 1920, height: 1080, holdSeconds: -1 }, /hold/],
    [{ width: 1920, height: 1080, holdSeconds: Number.NaN }, /hold/],
    [{ width: 960, height: 540, format: 'gif', fps: 30 }, /hundredths/],
  ])('refuses %j with a message that says why', (input, message) => {
    const result = videoSettings(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});
