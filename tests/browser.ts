/**
 * Browser-test helpers: Chromium, the built app and waiting for the map all live in scripts/chromium.ts.
 * In `page.evaluate` callbacks, `window.foipAtlas`, `window.foipMap` and `window.foipDebug` are typed by
 * the app's own `declare global` (src/app/automation.ts, src/map/owner/instrumentation.ts), which tsconfig.json
 * type-checks together with tests/ and scripts/: no cast is needed.
 */
export { launchBrowser, mapIdle, serveBuild, waitForMapIdle } from '../scripts/chromium.ts';
