/** Browser-test helpers: Chromium and the built app (scripts/chromium.ts), and waiting for the map. */
import type { Page } from 'playwright-core';

export { CHROMIUM_ARGS, chromiumPath, launchBrowser, serveBuild } from '../scripts/chromium.ts';

/** Waits until the map has drawn and gone idle (MapView marks its container; the count needs ?debug). */
export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = document.querySelector<HTMLElement>('[data-testid="map"]');
      return map?.dataset['idle'] === 'true' && Number(map.dataset['renderedInitiatives'] ?? 0) > 0;
    },
    undefined,
    { timeout, polling: 100 },
  );
}
