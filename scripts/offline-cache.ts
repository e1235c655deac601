/**
 * What the service worker (vite.config.ts, vite-plugin-pwa) keeps for offline use. It precaches
 * everything the explorer, the tours, the embed and a PNG export need; the features below are
 * fetched when first used and kept then (runtime caching), so a first visit does not download
 * megabytes that most people never use. Adding a feature that loads on first use is one row here.
 */

/** Build outputs (`assets/NAME-HASH.ext`) that load on first use, by NAME, with what needs them. */
export const LOADED_ON_FIRST_USE: readonly { readonly name: string; readonly use: string }[] = [
  { name: 'countries-10m', use: 'site zoom: the 1:10m coastlines (3.6 MB)' },
  { name: 'detail-tiles', use: 'site zoom: the tiler of the 1:10m coastlines' },
  { name: 'deck-job', use: 'PowerPoint decks (pptxgenjs)' },
  { name: '_pptxgenjs-node-builtin', use: 'PowerPoint decks' },
  { name: 'video-job', use: 'video' },
  { name: 'record-map', use: 'video' },
  { name: 'encode-video', use: 'video: the MP4/WebM encoder' },
  { name: 'encode-gif', use: 'video: the GIF encoder' },
  { name: 'external-sink', use: 'video: frames sent to the command line' },
  { name: 'brief-job', use: 'the A4 brief (PDF)' },
  { name: 'read-in-worker', use: "people's own files: the reader" },
  { name: 'normalize-features', use: "people's own files" },
  { name: 'rejected-csv', use: "people's own files: the rows left out" },
  { name: 'synthetic', use: 'synthetic datasets for scale tests (?data=)' },
];

/** The build's content-hashed outputs, as Rolldown names them (`name-HASH.ext`, an 8-character hash). */
export const HASHED_ASSET = /\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/;

/** The file types the precache takes from dist/ (the service worker itself and Workbox's runtime are left out by Workbox). */
export const PRECACHE_GLOBS: readonly string[] = ['**/*.{html,js,mjs,css,woff2,geojson,json}'];

/** Workbox `globIgnores` for the rows of LOADED_ON_FIRST_USE. */
export function firstUseGlobs(): string[] {
  return LOADED_ON_FIRST_USE.map(({ name }) => `assets/${name}-*`);
}

/** The NAME of a hashed build output (`assets/deck-job-C_ny618C.js` → `deck-job`), or null for any other path. */
export function assetName(path: string): string | null {
  const file = /(?:^|\/)assets\/([^/]+)-[\w-]{8}\.[a-z0-9]+$/.exec(path);
  return file?.[1] ?? null;
}

/** Whether a build output is left out of the precache and cached when first used. */
export function loadedOnFirstUse(path: string): boolean {
  const name = assetName(path);
  return name !== null && LOADED_ON_FIRST_USE.some((row) => row.name === name);
}
