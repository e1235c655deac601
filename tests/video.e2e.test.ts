/**
 * Video of a tour, end to end: the command line records in headless Chromium, and the files are
 * read back with ffprobe and ffmpeg (Debian's `ffmpeg`): codec, size, frame rate, a frame count of
 * exactly duration × fps, frames that change during each flight and stay put in each hold. And in
 * the UI: Record video shows its progress and Cancel puts everything back.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import japanIndia from '../data/tours/japan-india.json' with { type: 'json' };
import { appSuite, settled } from './app-page.ts';
import { frameChanges, probe, rate } from './video-probe.ts';

const run = promisify(execFile);
const open = appSuite();
const dir = mkdtempSync(join(tmpdir(), 'foip-video-'));

/** Height of the progress strip at the top of 360-pixel frames (strip.ts: 8 px per 1080, at least 3), and a margin. */
const STRIP = 8;

describe('npm run video', () => {
  it.each([
    ['ffmpeg', /H\.264 High, level \d\.\d \(libx264, ffmpeg\)/],
    ['browser', /H\.264 (High|Main|Baseline)/],
  ] as const)(
    'writes with the %s encoder an H.264 MP4 whose frames are the plan: flights that move and holds that stay',
    { timeout: 300_000 },
    async (encoder, label) => {
      // Steps 4–5 of Japan–India: the clip flies in from step 3 to step 4 (framing its initiatives),
      // holds, flies to step 5's saved view, holds. At 10 fps: 12 flight frames (1.2 s) and 5 hold frames (0.5 s) each.
      expect(japanIndia.steps[4]!.view).toBeDefined();
      const out = join(dir, `japan-india-${encoder}.mp4`);
      const { stdout } = await run(
        'npx',
        [
          'tsx',
          'scripts/video.ts',
          '--tour',
          'japan-india',
          '--steps',
          '4-5',
          '--out',
          out,
          '--size',
          '640x360',
          '--fps',
          '10',
          '--hold',
          '0.5',
          '--encoder',
          encoder,
        ],
        { timeout: 280_000 },
      );
      expect(stdout).toContain(
        encoder === 'ffmpeg' ? "Encoding with the system's ffmpeg (libx264)." : 'Encoding in the browser (WebCodecs), as asked.',
      );
      expect(stdout).toContain(`wrote ${out}`);
      expect(stdout).toMatch(label);
      // Once the map has settled in a hold, its frames are taken as they stood (the holds below stay put all the same).
      const still = /(\d+) of 34 frames showed a settled map/.exec(stdout);
      expect(Number(still?.[1]), stdout).toBeGreaterThanOrEqual(1);
      expect(Number(still?.[1]), stdout).toBeLessThanOrEqual(2 * 5);

      const { stream, formatName } = await probe(out);
      expect(formatName).toContain('mp4');
      expect(stream.codec_name).toBe('h264');
      expect([stream.width, stream.height]).toEqual([640, 360]);
      expect(rate(stream.r_frame_rate)).toBe(10);
      expect(rate(stream.avg_frame_rate)).toBe(10);
      const frames = Number(stream.nb_read_frames);
      expect(frames).toBe(2 * (12 + 5));
      expect(frames).toBe(Math.round(Number(stream.duration) * 10));

      const change = await frameChanges(out, 640, 360, STRIP);
      expect(change).toHaveLength(frames);
      const flights = [change.slice(1, 12), change.slice(18, 29)];
      const holds = [change.slice(13, 17), change.slice(30, 34)];
      const seen = change.map((c) => (c * 1000).toFixed(1)).join(' ');
      // Every frame of a flight moves the picture (no doubled frames); every frame of a hold keeps it.
      for (const flight of flights) expect(Math.min(...flight), `‰ changed per frame: ${seen}`).toBeGreaterThan(0.001);
      for (const hold of holds) expect(Math.max(...hold), `‰ changed per frame: ${seen}`).toBeLessThan(0.001);
    },
  );

  it('writes a GIF at most 960 pixels wide, scaled from a larger size, with every frame', { timeout: 300_000 }, async () => {
    const out = join(dir, 'osa.gif');
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/video.ts', '--tour', 'osa', '--steps', '1-2', '--out', out, '--size', '1920x1080', '--fps', '5', '--hold', '0.4'],
      { timeout: 280_000 },
    );
    expect(stdout).toContain('scaled to 960×540');
    const { stream } = await probe(out);
    expect(stream.codec_name).toBe('gif');
    expect([stream.width, stream.height]).toEqual([960, 540]);
    // Step 1 holds 2 frames (0.4 s at 5 fps); step 2 flies 6 frames (1.2 s) and holds 2.
    expect(Number(stream.nb_read_frames)).toBe(2 + 6 + 2);
    const change = await frameChanges(out, 960, 540, 12);
    expect(Math.min(...change.slice(3, 8)), change.join(' ')).toBeGreaterThan(0.001);
  });

  it('refuses bad options with a message that says what it expects', async () => {
    const failure = await run('npx', ['tsx', 'scripts/video.ts', '--tour', 'osa', '--out', join(dir, 'x.mp4'), '--size', '641x360']).catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect('code' in failure && failure.code).toBe(1);
    expect('stderr' in failure && failure.stderr).toMatch(/even width and height/);
  });
});

