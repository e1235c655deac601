/**
 * The Summary view in real Chromium, against the built app: it loads when first opened, its bars
 * agree with the facet counts and the list, a bar chooses its value as the checkbox does, hovering
 * a bar rings its initiatives on the map, every bar is a named button on the Tab path, Japanese
 * labels, and axe finds nothing serious.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite, settled } from './app-page.ts';
import { waitForMapIdle } from './browser.ts';
import { initiatives } from './dataset.ts';

const open = appSuite();

interface ShownBar {
  readonly facet: string;
  readonly value: string;
  readonly total: number;
  readonly name: string;
  readonly pressed: string | null;
}

/** Every bar the Summary shows, chart by chart. */
async function shownBars(page: Page): Promise<ShownBar[]> {
  await page.waitForSelector('.summary-bar');
  return page.$$eval('.summary-chart .summary-bar', (buttons) =>
    buttons.map((b) => ({
      facet: b.closest('.summary-chart')?.getAttribute('data-facet') ?? '',
      value: b.getAttribute('data-value') ?? '',
      total: Number(b.getAttribute('data-total')),
      name: b.getAttribute('aria-label') ?? '',
      pressed: b.getAttribute('aria-pressed'),
    })),
  );
}

/** Every facet value's count as the filter panel shows it (all values listed, folded groups included). */
async function panelCounts(page: Page): Promise<Map<string, number>> {
  await page.$$eval('.facet .facet-actions button[aria-expanded="false"]', (buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
  const rows = await page.$$eval('.facet input[type="checkbox"]', (inputs) =>
    inputs.map((input) => [
      `${input.closest('.facet')?.getAttribute('data-facet')}:${input.getAttribute('data-value')}`,
      Number(input.closest('label')?.querySelector('.option-count')?.textContent),
    ]),
  );
  return new Map(rows as [string, number][]);
}

/** The ids of the initiatives ringed as hovered on the map. */
async function ringedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.foipMap!;
    return [...new Set(map.queryRenderedFeatures({ layers: ['hover-ring'] }).map((f) => String(f.properties['id'])))].sort();
  });
}

