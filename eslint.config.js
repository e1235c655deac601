// Lint: typescript-eslint's recommended rules, the module boundaries of CONTRIBUTING.md (each
// folder's "may import" column is one rule here, proved by scripts/lint-boundaries.test.ts), and no
// import cycles (eslint-plugin-import-x).
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'The data core, pictures and writers stay free of React.',
};
const noMapLibre = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map talks to MapLibre.' };
const noUi = { group: ['**/ui/*', '**/app/*', '**/app/**'], message: 'Lower layers must not import the UI or the app.' };
const noMap = {
  group: ['**/map/**'],
  message: 'Only the app and the UI’s layer table reach into src/map; pictures and writers are handed what the map drew.',
};
const noState = {
  group: ['**/state/*'],
  message: 'The data core and pictures must not import the app state (state builds on data, not the other way).',
};
const noPicture = { group: ['**/picture/*'], message: 'The data core must not import the pictures (pictures build on data).' };
const noDeck = { group: ['**/deck/*'], message: 'Only the app reaches the deck writer.' };
/** The map reaches src/video through the recorder's one interface, which it implements. */
const mapVideo = {
  regex: '/video/(?!recordable\\.ts$)',
  message: 'src/map imports from src/video only recordable.ts, the recorder’s interface it implements.',
};
const noVideo = { group: ['**/video/*'], message: 'The data core, state, pictures and decks must not import the video recorder.' };
const noOurs = { group: ['../*', '../../*'], message: 'src/lib is generic: it imports nothing of the app.' };
/** What src/map offers the UI: the optional layers' table (menu labels and legend entries). */
const uiMap = {
  regex: '/map/(?!style/optional-layers\\.ts$)',
  message: 'The UI imports from src/map only style/optional-layers.ts (the layers’ labels and legend); the rest is the map owner’s.',
};
/** zod only through src/data/zod.ts, which turns its eval-based JIT off whatever the module order. */
const zodMessage = 'Import z from src/data/zod.ts: it configures Zod Mini once, with English messages and without eval (strict CSP).';
const zodOnce = [
  { name: 'zod', allowTypeImports: true, message: zodMessage },
  { name: 'zod/mini', allowTypeImports: true, message: zodMessage },
];
/** Node tools build on the pure data core, pictures' sizes, the video plan, generic helpers and the documented automation API only. */
const scriptsOnly = {
  regex: '/src/(app/(?!automation\\.ts$)|map/|state/|ui/)',
  message:
    'scripts/ and bench/ import only src/data, src/lib, src/picture, src/video, src/deck, src/brief and the automation API (src/app/automation.ts).',
};
const restrict = (patterns, paths = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  // scripts/fixtures/cycle/: an import cycle on purpose, linted only by scripts/lint-boundaries.test.ts.
  { ignores: ['dist/', 'dist-single/', 'dist-bench/', 'node_modules/', 'tests/output/', 'scripts/fixtures/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URLSearchParams: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/fixtures/cycle/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js'] },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/data/**'],
    ignores: ['src/data/zod.ts'],
    rules: restrict([noReact, noMapLibre, noUi, noMap, noState, noPicture, noVideo, noDeck], zodOnce),
  },
  { files: ['src/lib/**'], rules: restrict([noReact, noMapLibre, noOurs]) },
  // Reading a user's own files (CSV, spreadsheets, GeoJSON, KML, shapefiles): pure, in a worker and in Node.
  { files: ['src/user-data/**'], rules: restrict([noReact, noMapLibre, noUi, noMap, noState, noPicture, noVideo, noDeck], zodOnce) },
  { files: ['src/state/**'], rules: restrict([noReact, noMapLibre, noUi, noMap, noPicture, noVideo, noDeck], zodOnce) },
  // Pure 2-D drawing shared by every picture: PNG, video frames, deck slides.
  { files: ['src/picture/**'], rules: restrict([noReact, noMapLibre, noUi, noMap, noState, noVideo, noDeck]) },
  // The deck model and writer run in Node (the command line) and the browser.
  { files: ['src/deck/**'], rules: restrict([noReact, noMapLibre, noUi, noMap, noVideo]) },
  // The A4 brief's model and document: data, lib and the pictures' palette; handed the map's picture, never the map.
  { files: ['src/brief/**'], rules: restrict([noReact, noMapLibre, noUi, noMap, noState, noVideo, noDeck]) },
  { files: ['src/map/**'], rules: restrict([noUi, noDeck, mapVideo]) },
  // The recorder, its plan and its encoders: the map reaches them through recordable.ts, never the other way.
  { files: ['src/video/**'], rules: restrict([noReact, noMapLibre, noUi, noMap, noState, noDeck]) },
  {
    files: ['src/ui/**'],
    rules: restrict([noMapLibre, uiMap, noDeck, { group: ['**/app/*', '**/app/**'], message: 'The UI must not import the app.' }]),
  },
  { files: ['scripts/**', 'bench/*.ts'], ignores: ['scripts/font-text.ts'], rules: restrict([scriptsOnly]) },
  // The benchmark's floors are browser pages that draw the app's own picture (its badges, regions and
  // basemap files) in bare MapLibre: they import the map's style modules, and nothing of the app.
  {
    files: ['bench/pages/**'],
    rules: restrict([
      noUi,
      {
        regex: '/src/map/(?!style/|detail/)',
        message: 'A floor page draws the picture with the map’s style and site-zoom modules only (src/map/style/, src/map/detail/).',
      },
    ]),
  },
  // The one exception: the font subset must hold every character the interface shows, so it reads the
  // interface's own strings table rather than a copy of it.
  {
    files: ['scripts/font-text.ts'],
    rules: restrict([{ ...scriptsOnly, regex: '/src/(app/(?!automation\\.ts$)|map/|state/|ui/(?!strings\\.ts$))' }]),
  },
  {
    // The example host page: plain browser JavaScript.
    files: ['public/**/*.js'],
    languageOptions: { globals: { location: 'readonly', URL: 'readonly', JSON: 'readonly' } },
  },
  {
    // Tests poke at deliberately malformed shapes.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
