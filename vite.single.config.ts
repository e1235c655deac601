/**
 * `npm run build:single`: one self-contained HTML file (code, styles, dataset, basemap and
 * the map's worker inlined) that works from file:// on a laptop with no network.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig({
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true })],
  base: './',
  // The example host page in public/ belongs to the served app, not to the single file.
  publicDir: false,
  build: {
    outDir: 'dist-single',
    target: 'es2022',
    // Everything inline: the dataset, the basemap and the worker become data: URLs.
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 6000,
  },
});