describe('Record video in the tour player', () => {
  it(
    'shows frames done with a progress bar; the keyboard leaves the tour alone, and Escape cancels and puts the map and the tour back',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await open('tour=osa&step=2');
      await page.locator('[data-testid="tour-player"]').waitFor();
      await settled(page);
      const before = await page.evaluate(() => {
        const map = window.foipMap!;
        return { style: map.getContainer().getAttribute('style'), width: map.getCanvas().width, zoom: map.getZoom() };
      });
      await page.locator('[data-menu="video"] summary').click();
      await page.click('[data-record-video="mp4-1280x720"]');
      const progress = page.locator('[data-testid="job-card"][data-job="video"]');
      await progress.waitFor();
      // At least two frames recorded: the bar moves.
      await page.waitForFunction(
        () => Number(document.querySelector('[data-testid="job-count"]')?.textContent?.split(' ')[0]) >= 2,
        undefined,
        { timeout: 90_000 },
      );
      // 30 fps: the first step holds 3 s (90 frames); every later step flies 1.2 s (36) and holds 3 s.
      const steps = (JSON.parse(readFileSync('data/tours/osa.json', 'utf8')) as { steps: unknown[] }).steps.length;
      expect(await progress.locator('[role="progressbar"]').getAttribute('aria-valuemax')).toBe(String(90 + (steps - 1) * (36 + 90)));
      // The keyboard does not move the tour while it is being recorded (the recorder is on the first
      // step's 90 hold frames); Escape cancels.
      const recordingStep = await page.getAttribute('[data-testid="tour-player"]', 'data-step');
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300); // a fixed wait on purpose: the test checks that the key changes nothing
      expect(await page.getAttribute('[data-testid="tour-player"]', 'data-step')).toBe(recordingStep);
      await page.keyboard.press('Escape');
      await progress.waitFor({ state: 'detached' });
      await page.locator('[data-testid="app-notice"]', { hasText: 'cancelled' }).waitFor();
      await settled(page);
      expect(Number(await page.getAttribute('[data-testid="tour-player"]', 'data-step'))).toBe(1);
      const after = await page.evaluate(() => {
        const map = window.foipMap!;
        return { style: map.getContainer().getAttribute('style'), width: map.getCanvas().width, zoom: map.getZoom() };
      });
      expect(after.style).toBe(before.style);
      expect(after.width).toBe(before.width);
      expect(after.zoom).toBeCloseTo(before.zoom, 1);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
