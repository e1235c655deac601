/**
 * Writes the site-zoom basemap (src/data/detail-shapes.ts: world-atlas 1:10m countries and borders,
 * repaired across ±180°, as GeoJSON) to src/map/generated/ before Vite resolves any module, in the dev
 * server and in every build. The file is made, not kept in git (10 MB): it is written again only when
 * world-atlas or the code that makes it changed (a stamp beside it holds their hash). The map loads
 * it by URL (src/map/detail-asset.ts), so the normal build emits it as a file and the single-file
 * build inlines it as a data: URL.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { detailShapesFromTopology } from '../src/data/detail-shapes.ts';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

export const DETAIL_ASSET = `${root}src/map/generated/countries-10m.geojson`;
const STAMP = `${DETAIL_ASSET}.stamp`;

/** What the file is made from: the topology and the code that converts it. */
function inputs(): string[] {
  return [
    require.resolve('world-atlas/countries-10m.json'),
    `${root}src/data/detail-shapes.ts`,
    `${root}src/data/antimeridian.ts`,
    `${root}src/data/countries.ts`,
    require.resolve('i18n-iso-countries/package.json'),
  ];
}

function inputHash(): string {
  const hash = createHash('sha256');
  for (const file of inputs()) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/** Writes the asset if it is missing or stale; returns what it did, for the log. */
export function ensureDetailAsset(): { written: boolean; bytes: number; ms: number } {
  const hash = inputHash();
  if (existsSync(DETAIL_ASSET) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) {
    return { written: false, bytes: readFileSync(DETAIL_ASSET).length, ms: 0 };
  }
  const started = performance.now();
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
  const text = JSON.stringify(detailShapesFromTopology(topology));
  mkdirSync(dirname(DETAIL_ASSET), { recursive: true });
  writeFileSync(DETAIL_ASSET, text);
  writeFileSync(STAMP, hash);
  return { written: true, bytes: text.length, ms: Math.round(performance.now() - started) };
}

export function detailBasemapAsset(): Plugin {
  return {
    name: 'foip:detail-basemap',
    buildStart() {
      const { written, bytes, ms } = ensureDetailAsset();
      if (written) this.info(`wrote ${DETAIL_ASSET.slice(root.length)} (${bytes.toLocaleString('en')} bytes, ${ms} ms)`);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { written, bytes, ms } = ensureDetailAsset();
  console.log(`${DETAIL_ASSET.slice(root.length)}: ${bytes.toLocaleString('en')} bytes${written ? ` (written in ${ms} ms)` : ' (up to date)'}`);
}
