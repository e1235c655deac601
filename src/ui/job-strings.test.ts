import { describe, expect, it } from 'vitest';
import { describeVideo, JOB_KINDS, jobStrings, jobTexts } from './job-strings.ts';

describe('jobStrings', () => {
  it('has every text in both languages, none empty', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const [key, value] of Object.entries(jobStrings(lang))) {
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)('x', 'y', 'z') : value;
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('counts frames in each language', () => {
    expect(jobStrings('en').videoFrames(45, 156)).toBe('45 of 156 frames');
    expect(jobStrings('ja').videoFrames(45, 156)).toBe('156コマ中45コマ');
  });

  it('says what every kind of job is making, and a cancelled deck or video that nothing was saved', () => {
    for (const kind of JOB_KINDS) expect(jobTexts(kind, 'en').heading('OSA')).not.toBe('');
    expect(jobTexts('deck', 'en').heading('OSA')).toBe('Making “OSA” as a PowerPoint deck');
    expect(jobTexts('deck', 'ja').count(2, 5)).toBe('5ステップ中2');
    expect(jobTexts('video', 'en').cancelled).toContain('nothing was saved');
    expect(jobTexts('deck', 'ja').cancelled).toContain('何も保存していません');
  });
});

describe('describeVideo', () => {
  const mp4 = {
    bytes: new Uint8Array(),
    mimeType: 'video/mp4',
    extension: 'mp4',
    codec: 'avc1.640028',
    label: 'H.264 High',
    refused: [],
    reason: '',
    width: 1280,
    height: 720,
    fps: 30,
    frames: 90,
    durationSeconds: 3,
  } as const;
  it('names the codec and container, and the codecs the browser refused', () => {
    expect(describeVideo(mp4, 'en')).toBe('H.264 High (avc1.640028) in MP4.');
    expect(describeVideo({ ...mp4, refused: ['avc1.640028'], label: 'H.264 Baseline', codec: 'avc1.42001f' }, 'en')).toBe(
      'H.264 Baseline (avc1.42001f) in MP4. This browser cannot encode avc1.640028.',
    );
  });
  it('says why a video is WebM, and what a GIF is', () => {
    expect(describeVideo({ ...mp4, extension: 'webm', label: 'VP9', codec: 'vp09.00.10.08', refused: ['avc1.640028'] }, 'en')).toContain(
      'so the video is WebM (VP9)',
    );
    expect(describeVideo({ ...mp4, extension: 'gif', width: 960, height: 540, fps: 10 }, 'ja')).toBe(
      'GIF 960×540、毎秒10コマ、繰り返し再生。',
    );
  });
});
