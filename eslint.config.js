// Lint: typescript-eslint's recommended rules plus the module boundaries of CONVENTIONS.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noReact = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The data core and state stay free of React.' };
const noMapLibre = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map talks to MapLibre.' };
const noUi = { group: ['**/ui/*', '**/app/*'], message: 'Lower layers must not import the UI or the app.' };
const noMap = { group: ['**/map/*'], message: 'The data core must not import the map.' };

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
  { files: ['src/data/**', 'src/lib/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noMapLibre, noUi, noMap] }] } },
  { files: ['src/state/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noMapLibre, noUi, noMap] }] } },
  { files: ['src/map/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noUi] }] } },
  // Video: plan, codecs and recorder free of React and MapLibre (the map reaches them through record.ts's interfaces).
  { files: ['src/video/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noMapLibre, noUi] }] } },
  { files: ['src/ui/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noMapLibre, { group: ['**/app/*'], message: 'The UI must not import the app.' }] }] } },
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
