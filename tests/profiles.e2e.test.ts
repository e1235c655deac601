/**
 * Profiles (`?profile=<kind>:<value>`): a country's, partner's, means' or region's page in the
 * sidebar, its counts agreeing with its list, every initiative's quote, the map showing only its
 * initiatives; opened from the detail panel's names and the facets; closed back to where the page
 * was; a bad link noticed; Japanese; axe-clean; and how it looks at desktop and phone width.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite, renderedCount, settled } from './app-page.ts';
import { initiatives, type RawInitiative } from './dataset.ts';

const open = appSuite();
mkdirSync('tests/output', { recursive: true });

const PROFILE = '[data-testid="profile"]';
const hosts = (code: string) => initiatives.filter((i) => i.properties.countries.includes(code));
const partnersOf = (code: string) => initiatives.filter((i) => i.properties.partners.includes(code));

/** Each count group's values and counts as the panel shows them: facet → value → count. */
async function shownCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  // Long groups show their largest values first: every value, for the comparison.
  for (const more of await page.locator(`${PROFILE} .profile-count-group .show-all[aria-expanded="false"]`).all()) await more.click();
  return page.$$eval(`${PROFILE} .profile-count-group`, (groups) =>
    Object.fromEntries(
      groups.map((group) => [
        group.getAttribute('data-facet') ?? '',
        Object.fromEntries(
          [...group.querySelectorAll('li')].map((li) => [
            li.getAttribute('data-value') ?? '',
            Number(li.querySelector('.count-n')?.textContent),
          ]),
        ),
      ]),
    ),
  );
}

/** What the raw dataset says a profile's counts are, by facet, leaving out the profile's own facet. */
function expectedCounts(members: readonly RawInitiative[], own: string): Record<string, Record<string, number>> {
  const by: Record<string, (i: RawInitiative) => string[]> = {
    pillar: (i) => [String(i.properties.pillar)],
    status: (i) => [i.properties.status ?? 'unstated'],
    tool: (i) => i.properties.tools,
    partner: (i) => i.properties.partners,
    country: (i) => i.properties.countries,
  };
  const out: Record<string, Record<string, number>> = {};
  for (const [facet, values] of Object.entries(by)) {
    if (facet === own) continue;
    const tally: Record<string, number> = {};
    for (const i of members) for (const v of values(i)) tally[v] = (tally[v] ?? 0) + 1;
    if (Object.keys(tally).length > 0) out[facet] = tally;
  }
  return out;
}

const query = (page: Page) => new URL(page.url()).searchParams;

