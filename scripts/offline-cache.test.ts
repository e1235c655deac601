import { describe, expect, it } from 'vitest';
import { assetName, firstUseGlobs, HASHED_ASSET, LOADED_ON_FIRST_USE, loadedOnFirstUse } from './offline-cache.ts';

describe('offline cache', () => {
  it.each([
    ['assets/deck-job-C_ny618C.js', 'deck-job'],
    ['assets/countries-10m-C4OO6kSB.json', 'countries-10m'],
    ['assets/countries-Decp2o5F.geojson', 'countries'],
    ['assets/UserDataDialog-5ei9-hy-.js', 'UserDataDialog'],
    ['assets/record-map-_KhKIeTL.js', 'record-map'],
    ['http://127.0.0.1:4173/sub/assets/maplibre-gl-worker-CZtFQQIV.mjs', 'maplibre-gl-worker'],
    ['index.html', null],
    ['embed-demo.js', null],
    ['assets/no-hash.js', null],
  ])('names %s as %s', (path, name) => {
    expect(assetName(path)).toBe(name);
  });

  it.each([
    // What the explorer, the tours, the embed and a PNG export need: precached.
    ['assets/index-C1fbKGej.js', false],
    ['assets/App-CvQeQPWC.js', false],
    ['assets/TourPlayer-DLHRoauU.js', false],
    ['assets/picture-job-CqyLkBQH.js', false],
    ['assets/countries-Decp2o5F.geojson', false],
    ['assets/initiatives-WVnFUPMG.geojson', false],
    ['assets/foip-noto-sans-jp-D-VaqyWY.woff2', false],
    ['assets/maplibre-gl-worker-CZtFQQIV.mjs', false],
    ['index.html', false],
    // Features used by few, kept when first used.
    ['assets/countries-10m-C4OO6kSB.json', true],
    ['assets/detail-tiles-X68eL-RN.js', true],
    ['assets/deck-job-C_ny618C.js', true],
    ['assets/encode-video-BKh5TYKF.js', true],
    ['assets/read-in-worker-CwS0G2WT.js', true],
  ])('%s loads on first use: %s', (path, firstUse) => {
    expect(loadedOnFirstUse(path)).toBe(firstUse);
  });

  it('ignores each first-use output by its name followed by its hash', () => {
    expect(firstUseGlobs()).toEqual(LOADED_ON_FIRST_USE.map((row) => `assets/${row.name}-*`));
  });

  it.each([
    ['http://127.0.0.1:4173/assets/deck-job-C_ny618C.js', true],
    ['https://example.org/atlas/assets/countries-10m-C4OO6kSB.json', true],
    ['http://127.0.0.1:4173/index.html', false],
    ['http://127.0.0.1:4173/assets/', false],
  ])('takes %s for a content-hashed output: %s', (url, hashed) => {
    expect(HASHED_ASSET.test(url)).toBe(hashed);
  });
});
