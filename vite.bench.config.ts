/** Builds the benchmark's baseline page (bench/baseline.html) into dist-bench/. */
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
    rolldownOptions: { input: { baseline: new URL('./bench/baseline.html', import.meta.url).pathname } },
  },
});
