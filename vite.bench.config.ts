/** Builds the benchmark's floors (bench/baseline.html, bench/same-picture.html) into dist-bench/. */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist-bench',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 3000,
    rolldownOptions: { input: {
      baseline: new URL('./bench/baseline.html', import.meta.url).pathname,
      'same-picture': new URL('./bench/same-picture.html', import.meta.url).pathname,
    } },
  },
});
