import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTICES_PATH, noticesMarkdown, runtimePackages, SHIPPED_BY_BUILD_TOOLS } from './third-party-notices.ts';

describe('THIRD-PARTY-NOTICES.md', () => {
  it('is up to date with the installed runtime packages (run `npm run notices` after changing dependencies)', () => {
    expect(readFileSync(NOTICES_PATH, 'utf8')).toBe(noticesMarkdown(process.cwd()));
  });

  it('lists the map library and the basemap package with their licence texts, and no dev-only package', () => {
    const packages = runtimePackages(process.cwd());
    const byName = new Map(packages.map((p) => [p.name, p]));
    expect(byName.get('maplibre-gl')?.licence).toBe('BSD-3-Clause');
    expect(byName.get('maplibre-gl')?.text).toContain('Redistribution and use in source and binary forms');
    expect(byName.get('world-atlas')?.text).toContain('Copyright 2013-2019 Michael Bostock');
    for (const dev of ['vite', 'vitest', 'typescript', 'world-countries', 'vite-plugin-pwa', 'workbox-build'])
      expect(byName.has(dev), dev).toBe(false);
  });

  it('lists the Workbox modules the build puts into the service worker, and what they depend on', () => {
    const byName = new Map(runtimePackages(process.cwd()).map((p) => [p.name, p]));
    for (const name of SHIPPED_BY_BUILD_TOOLS) expect(byName.get(name)?.licence, name).toBe('MIT');
    expect(byName.has('idb')).toBe(true); // workbox-expiration's store
  });

  it('credits Natural Earth, the ODbL region table and the MOFA documents', () => {
    const text = readFileSync(NOTICES_PATH, 'utf8');
    expect(text).toContain('Made with Natural Earth');
    expect(text).toContain('Open Database License (ODbL) 1.0');
    expect(text).toContain('Public Data License (Version 1.0)');
  });
});
