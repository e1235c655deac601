/**
 * Region-wide initiatives drawn as regions, in real Chromium against the built app: one badge per
 * region instead of one in each member, the members shown when the region is selected or pointed
 * at, and filters unchanged (`country=KEN` still lists the Africa-wide initiatives). Expectations
 * come from the raw dataset, not from the app's own code.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite, listIds, settled, withMap } from './app-page.ts';
import { initiatives } from './dataset.ts';

const open = appSuite();

const PLACE_LAYERS = ['places-badges', 'places-approximate', 'places-exact'];
const scoped = (scope: string) => initiatives.filter((i) => (i.properties as { scope?: string }).scope === scope);
const africaWide = scoped('Africa');
const aseanWide = scoped('ASEAN');
const africaMembers = africaWide[0]!.properties.countries;

interface DrawnPlace {
  readonly ids: string[];
  readonly region: string | null;
  readonly members: string[];
  readonly x: number;
  readonly y: number;
}

/** The places the map draws in view (badges, discs and sites), each once, with the initiatives they hold. */
async function drawnPlaces(page: Page): Promise<DrawnPlace[]> {
  return withMap(
    page,
    (map, layers: string[]) => {
      const seen = new Map<string, DrawnPlace>();
      for (const f of map.queryRenderedFeatures({ layers })) {
        const p = f.properties as Record<string, unknown>;
        if (p['fade'] === 'out' || f.geometry.type !== 'Point') continue;
        const [lng = 0, lat = 0] = f.geometry.coordinates;
        const { x, y } = map.project([lng, lat]);
        const ids = typeof p['ids'] === 'string' ? p['ids'].split(' ') : [String(p['id'])];
        seen.set(String(p['key']), {
          ids,
          region: typeof p['region'] === 'string' ? p['region'] : null,
          members: typeof p['members'] === 'string' ? p['members'].split(' ') : [],
          x,
          y,
        });
      }
      return [...seen.values()];
    },
    PLACE_LAYERS,
  );
}

/** The countries' region states (region-layers.ts) for some codes. */
async function regionStates(page: Page, codes: readonly string[]): Promise<Record<string, Record<string, unknown>>> {
  return withMap(
    page,
    (map, list: string[]) => Object.fromEntries(list.map((id) => [id, map.getFeatureState({ source: 'countries', id })])),
    [...codes],
  );
}

/** The mean colour of the map's pixels in a 9×9 box around a geographic point, as drawn now. */
async function colourAt(page: Page, lngLat: readonly [number, number]): Promise<[number, number, number]> {
  return withMap(
    page,
    (map, point: [number, number]) => {
      const canvas = map.getCanvas();
      const ratio = canvas.width / canvas.clientWidth;
      const { x, y } = map.project(point);
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const size = Math.round(9 * ratio);
      const { data } = ctx.getImageData(Math.round(x * ratio - size / 2), Math.round(y * ratio - size / 2), size, size);
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
      return sum.map((s) => Math.round(s / (data.length / 4))) as [number, number, number];
    },
    [...lngLat] as [number, number],
  );
}

const brightness = ([r, g, b]: readonly number[]) => (r! + g! + b!) / 3;

/** In Chad and in Saudi Arabia's south-east: land away from badges and names at the Africa frame. */
const CHAD: [number, number] = [18.5, 13.0];
const SAUDI_ARABIA: [number, number] = [49.0, 20.5];

