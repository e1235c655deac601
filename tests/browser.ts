/** Browser-test helpers: Chromium, the built app and waiting for the map all live in scripts/chromium.ts. */
export { launchBrowser, mapIdle, serveBuild, waitForMapIdle } from '../scripts/chromium.ts';
