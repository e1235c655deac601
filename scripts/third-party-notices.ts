/**
 * `npm run notices`: writes THIRD-PARTY-NOTICES.md — the data the app ships that others made
 * (basemap, region table, source documents) and every runtime npm package with its licence text,
 * read from node_modules, so the notices follow the lockfile. A test fails when it is stale.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NOTICES_PATH = 'THIRD-PARTY-NOTICES.md';

interface PackageJson {
  name: string;
  version: string;
  license?: string | { type: string };
  licenses?: { type: string }[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

interface PackageNotice {
  readonly name: string;
  readonly version: string;
  readonly licence: string;
  /** The licence file as shipped, or null when the package ships none. */
  readonly text: string | null;
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** Where Node would resolve `name` from a package in `fromDir` (nested node_modules first). */
function resolvePackageDir(name: string, fromDir: string, root: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function licenceOf(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  return pkg.licenses?.map((l) => l.type).join(' OR ') || 'not stated';
}

/**
 * Code that a build tool (a devDependency) puts into what the app ships: the Workbox modules that
 * vite-plugin-pwa bundles into the offline service worker (dist/workbox-*.js; vite.config.ts).
 */
export const SHIPPED_BY_BUILD_TOOLS: readonly string[] = [
  'workbox-cacheable-response',
  'workbox-core',
  'workbox-expiration',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
];

/** The runtime dependency tree of the package at `root` (devDependencies left out, but SHIPPED_BY_BUILD_TOOLS), sorted by name. */
export function runtimePackages(root: string): PackageNotice[] {
  const seen = new Map<string, PackageNotice>();
  const queue: { name: string; from: string; optional: boolean }[] = [
    ...Object.keys(readPackage(root).dependencies ?? {}),
    ...SHIPPED_BY_BUILD_TOOLS,
  ].map((name) => ({ name, from: root, optional: false }));
  while (queue.length > 0) {
    const { name, from, optional } = queue.shift()!;
    const dir = resolvePackageDir(name, from, root);
    if (!dir) {
      if (optional) continue;
      throw new Error(`${name}: not installed (run npm ci)`);
    }
    const pkg = readPackage(dir);
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) continue;
    const file = readdirSync(dir).find((f) => LICENCE_FILE.test(f));
    seen.set(key, {
      name: pkg.name,
      version: pkg.version,
      licence: licenceOf(pkg),
      text: file ? readFileSync(join(dir, file), 'utf8').trim() : null,
    });
    const optionalPeers = new Set(
      Object.entries(pkg.peerDependenciesMeta ?? {})
        .filter(([, m]) => m.optional)
        .map(([n]) => n),
    );
    for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dep, from: dir, optional: false });
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) queue.push({ name: dep, from: dir, optional: true });
    for (const dep of Object.keys(pkg.peerDependencies ?? {})) queue.push({ name: dep, from: dir, optional: optionalPeers.has(dep) });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

const DATA_NOTICES = `# Third-party notices

FOIP Atlas's own code is under the MIT licence (\`LICENSE\`) and its dataset under CC BY 4.0
(\`data/LICENSE.md\`). It ships data and code that others made, under these terms.

## Data

- **Basemap: Natural Earth.** Land, coastlines and country shapes (1:50m; Tuvalu from 1:10m in
  \`src/data/basemap-extras.json\`) and the country points of \`data/initiatives.geojson\` (each country's
  pole of inaccessibility, computed from the 1:10m shapes) come from Natural Earth, which is in the
  public domain: "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com."
  They are used as packaged in TopoJSON by **world-atlas** (ISC licence, © Michael Bostock; its
  licence text is listed below).
- **Country → region table.** \`src/data/country-regions.json\` is derived from the region and
  subregion fields of **world-countries** (mledoze/countries, © Mohammed Le Doze), which is made
  available under the Open Database License (ODbL) 1.0,
  https://opendatacommons.org/licenses/odbl/1.0/. The derived table is available under the same
  licence. (world-countries is used at build time only, by \`npm run build:regions\`.)
- **Source documents.** \`data/sources/\` holds text copies of two documents of the Ministry of Foreign
  Affairs of Japan, and every \`source.quote\` of the dataset is taken from them. MOFA's website content
  is available under the Public Data License (Version 1.0) (PDL 1.0), which is compatible with CC BY
  4.0; see data/LICENSE.md, "The source documents' terms", for the terms quoted with their address.
- **Fonts.** No font file is bundled from outside npm; a font shipped as an npm package is listed
  below with its licence (e.g. the SIL Open Font License).

## npm packages in the app

The runtime dependencies (\`dependencies\` of package.json and what they depend on), and the Workbox
modules that the build puts into the offline service worker, as installed from package-lock.json.
Generated by \`npm run notices\`; do not edit by hand.
`;

export function noticesMarkdown(root: string): string {
  const packages = runtimePackages(root);
  const index = packages.map((p) => `| ${p.name} | ${p.version} | ${p.licence} |`).join('\n');
  const texts = packages
    .map(
      (p) =>
        `### ${p.name} ${p.version} — ${p.licence}\n\n${p.text ? `\`\`\`text\n${p.text.replace(/```/g, "'''")}\n\`\`\`` : '_The package ships no licence file; its package.json states the licence above._'}`,
    )
    .join('\n\n');
  return `${DATA_NOTICES}\n| package | version | licence |\n|---|---|---|\n${index}\n\n${texts}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(NOTICES_PATH, noticesMarkdown(process.cwd()));
  console.log(`wrote ${NOTICES_PATH}`);
}
