import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { pptxgenjsInBrowser } from './scripts/vite-pptxgenjs.ts';
import { firstUseGlobs, HASHED_ASSET, PRECACHE_GLOBS } from './scripts/offline-cache.ts';

/** The service worker's file, beside index.html; the app registers it (src/app/offline/). */
const SERVICE_WORKER = 'sw.js';

/**
 * Offline after one visit: a Workbox service worker that precaches the app shell, the dataset,
 * the basemap, the font, the tours and the map's worker, and keeps what loads on first use when it
 * is first used (scripts/offline-cache.ts). An update waits until the person reloads from the
 * notice (`prompt`, no silent skipWaiting). Only `vite build` makes it: not the dev server, nor
 * the single-file build (vite.single.config.ts), which runs from file://.
 */
const offline = VitePWA({
  registerType: 'prompt',
  // The app registers the worker itself, after the map is first drawn: nothing is added to the entry.
  injectRegister: false,
  manifest: false,
  filename: SERVICE_WORKER,
  devOptions: { enabled: false },
  workbox: {
    globPatterns: [...PRECACHE_GLOBS],
    globIgnores: firstUseGlobs(),
    // The largest precached files are the countries (1.7 MB) and the entry (1.3 MB). A file past
    // this fails the build (vite-plugin-pwa throws) rather than going silently uncached.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // Any page address (?view=…, ?embed=1) opens the precached app; the build's files are never pages.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\/assets\//],
    runtimeCaching: [
      {
        // Content-hashed names never change content: once fetched, served from the cache.
        urlPattern: HASHED_ASSET,
        handler: 'CacheFirst',
        options: {
          cacheName: 'foip-atlas-first-use',
          cacheableResponse: { statuses: [200] },
          // Each release brings new names: the oldest are dropped rather than kept for ever.
          expiration: { maxEntries: 60, purgeOnQuotaError: true },
        },
      },
    ],
  },
});

/**
 * Tells the app's registration (src/app/offline/) where the worker is, in `vite build` only: the dev
 * server has no worker, and the single-file build has neither the worker nor this, so its
 * registration code is left out as dead code.
 */
const offlineRegistration: Plugin = {
  name: 'foip-offline-registration',
  apply: 'build',
  config: () => ({ define: { 'import.meta.env.FOIP_SERVICE_WORKER': JSON.stringify(SERVICE_WORKER) } }),
};

/**
 * mediabunny (the video muxer) imports its Node file helpers from './node.js', which its package
 * maps to `false` for browsers; Vite turns that into a CommonJS stub, whose helper made Rolldown
 * split its runtime out of the entry chunk into a request of its own before the first render.
 * An empty ES module does the same job without the helper.
 */
const mediabunnyWithoutNode: Plugin = {
  name: 'mediabunny-without-node',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './node.js' && importer?.includes('/node_modules/mediabunny/')) return '\0mediabunny-node';
    return null;
  },
  load(id) {
    return id === '\0mediabunny-node' ? 'export {};' : null;
  },
};

export default defineConfig({
  plugins: [react(), pptxgenjsInBrowser(), mediabunnyWithoutNode, offline, offlineRegistration],
  // Relative asset URLs, so the build also works from a sub-path or an iframe host.
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Fonts stay files, however small: inlined they would weigh on every page's CSS and fall foul of
    // a `font-src 'self'` policy (README, "Hosting it safely"). The single-file build inlines everything.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Some tests run ESLint or cut the world's borders: seconds each on a loaded 2-core machine, past Vitest's default 5 s.
    testTimeout: 20_000,
  },
});
