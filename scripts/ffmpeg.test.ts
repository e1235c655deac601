import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { avcLabel, ffmpegArgs, ffmpegMissing, startFfmpeg } from './ffmpeg.ts';

const dir = mkdtempSync(join(tmpdir(), 'foip-ffmpeg-'));

/** A width×height RGBA frame of one colour. */
function solid(width: number, height: number, [r, g, b]: [number, number, number]): Uint8Array {
  const frame = new Uint8Array(width * height * 4);
  for (let i = 0; i < frame.length; i += 4) frame.set([r, g, b, 255], i);
  return frame;
}

describe('ffmpegArgs', () => {
  it('reads raw RGBA of the size and rate from standard input and writes fast-start H.264 4:2:0 tagged BT.709', () => {
    const args = ffmpegArgs({ width: 1280, height: 720, fps: 30, out: 'clip.mp4' });
    const after = (flag: string) => args[args.indexOf(flag) + 1];
    expect(after('-f')).toBe('rawvideo');
    expect(after('-pix_fmt')).toBe('rgba');
    expect(after('-video_size')).toBe('1280x720');
    expect(after('-framerate')).toBe('30');
    expect(after('-i')).toBe('pipe:0');
    expect(after('-c:v')).toBe('libx264');
    expect(after('-vf')).toContain('format=yuv420p');
    expect(after('-colorspace')).toBe('bt709');
    expect(after('-g')).toBe('60');
    expect(after('-movflags')).toBe('+faststart');
    expect(args.at(-1)).toBe('clip.mp4');
  });
});

describe('avcLabel', () => {
  it('names the profile and level of an avc1 codec string', () => {
    expect(avcLabel('avc1.640028')).toBe('H.264 High, level 4.0');
    expect(avcLabel('avc1.64001f')).toBe('H.264 High, level 3.1');
    expect(avcLabel('avc1.4d401e')).toBe('H.264 Main, level 3.0');
    expect(avcLabel('vp09.00.40.08')).toBe('H.264');
  });
});

describe('ffmpegMissing', () => {
  it('says why when the command is not there', () => {
    expect(ffmpegMissing('no-such-ffmpeg-here')).toBe('no-such-ffmpeg-here is not on the PATH');
  });
  it('finds libx264 in the ffmpeg the tests use', () => {
    expect(ffmpegMissing()).toBeNull();
  });
});

describe('startFfmpeg', () => {
  it('writes every frame given as an H.264 MP4 that ffprobe reads back, index first', async () => {
    const out = join(dir, 'colours.mp4');
    const encoder = startFfmpeg({ width: 64, height: 48, fps: 10, out });
    const colours: [number, number, number][] = [
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
    ];
    for (let i = 0; i < 15; i++) await encoder.write(solid(64, 48, colours[Math.floor(i / 5)]!));
    const receipt = await encoder.finish();
    expect(receipt.codec).toMatch(/^avc1\.64[0-9a-f]{4}$/);
    expect(receipt.mimeType).toBe(`video/mp4; codecs="${receipt.codec}"`);
    expect(receipt.label).toMatch(/^H\.264 High, level \d\.\d \(libx264, ffmpeg\)$/);
    expect([receipt.frames, receipt.durationSeconds]).toEqual([15, 1.5]);

    const probed = JSON.parse(
      execFileSync('ffprobe', ['-v', 'error', '-count_frames', '-show_streams', '-of', 'json', out], { encoding: 'utf8' }),
    ) as { streams: Record<string, string | number>[] };
    const [stream] = probed.streams;
    expect(stream).toMatchObject({ codec_name: 'h264', profile: 'High', width: 64, height: 48, pix_fmt: 'yuv420p', color_space: 'bt709' });
    expect(stream!['nb_read_frames']).toBe('15');
    expect(stream!['r_frame_rate']).toBe('10/1');
    // Fast start: the index (moov) comes before the frames (mdat).
    const text = readFileSync(out).toString('latin1');
    expect(text.indexOf('moov')).toBeGreaterThan(0);
    expect(text.indexOf('moov')).toBeLessThan(text.indexOf('mdat'));
    // The colours come back: the middle frame of the second second is green.
    const rgb = execFileSync('ffmpeg', [
      '-v',
      'error',
      '-i',
      out,
      '-vf',
      'select=eq(n\\,7)',
      '-frames:v',
      '1',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      '-',
    ]);
    const [r, g, b] = rgb.subarray((24 * 64 + 32) * 3, (24 * 64 + 32) * 3 + 3);
    expect(g!).toBeGreaterThan(200);
    expect(Math.max(r!, b!)).toBeLessThan(40);
  });

  it('refuses a frame of the wrong size, naming both sizes, and says why ffmpeg failed', async () => {
    const encoder = startFfmpeg({ width: 64, height: 48, fps: 10, out: join(dir, 'wrong.mp4') });
    await expect(encoder.write(new Uint8Array(10))).rejects.toThrow('A 64×48 frame is 12288 bytes of RGBA; 10 bytes came.');
    encoder.cancel();
    const broken = startFfmpeg({ width: 64, height: 48, fps: 10, out: join(dir, 'no-such-dir', 'x.mp4') });
    await broken.write(solid(64, 48, [0, 0, 0])).catch(() => undefined);
    await expect(broken.finish()).rejects.toThrow(/ffmpeg|No such file/);
  });
});
