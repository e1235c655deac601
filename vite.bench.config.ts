/** Builds the benchmark's floors (bench/pages/baseline.html, bench/pages/same-picture.html) into dist-bench/. */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/pages',
  base: './',
  publicDir: false,
  build: {
    outDir: '../../dist-bench',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      input: {
        baseline: new URL('./bench/pages/baseline.html', import.meta.url).pathname,
        'same-picture': new URL('./bench/pages/same-picture.html', import.meta.url).pathname,
      },
    },
  },
});
