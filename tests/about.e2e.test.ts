/** "About this data": the release, sources, licences and how to cite, in both languages, opened from the map tools. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appSuite, settled } from './app-page.ts';

const open = appSuite();
const { metadata } = JSON.parse(readFileSync('data/initiatives.geojson', 'utf8')) as { metadata: { version: string } };

describe('About this data', () => {
  it.each([
    ['en', 'About this data', 'How to cite'],
    ['ja', 'このデータについて', '引用のしかた'],
  ])('shows the release, licence and citation (%s), and closes with Escape', async (lang, heading, cite) => {
    const { page, errors } = await open(`lang=${lang}`);
    await settled(page);
    await page.click('[data-testid="open-about"]');
    const dialog = page.locator('[data-testid="about-dialog"]');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain(heading);
    expect(text).toContain(cite);
    expect(text).toContain(metadata.version);
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('Natural Earth');
    // Every link goes to an https address and opens apart from the map.
    const links = await dialog
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.rel).toContain('noopener');
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
