import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pptxgenjsInBrowser } from './scripts/vite-pptxgenjs.ts';

export default defineConfig({
  plugins: [react(), pptxgenjsInBrowser()],
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
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
