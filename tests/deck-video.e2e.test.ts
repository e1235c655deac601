/**
 * `npm run slides -- --format pptx --video` end to end: the command line records each step's clip
 * in the built app, and the deck is read back without pptxgenjs or the browser: its OOXML parts
 * (fflate), each clip with ffprobe and ffmpeg, and LibreOffice's PDF of the deck.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../scripts/png.ts';
import { readPptx, readWithLibreOffice, relationships, slideParts } from './pptx-reader.ts';
import { frameChanges, probe, rate } from './video-probe.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'foip-deck-video-'));

beforeAll(() => {
  if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
});

describe('npm run slides -- --format pptx --video', () => {
  it("puts on each step slide its camera flight as an H.264 clip, the slide's still as its poster", { timeout: 300_000 }, async () => {
    // The focus-area autoplay: 3 steps. At 5 fps each clip is the flight in (1.2 s: 6 frames; step 1's
    // from the opening view) and the hold (0.4 s: 2 frames).
    const out = join(dir, 'autoplay-pillar.pptx');
    const { stdout } = await run(
      'npx',
      [
        'tsx',
        'scripts/slides.ts',
        '--tour',
        'autoplay-pillar',
        '--format',
        'pptx',
        '--size',
        '640x360',
        '--video',
        '--fps',
        '5',
        '--hold',
        '0.4',
        '--out',
        out,
      ],
      { timeout: 280_000 },
    );
    // CI has Debian's ffmpeg: the clips are encoded by it, not by the browser.
    expect(stdout).toContain("Encoding with the system's ffmpeg (libx264).");
    expect(stdout).toContain(`wrote ${out}: 5 slides (3 steps, pictures 640×360, en), a clip per step (H.264`);
    expect(stdout).toContain('640×360, 5 fps, 8 frames: 1.60 s)');
    // Progress: the steps done, and the frames of the clip under way.
    expect(stdout).toContain('[####################..........] 2/3 steps · step 3 · clip 8/8 frames');

    const file = new Uint8Array(readFileSync(out));
    const parts = readPptx(file);
    const slides = slideParts(parts);
    expect(slides).toHaveLength(5);
    const clips = parts.names.filter((n) => /^ppt\/media\/.+\.mp4$/.test(n));
    expect(clips).toHaveLength(3);
    // Title and closing slides have none.
    for (const slide of [slides[0]!, slides[4]!]) expect(parts.xml(slide)).not.toContain('<a:videoFile');

    const used: string[] = [];
    for (const [i, slide] of slides.slice(1, -1).entries()) {
      const xml = parts.xml(slide);
      const rels = relationships(parts, slide);
      // The slide's video, by the link its <a:videoFile> names.
      const link = /<a:videoFile r:link="(rId\d+)"\/>/.exec(xml)?.[1];
      const video = rels.get(link ?? '');
      expect(video?.type, slide).toBe('video');
      expect(clips).toContain(video!.target);
      used.push(video!.target);
      // The poster is the video shape's own picture, and it is the slide's still.
      const [, still, poster] =
        /^.*?<p:pic>.*?r:embed="(rId\d+)".*?<\/p:pic>.*?<a:videoFile.*?<p:blipFill><a:blip r:embed="(rId\d+)"/s.exec(xml) ?? [];
      const posterBytes = parts.bytes(rels.get(poster ?? '')!.target);
      expect(pngSize(posterBytes)).toEqual({ width: 640, height: 360 });
      expect(posterBytes).toEqual(parts.bytes(rels.get(still ?? '')!.target));

      const path = join(dir, `clip-${i + 1}.mp4`);
      writeFileSync(path, parts.bytes(video!.target));
      const { stream, formatName } = await probe(path);
      expect(formatName).toContain('mp4');
      expect(stream.codec_name).toBe('h264');
      expect([stream.width, stream.height]).toEqual([640, 360]);
      expect(rate(stream.r_frame_rate)).toBe(5);
      expect(Number(stream.nb_read_frames)).toBe(6 + 2);
      // The camera flies in (every flight frame moves the map), then holds; no progress strip is drawn.
      const change = await frameChanges(path, 640, 360, 0);
      const seen = change.map((c) => (c * 1000).toFixed(1)).join(' ');
      expect(Math.min(...change.slice(1, 6)), `step ${i + 1}, ‰ changed per frame: ${seen}`).toBeGreaterThan(0.001);
      expect(change[7], `step ${i + 1}, ‰ changed per frame: ${seen}`).toBeLessThan(0.001);
    }
    // A clip of its own for every step slide.
    expect(new Set(used).size).toBe(3);
    expect(readWithLibreOffice(file).pages).toBe(5);
  });

  it('refuses --video without a deck, saying what it needs', async () => {
    const failure = await run('npx', ['tsx', 'scripts/slides.ts', '--tour', 'osa', '--out', join(dir, 'slides'), '--video']).catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect('code' in failure && failure.code).toBe(1);
    expect('stderr' in failure && failure.stderr).toContain(
      "--video puts each step's camera flight on its slide, so it needs --format pptx",
    );
  });
});