describe('region-wide initiatives are drawn as regions', () => {
  it.each([
    ['region=africa', 'Africa', africaWide],
    ['region=southeast-asia', 'ASEAN', aseanWide],
  ])('?%s: one badge holds the %s-wide initiatives, not one in each member', async (query, scope, wide) => {
    expect(wide.length).toBeGreaterThan(1);
    const { page, errors } = await open(query);
    await settled(page);
    const places = await drawnPlaces(page);
    for (const initiative of wide)
      expect(
        places.filter((p) => p.ids.includes(initiative.id)),
        initiative.id,
      ).toHaveLength(1);
    const regionPlaces = places.filter((p) => p.region !== null);
    expect(regionPlaces).toHaveLength(1);
    expect(regionPlaces[0]).toMatchObject({ region: scope, members: [...wide[0]!.properties.countries].sort() });
    expect([...regionPlaces[0]!.ids].sort()).toEqual(wide.map((i) => i.id).sort());
    // No wall of identical badges: no two badges hold the same initiatives.
    const sets = places.filter((p) => p.ids.length > 1).map((p) => [...p.ids].sort().join(' '));
    expect(new Set(sets).size).toBe(sets.length);
    // Its members are hatched; the region's name is drawn beside the badge.
    const states = await regionStates(page, wide[0]!.properties.countries);
    for (const code of wide[0]!.properties.countries) expect(states[code]?.['region'], code).toBe(true);
    const named = await withMap(
      page,
      (map) => map.queryRenderedFeatures({ layers: ['region-names'] }).map((f) => f.properties['region']),
      null,
    );
    expect(named).toContain(scope);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the members when a region-wide initiative is selected in the list, and only them', async () => {
    const { page } = await open('region=africa');
    await settled(page);
    const before = { chad: await colourAt(page, CHAD), saudi: await colourAt(page, SAUDI_ARABIA) };
    const id = africaWide[0]!.id;
    await page.click(`li[data-id="${id}"] button`);
    await page.locator(`[data-testid="detail"][data-id="${id}"]`).waitFor();
    await settled(page);
    const states = await regionStates(page, [...africaMembers, 'SAU', 'IND']);
    for (const code of africaMembers) expect(states[code]?.['regionMark'], code).toBe(true);
    expect(states['SAU']?.['regionMark']).toBeUndefined();
    expect(states['IND']?.['regionMark']).toBeUndefined();
    // What a person sees: Chad darkens under the region's tint; Saudi Arabia, not a member, does not change.
    const after = { chad: await colourAt(page, CHAD), saudi: await colourAt(page, SAUDI_ARABIA) };
    expect(brightness(after.chad)).toBeLessThan(brightness(before.chad) - 8);
    expect(Math.abs(brightness(after.saudi) - brightness(before.saudi))).toBeLessThan(2);
    // The selection ring sits on the region's one badge.
    const rings = await withMap(page, (map) => map.queryRenderedFeatures({ layers: ['selection-ring'] }).length, null);
    expect(rings).toBe(1);
    // Closing the detail clears the highlight.
    await page.click('[data-testid="detail"] button.icon-button');
    await settled(page);
    expect((await regionStates(page, ['TCD']))['TCD']?.['regionMark']).toBe(false);
    await page.close();
  });

  it('shows the members while the pointer is on the region’s badge', async () => {
    const { page } = await open('region=africa');
    await settled(page);
    const region = (await drawnPlaces(page)).find((p) => p.region === 'Africa')!;
    const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
    await page.mouse.move(box.x + region.x, box.y + region.y);
    await page.locator('[role="tooltip"]').waitFor();
    await settled(page);
    expect((await regionStates(page, ['TCD', 'ZAF', 'SAU'])).TCD?.['regionHover']).toBe(true);
    const states = await regionStates(page, ['TCD', 'ZAF', 'SAU']);
    expect([states['ZAF']?.['regionHover'], states['SAU']?.['regionHover']]).toEqual([true, undefined]);
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await settled(page);
    expect((await regionStates(page, ['TCD']))['TCD']?.['regionHover']).toBe(false);
    await page.close();
  });

  it('?country=KEN still lists the Africa-wide initiatives, drawn as Africa’s badge, with no badge in Kenya of their own', async () => {
    const expected = initiatives.filter((i) => i.properties.countries.includes('KEN')).map((i) => i.id);
    expect(expected).toEqual(expect.arrayContaining(africaWide.map((i) => i.id)));
    const { page } = await open('country=KEN');
    await settled(page);
    expect(await listIds(page)).toEqual(expected);
    const places = await drawnPlaces(page);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ region: 'Africa' });
    expect([...places[0]!.ids].sort()).toEqual(africaWide.map((i) => i.id).sort());
    await page.close();
  });
});
