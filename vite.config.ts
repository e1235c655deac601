import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { pptxgenjsInBrowser } from './scripts/vite-pptxgenjs.ts';

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
  plugins: [react(), pptxgenjsInBrowser(), mediabunnyWithoutNode],
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