describe('profiles', () => {
  it('?profile=country:PHL: the name, counts that match the list, every quote, and only its initiatives on the map', async () => {
    const { page, errors } = await open('profile=country:PHL');
    await page.locator(PROFILE).waitFor();
    await settled(page);
    const members = hosts('PHL');
    expect(members.length).toBeGreaterThan(5);

    expect(await page.locator('#profile-title').textContent()).toBe('Philippines');
    expect(await page.locator('.profile-kind').textContent()).toBe('Host country');
    expect(await page.locator('[data-testid="profile-total"]').textContent()).toBe(`${members.length} initiatives`);
    const listed = await page.$$eval(`${PROFILE} .profile-initiatives > li`, (rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(listed).toEqual(members.map((i) => i.id));
    // Each focus area's count adds up to the list, and every count is the list's own tally.
    const counts = await shownCounts(page);
    expect(Object.values(counts.pillar ?? {}).reduce((a, b) => a + b, 0)).toBe(members.length);
    expect(counts).toEqual(expectedCounts(members, 'country'));
    // Every initiative's quote, verbatim, and its section.
    const quotes = await page.$$eval(`${PROFILE} .profile-item-quote`, (q) => q.map((b) => b.textContent));
    expect(quotes).toEqual(members.map((i) => i.properties.source.quote));
    const sections = await page.$$eval(`${PROFILE} .profile-item-section`, (s) => s.map((p) => p.textContent ?? ''));
    members.forEach((i, k) => expect(sections[k]).toContain(i.properties.source.section));

    // The map shows the profile's initiatives and nothing else; the filters and the list wait behind it.
    const drawn = await page.evaluate(() => window.foipDebug!.renderedIds());
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((id) => !members.some((m) => m.id === id))).toEqual([]);
    expect(await page.locator('.filter-panel').count()).toBe(0);
    expect(query(page).get('profile')).toBe('country:PHL');
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'tests/output/profile-en-desktop.png' });
    await page.close();
  });

  it('a host country in the detail panel opens its profile and the URL says so; closing brings the selection and the list back', async () => {
    const { page, errors } = await open('id=osa-coastal-radar-philippines&pillar=3');
    await page.locator('[data-testid="detail"]').waitFor();
    await settled(page);
    const before = await renderedCount(page);
    await page.locator('[data-testid="detail"] button[data-profile="country:PHL"]').click();
    await page.locator(PROFILE).waitFor();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('profile') === 'country:PHL');
    // The profile shows its whole set: the pillar filter waits in the URL, not applied.
    expect(await page.locator('[data-testid="profile-total"]').textContent()).toBe(`${hosts('PHL').length} initiatives`);
    expect(query(page).get('pillar')).toBe('3');
    expect(await page.locator('[data-testid="detail"]').count()).toBe(0);
    // The heading takes the focus, for keyboard and screen reader users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('profile-title');
    await settled(page);

    await page.getByRole('button', { name: 'Close the profile' }).click();
    await page.locator(PROFILE).waitFor({ state: 'detached' });
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('profile'));
    expect(query(page).get('pillar')).toBe('3');
    expect(await page.locator('[data-testid="detail"]').getAttribute('data-id')).toBe('osa-coastal-radar-philippines');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    expect(await page.locator('[data-testid="list-count"]').textContent()).toMatch(/^\d+ of \d+/);
    await settled(page);
    expect(await renderedCount(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a facet value’s profile link opens that profile, from the keyboard too; a name in the counts opens another', async () => {
    const { page } = await open();
    await settled(page);
    await page.locator('.facet[data-facet="tool"] summary').click();
    const link = page.locator('.facet[data-facet="tool"] button.profile-link[data-profile="OSA"]');
    expect(await link.getAttribute('aria-label')).toBe('Profile of OSA (security assistance)');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.locator(`${PROFILE}[data-profile="tool:OSA"]`).waitFor();
    const osa = initiatives.filter((i) => i.properties.tools.includes('OSA'));
    expect(await page.locator('[data-testid="profile-total"]').textContent()).toBe(
      `${osa.length} initiative${osa.length === 1 ? '' : 's'}`,
    );
    expect(await shownCounts(page)).toEqual(expectedCounts(osa, 'tool'));
    // From the tool's page to a host country's.
    const country = Object.keys(expectedCounts(osa, 'tool').country ?? {})[0]!;
    await page.locator(`${PROFILE} .profile-count-group[data-facet="country"] li[data-value="${country}"] button`).click();
    await page.locator(`${PROFILE}[data-profile="country:${country}"]`).waitFor();
    await page.waitForFunction((c) => new URLSearchParams(location.search).get('profile') === `country:${c}`, country);
    // Closed from the keyboard, the focus goes on from the top of the filters.
    await page.getByRole('button', { name: 'Close the profile' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.filter-panel').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.close();
  });

  it('?profile=xyz:1 is named in a notice, and the app works', async () => {
    const { page, errors } = await open('profile=xyz:1&pillar=3');
    await page.locator('[data-testid="url-notice"]').waitFor();
    const notice = (await page.locator('[data-testid="url-notice"]').textContent()) ?? '';
    expect(notice).toContain('profile=xyz:1');
    expect(notice).toContain('expected <kind>:<value> with kind country, partner, tool, region');
    await settled(page);
    expect(await page.locator(PROFILE).count()).toBe(0);
    const security = initiatives.filter((i) => i.properties.pillar === 3).length;
    expect(await page.locator('[data-testid="list-count"]').textContent()).toContain(String(security));
    expect(await renderedCount(page)).toBeGreaterThan(0);
    expect(query(page).has('profile')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a well-formed value no initiative has is noticed too', async () => {
    const { page } = await open('profile=country:ISL');
    await page.locator('[data-testid="url-notice"]').waitFor();
    expect(await page.locator('[data-testid="url-notice"]').textContent()).toContain('no initiative has this host country');
    await page.close();
  });

  it('Japanese: a partner’s profile', async () => {
    const { page, errors } = await open('lang=ja&profile=partner:AUS');
    await page.locator(PROFILE).waitFor();
    await settled(page);
    expect(await page.locator('#profile-title').textContent()).toBe('オーストラリア');
    expect(await page.locator('.profile-kind').textContent()).toBe('連携先');
    expect(await page.locator('[data-testid="profile-total"]').textContent()).toBe(`${partnersOf('AUS').length}件の取組`);
    expect(await shownCounts(page)).toEqual(expectedCounts(partnersOf('AUS'), 'partner'));
    expect(await page.getByRole('button', { name: 'プロフィールを閉じる' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'tests/output/profile-ja-desktop.png' });
    await page.close();
  });

  it.each([
    ['en', 'profile=region:pacific-islands'],
    ['ja', 'lang=ja&profile=country:PHL'],
  ])('at phone width (390 px), %s: the profile below the map, readable', async (lang, q) => {
    const { page } = await open(q, { width: 390, height: 844 });
    await page.locator(PROFILE).waitFor();
    await settled(page);
    const box = await page.locator(PROFILE).boundingBox();
    expect(box?.width).toBeGreaterThan(350);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `tests/output/profile-${lang}-phone.png` });
    await page.close();
  });

  it.each([
    ['a profile with a selection', 'profile=country:PHL&id=osa-coastal-radar-philippines'],
    ['a profile, Japanese', 'lang=ja&profile=tool:OSA'],
    ['the facets’ profile links', 'country=PHL'],
  ])('has no serious or critical axe violations: %s', async (_name, q) => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { page } = await open(q);
    await settled(page);
    // With the facet of the profile links open, where the facets show.
    const countries = page.locator('.facet[data-facet="country"] summary');
    if ((await countries.count()) > 0) await countries.click();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      type Axe = {
        run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
      };
      const axe = (window as unknown as { axe: Axe }).axe;
      const result = await axe.run(
        { exclude: [['.maplibregl-canvas']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      );
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    });
    expect(violations, q).toEqual([]);
    await page.close();
  });
});
