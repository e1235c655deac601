// Lint: typescript-eslint's recommended rules plus the module boundaries of CONVENTIONS.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noReact = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The data core and state stay free of React.' };
const noMapLibre = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map talks to MapLibre.' };
const noUi = { group: ['**/ui/*', '**/app/*'], message: 'Lower layers must not import the UI or the app.' };
const noMap = { group: ['**/map/*'], message: 'The data core must not import the map.' };
const noState = { group: ['**/state/*'], message: 'The data core must not import the app state (state builds on data, not the other way).' };
const noOurs = { group: ['../*', '../../*'], message: 'src/lib is generic: it imports nothing of the app.' };
/** What src/map offers the UI: colours, the export sizes and the optional layers' table. */
const uiMap = {
  group: ['**/map/*', '!**/map/palette.ts', '!**/map/export-sizes.ts', '!**/map/optional-layers.ts'],
  message: 'The UI imports from src/map only palette.ts, export-sizes.ts and optional-layers.ts; the rest is the map owner’s.',
};
/** zod only through src/data/zod.ts, which turns its eval-based JIT off whatever the module order. */
const zodMessage = 'Import z from src/data/zod.ts: it configures Zod Mini once, with English messages and without eval (strict CSP).';
const zodOnce = [
  { name: 'zod', allowTypeImports: true, message: zodMessage },
  { name: 'zod/mini', allowTypeImports: true, message: zodMessage },
];
/** Node tools build on the pure data core, generic helpers and the documented automation API only. */
const scriptsOnly = {
  group: ['**/src/app/*', '!**/src/app/automation.ts', '**/src/map/*', '**/src/state/*', '**/src/ui/*'],
  message: 'scripts/ import only src/data, src/lib and the automation API (src/app/automation.ts).',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'dist-bench/', 'node_modules/', 'tests/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URLSearchParams: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/data/**'], ignores: ['src/data/zod.ts'], rules: { 'no-restricted-imports': ['error', { paths: zodOnce, patterns: [noReact, noMapLibre, noUi, noMap, noState] }] } },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noMapLibre, noOurs] }] } },
  { files: ['src/state/**'], rules: { 'no-restricted-imports': ['error', { paths: zodOnce, patterns: [noReact, noMapLibre, noUi, noMap] }] } },
  // The deck model and writer run in Node (the command line) and the browser: no React, no map, no UI.
  { files: ['src/deck/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noMapLibre, noUi] }] } },
  { files: ['src/map/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noUi] }] } },
  // Video: plan, codecs and recorder free of React and MapLibre (the map reaches them through record.ts's interfaces).
  { files: ['src/video/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noMapLibre, noUi] }] } },
  { files: ['src/ui/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noMapLibre, uiMap, { group: ['**/app/*'], message: 'The UI must not import the app.' }] }] } },
  { files: ['scripts/**'], ignores: ['scripts/font-text.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [scriptsOnly] }] } },
  // The one exception: the font subset must hold every character the interface shows, so it reads the
  // interface's own strings and amount formatter rather than a copy of them.
  { files: ['scripts/font-text.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [{ ...scriptsOnly, group: [...scriptsOnly.group, '!**/src/ui/strings.ts', '!**/src/ui/DetailPanel.tsx'] }] }] } },
  {
    // The example host page: plain browser JavaScript.
    files: ['public/**/*.js'],
    languageOptions: { globals: { location: 'readonly', URL: 'readonly', JSON: 'readonly' } },
  },
  {
    // Tests poke at deliberately malformed shapes.
    files: ['**/*.test.ts', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
