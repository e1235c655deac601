/**
 * Large datasets in the browser: drawn as points, filtered on the map by `setData` (10,000) or by a
 * global-state bit set (100,000). What is drawn must be exactly the matching set, as the list says.
 */
import { describe, expect, it } from 'vitest';
import { appSuite, settled, withMap } from './app-page.ts';
import { mapIdle } from './browser.ts';

const open = appSuite();

/** What the point layers draw in the viewport: how many points, their initiatives' ids and their pillars. */
async function drawnPoints(page: import('playwright-core').Page): Promise<{ count: number; ids: string[]; pillars: number[] }> {
  return withMap(
    page,
    (map) => {
      const layers = ['points-1', 'points-2', 'points-3'];
      const features = map.queryRenderedFeatures({ layers });
      const ids = [...new Set(features.map((f) => String(f.properties['id'])))];
      return { count: features.length, ids, pillars: [...new Set(features.map((f) => Number(f.properties['pillar'])))].sort() };
    },
    null,
  );
}

/** Runs `action`, waits for the list to show the new set, then for the map to draw it. */
async function idleAfter(page: import('playwright-core').Page, action: () => Promise<void>): Promise<void> {
  const before = await page.locator('[data-testid="list-count"]').textContent();
  await action();
  await page.waitForFunction((text) => document.querySelector('[data-testid="list-count"]')?.textContent !== text, before, {
    timeout: 60_000,
  });
  await settled(page);
}

describe.each([
  ['synthetic-10k', 10_000],
  ['synthetic-100k', 100_000],
])('%s', (data, size) => {
  it('draws plain points and, after a facet change, exactly the matching ones', async () => {
    const { page, errors } = await open(`data=${data}&view=20,10,1.2`);
    await page.waitForFunction(() => document.querySelector('[data-first-drawn]') !== null, undefined, { timeout: 120_000 });
    await mapIdle(page);
    expect(await page.locator('[data-testid="synthetic-notice"]').textContent()).toContain(size.toLocaleString('en'));
    const all = await drawnPoints(page);
    expect(all.pillars).toEqual([1, 2, 3]);
    // No badges at this size: places are not grouped.
    expect(await withMap(page, (map) => map.queryRenderedFeatures({ layers: ['places-badges'] }).length, null)).toBe(0);

    await idleAfter(page, () => page.click('[data-facet="pillar"] input[data-value="2"]'));
    const some = await drawnPoints(page);
    expect(some.pillars).toEqual([2]);
    expect(some.count).toBeGreaterThan(all.count / 5);
    expect(some.count).toBeLessThan(all.count / 2);
    // The list agrees: about a third of the dataset.
    const listed = Number(((await page.locator('[data-testid="list-count"]').textContent()) ?? '').replace(/,/g, '').match(/\d+/)?.[0]);
    expect(listed).toBeGreaterThan(size / 4);
    expect(listed).toBeLessThan(size / 2);

    // And back: everything again.
    await idleAfter(page, () => page.click('[data-facet="pillar"] input[data-value="2"]'));
    expect((await drawnPoints(page)).count).toBe(all.count);
    expect(errors).toEqual([]);
  }, 240_000);
});
