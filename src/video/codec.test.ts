import { describe, expect, it } from 'vitest';
import { avcLevel, chooseCodec, codecCandidates, vp9Level, type ConfigSupport } from './codec.ts';

/** A browser that encodes exactly these codec strings. */
const browser =
  (...codecs: string[]): ConfigSupport =>
  async (config) => ({ supported: codecs.includes(config.codec) });

describe('levels', () => {
  it.each([
    [640, 360, 10, '3.0', 0x1e],
    [1280, 720, 30, '3.1', 0x1f],
    [1280, 720, 60, '3.2', 0x20],
    [1920, 1080, 30, '4.0', 0x28],
    [1920, 1080, 60, '4.2', 0x2a],
    [3840, 2160, 30, '5.1', 0x33],
  ])('H.264 at %i×%i, %i fps needs level %s', (w, h, fps, name, idc) => {
    expect(avcLevel(w, h, fps)).toEqual({ idc, name });
  });

  it.each([
    [640, 360, 10, 21],
    [1920, 1080, 30, 40],
    [3840, 2160, 30, 50],
  ])('VP9 at %i×%i, %i fps is level code %i', (w, h, fps, code) => {
    expect(vp9Level(w, h, fps).code).toBe(code);
  });
});

describe('codecCandidates', () => {
  it('lists H.264 High, Main, Baseline in MP4, then VP9 in WebM', () => {
    expect(codecCandidates(1920, 1080, 30).map((c) => [c.codec, c.container])).toEqual([
      ['avc1.640028', 'mp4'],
      ['avc1.4d0028', 'mp4'],
      ['avc1.420028', 'mp4'],
      ['vp09.00.40.08', 'webm'],
    ]);
  });
});

describe('chooseCodec', () => {
  it('takes H.264 High where the browser offers it', async () => {
    const choice = await chooseCodec(1920, 1080, 30, browser('avc1.640028', 'avc1.420028', 'vp09.00.40.08'));
    expect(choice.candidate.codec).toBe('avc1.640028');
    expect(choice.config).toMatchObject({ codec: 'avc1.640028', width: 1920, height: 1080, framerate: 30, avc: { format: 'avc' } });
    expect(choice.reason).toMatch(/first choice/);
  });

  it('steps down to Baseline and names what was refused', async () => {
    const choice = await chooseCodec(1280, 720, 30, browser('avc1.42001f'));
    expect(choice.candidate.codec).toBe('avc1.42001f');
    expect(choice.refused).toEqual(['avc1.64001f', 'avc1.4d001f']);
    expect(choice.reason).toMatch(/cannot encode avc1\.64001f, avc1\.4d001f/);
  });

  it('falls back to VP9 in WebM without H.264, and says what that means for slide tools', async () => {
    const choice = await chooseCodec(1280, 720, 30, browser('vp09.00.31.08'));
    expect(choice.candidate).toMatchObject({ family: 'vp9', container: 'webm' });
    expect(choice.config.avc).toBeUndefined();
    expect(choice.reason).toMatch(/cannot encode H\.264.*WebM, not MP4/);
  });

  it('counts a config the browser rejects as refused', async () => {
    const picky: ConfigSupport = async (config) => {
      if (config.codec.startsWith('avc1.64')) throw new TypeError('bad profile');
      return { supported: true };
    };
    const choice = await chooseCodec(1280, 720, 30, picky);
    expect(choice.candidate.codec).toBe('avc1.4d001f');
    expect(choice.reason).toMatch(/bad profile/);
  });

  it('fails with every codec named when none is offered', async () => {
    await expect(chooseCodec(640, 360, 10, browser())).rejects.toThrow(
      /refused avc1\.64001e, avc1\.4d001e, avc1\.42001e, vp09\.00\.21\.08/,
    );
  });
});