const listCount = (page: Page) => page.textContent('[data-testid="list-count"]');
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the Summary view', () => {
  it('loads its code when first opened, from the List | Summary switch, and keeps it in the URL', async () => {
    const { page, requests, errors } = await open();
    await settled(page);
    expect(requests.filter((url) => /SummaryView/.test(url))).toEqual([]);
    expect(await page.getAttribute('[data-panel="list"]', 'aria-pressed')).toBe('true');
    await page.click('[data-panel="summary"]');
    await page.waitForSelector('.summary-bar');
    expect(requests.filter((url) => /SummaryView-.*\.js$/.test(url))).toHaveLength(1);
    expect(await page.getAttribute('[data-panel="summary"]', 'aria-pressed')).toBe('true');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('panel') === 'summary');
    await page.click('[data-panel="list"]');
    await page.waitForSelector('[data-testid="list-count"]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('panel'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows, per facet, the counts the filter panel shows, and the list’s count', async () => {
    const { page } = await open('panel=summary');
    await settled(page);
    const bars = await shownBars(page);
    const counts = await panelCounts(page);
    expect(new Set(bars.map((b) => b.facet))).toEqual(new Set(['pillar', 'status', 'tool', 'partner', 'country', 'region']));
    for (const bar of bars.filter((b) => b.value !== ''))
      expect(`${bar.facet}:${bar.value} ${bar.total}`).toBe(`${bar.facet}:${bar.value} ${counts.get(`${bar.facet}:${bar.value}`)}`);
    // Every initiative has one focus area and one status: their bars add up to the list.
    const sum = (facet: string) => bars.filter((b) => b.facet === facet).reduce((n, b) => n + b.total, 0);
    expect(sum('pillar')).toBe(initiatives.length);
    expect(sum('status')).toBe(initiatives.length);
    expect(await page.textContent('[data-testid="summary-count"]')).toBe(`${initiatives.length} initiatives`);
    await page.click('[data-panel="list"]');
    expect(await listCount(page)).toBe(`${initiatives.length} initiatives`);
    await page.close();
  });

  it('chooses a partner as its checkbox does: checked, in the URL, the list down to the bar’s number', async () => {
    const { page } = await open('panel=summary');
    await settled(page);
    const partner = (await shownBars(page)).find((b) => b.facet === 'partner' && b.value === 'AUS')!;
    const expected = initiatives.filter((i) => i.properties.partners.includes('AUS')).length;
    expect(partner.total).toBe(expected);
    await page.click('.summary-chart[data-facet="partner"] .summary-bar[data-value="AUS"]');
    await page.waitForSelector('.summary-chart[data-facet="partner"] .summary-bar[data-value="AUS"][aria-pressed="true"]');
    expect(await page.isChecked('.facet[data-facet="partner"] input[data-value="AUS"]')).toBe(true);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('partner') === 'AUS');
    expect(await page.textContent('[data-testid="summary-count"]')).toBe(`${expected} initiatives`);
    await page.click('[data-panel="list"]');
    expect(await listCount(page)).toBe(`${expected} of ${initiatives.length}`);
    expect(await page.locator('li[data-id]').count()).toBe(expected);
    // … and a second click on the bar unchooses it, as the checkbox would.
    await page.click('[data-panel="summary"]');
    await page.click('.summary-chart[data-facet="partner"] .summary-bar[data-value="AUS"]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('partner'));
    expect(await page.isChecked('.facet[data-facet="partner"] input[data-value="AUS"]')).toBe(false);
    expect(urlParam(page, 'panel')).toBe('summary');
    await page.close();
  });

  it('opens a partner’s profile from the link beside its bar, counting what the bar counts; focus areas and statuses have none', async () => {
    const { page } = await open('panel=summary');
    await settled(page);
    const partner = (await shownBars(page)).find((b) => b.facet === 'partner' && b.value === 'AUS')!;
    expect(await page.locator('.summary-chart[data-facet="pillar"] .profile-link').count()).toBe(0);
    expect(await page.locator('.summary-chart[data-facet="status"] .profile-link').count()).toBe(0);
    const link = page.locator('.summary-chart[data-facet="partner"] .profile-link[data-profile="AUS"]');
    expect(await link.getAttribute('aria-label')).toBe('Profile of Australia');
    await link.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('profile') === 'partner:AUS');
    expect(await page.locator('#profile-title').textContent()).toBe('Australia');
    expect(await page.locator('[data-testid="profile-total"]').textContent()).toBe(`${partner.total} initiatives`);
    await page.close();
  });

  it('rings a hovered bar’s initiatives on the map, and lets go when the pointer leaves', async () => {
    const { page } = await open('panel=summary');
    await settled(page);
    const expected = initiatives
      .filter((i) => i.properties.countries.includes('PHL'))
      .map((i) => i.id)
      .sort();
    await page.hover('.summary-chart[data-facet="country"] .summary-bar[data-value="PHL"]');
    await waitForMapIdle(page);
    expect(await ringedIds(page)).toEqual(expected);
    await page.mouse.move(5, 5);
    await waitForMapIdle(page);
    expect(await ringedIds(page)).toEqual([]);
    await page.close();
  });

  it('puts every bar on the Tab path as a named button, and focusing one rings its initiatives', async () => {
    const { page } = await open('panel=summary');
    await settled(page);
    const bars = await shownBars(page);
    const philippines = bars.find((b) => b.facet === 'country' && b.value === 'PHL')!;
    const byPillar = [1, 2, 3].map(
      (p) => initiatives.filter((i) => i.properties.countries.includes('PHL') && i.properties.pillar === p).length,
    );
    const parts = [`${byPillar[0]} Economic foundation`, `${byPillar[1]} Growth & rules`, `${byPillar[2]} Security`].filter(
      (s) => !s.startsWith('0 '),
    );
    expect(philippines.name).toBe([`Philippines: ${philippines.total} initiatives`, ...parts].join(', '));
    await page.focus('[data-panel="summary"]');
    const reached = new Set<string>();
    // Each country's, partner's, means' and region's bar has its profile link after it on the Tab path.
    for (let k = 0; k < 2 * bars.length + 20 && reached.size < bars.length; k++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.classList.contains('summary-bar')
          ? `${el.closest('.summary-chart')?.getAttribute('data-facet')}:${el.getAttribute('data-value')}`
          : null;
      });
      if (focused) reached.add(focused);
      if (focused === 'country:PHL') {
        await waitForMapIdle(page);
        expect(await ringedIds(page)).toHaveLength(philippines.total);
      }
    }
    expect(reached.size).toBe(bars.length);
    // Enter on a focused bar chooses it.
    await page.focus('.summary-chart[data-facet="status"] .summary-bar[data-value="unstated"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('status') === 'unstated');
    await page.close();
  });

  it('folds the countries past the top 15 into one bar that shows them each', async () => {
    const { page } = await open('panel=summary');
    await settled(page);
    const countries = (await shownBars(page)).filter((b) => b.facet === 'country');
    expect(countries.filter((b) => b.value !== '')).toHaveLength(15);
    const others = page.locator('.summary-chart[data-facet="country"] .summary-bar[aria-expanded="false"]');
    await others.click();
    const all = (await shownBars(page)).filter((b) => b.facet === 'country');
    const hosts = new Set(initiatives.flatMap((i) => i.properties.countries));
    expect(all).toHaveLength(hosts.size);
    await page.close();
  });

  it('speaks Japanese', async () => {
    const { page } = await open('lang=ja&panel=summary');
    await settled(page);
    expect(await page.textContent('[data-panel="summary"]')).toBe('集計');
    expect(await page.$$eval('.summary-chart h3', (hs) => hs.map((h) => h.textContent))).toEqual([
      '重点分野',
      '状況',
      '手段',
      '連携先',
      '実施国',
      '地域',
    ]);
    const bars = await shownBars(page);
    expect(bars.find((b) => b.facet === 'status' && b.value === 'unstated')?.name).toMatch(/^記載なし：\d+件の取組（/);
    expect(bars.find((b) => b.facet === 'country' && b.value === 'PHL')?.name).toMatch(/^フィリピン：\d+件の取組（.*安全保障\d+件）$/);
    await page.click('.summary-head .link-button');
    const captions = await page.$$eval('.summary-table caption', (cs) => cs.map((c) => c.textContent));
    expect(captions[0]).toBe('重点分野');
    await page.close();
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(
      { exclude: [['.maplibregl-canvas']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the Summary view: accessibility (axe-core)', () => {
  it.each([
    ['English, a partner chosen', 'panel=summary&partner=AUS', 1280, false],
    ['Japanese, as tables', 'lang=ja&panel=summary', 1280, true],
    ['phone width, Japanese, a long country name chosen', 'lang=ja&panel=summary&country=COD', 390, false],
  ] as const)('%s', async (_name, query, width, tables) => {
    const { page } = await open(query, { width });
    await settled(page);
    await page.waitForSelector('.summary-bar');
    if (tables) await page.click('.summary-head .link-button');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
