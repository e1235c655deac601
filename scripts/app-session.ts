/** Opening the built app in headless Chromium for the command-line exporters. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { renderPlan } from '../src/app/automation.ts';
import { launchBrowser, mapIdle, serveBuild } from './chromium.ts';
import { frameReceiver, type FrameReceiver } from './frame-receiver.ts';

export interface AppSession {
  readonly page: Page;
  /** The browser the page is in, for another page (the brief prints in one of its own). */
  readonly browser: Browser;
  /** Takes recorded frames on the app's own server, for an encoder outside the browser (video-session.ts). */
  readonly frames: FrameReceiver;
  close(): Promise<void>;
}

/** Builds the app if dist/ is missing, serves it, and opens `query` at `width`×`height` CSS pixels. */
export async function openAppSession(query: string, width: number, height: number): Promise<AppSession> {
  if (!existsSync('dist/index.html')) {
    process.stderr.write('dist/ is missing; building the app first (npm run build)…\n');
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  const browser: Browser = await launchBrowser();
  const frames = frameReceiver();
  const server = await serveBuild(frames.handle);
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
    await page.goto(`${server.url}?${query}`);
    await mapIdle(page);
    return {
      page,
      browser,
      frames,
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/** "1920x1080" → { width, height }, or an error naming what was expected. */
export function parseSize(value: string): { width: number; height: number } {
  const match = /^(\d{2,4})x(\d{2,4})$/.exec(value.trim());
  if (!match) throw new Error(`--size expects WIDTHxHEIGHT in pixels, e.g. 1920x1080; got "${value}".`);
  const size = { width: Number(match[1]), height: Number(match[2]) };
  if (size.width < 16 || size.height < 16 || size.width > 4096 || size.height > 4096)
    throw new Error(`--size must be 16–4096 pixels on each side; got ${value}.`);
  return size;
}

/** A number option, or an error naming it. */
export function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new Error(`--${name} expects a number; got "${value}".`);
  return parsed;
}

/** The CSS viewport the app lays the image out in (the same plan the app's exporter uses). */
export function viewportFor(size: { width: number; height: number }): { width: number; height: number } {
  const plan = renderPlan(size);
  return { width: Math.round(plan.cssWidth), height: Math.round(plan.cssHeight) };
}
