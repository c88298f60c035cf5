import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first, and what each may import (bulletproof-react keeps its layers
 * the same way, with import/no-restricted-paths). A layer may import only the ones it names;
 * tests/unit/lint-boundaries.test.ts plants a violation of each rule and expects lint to fail.
 */
const LAYERS = {
  // Pure domain logic: runs in Node as it is.
  engine: [],
  // Small browser helpers (download, idle callbacks), no app code.
  utils: [],
  // The route table and the hash.
  router: [],
  // The zustand store, its storage and the sync between tabs.
  store: ['engine'],
  // UI strings, formatting and the hook that picks the language from the store.
  i18n: ['engine', 'store'],
  // Application services: catalogue loading, results, backup, carry-over.
  services: ['engine', 'store'],
  // Shared UI pieces.
  components: ['engine', 'utils', 'router', 'i18n', 'services'],
  // One folder per screen; a feature never imports another feature.
  features: ['engine', 'utils', 'router', 'store', 'i18n', 'services', 'components'],
  // The shell: everything.
  app: ['engine', 'utils', 'router', 'store', 'i18n', 'services', 'components', 'features'],
};
const FEATURES = readdirSync(new URL('./src/features', import.meta.url));

const layerZones = Object.entries(LAYERS).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: './src',
  except: [`./${layer}`, ...allowed.map((a) => `./${a}`)],
  message: `„${layer}“ darf nur ${allowed.length ? allowed.join(', ') : 'sich selbst'} importieren.`,
}));
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Ein Feature importiert kein anderes Feature; Geteiltes gehört nach components/ oder engine/.',
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Read imported modules with the TypeScript parser, so that cycles through them are seen.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            ...featureZones,
            {
              target: './src',
              from: './tests',
              message: 'Ausgelieferter Code importiert keine Testdaten.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests next to the code may use the shared test data.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
    },
  },
  {
    // SurveyJS lives in one folder, features/questionnaire/survey/ (and the build plugin for its CSS).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/questionnaire/survey/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['survey-*', 'survey-*/**'],
              message: 'SurveyJS gehört nach features/questionnaire/survey/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine is pure domain logic: it must run in Node and never import UI libraries.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'zustand',
                'zustand/*',
                'survey-*',
                'chart.js',
                'chart.js/*',
              ],
              message: 'Die Engine bleibt frei von UI-Bibliotheken.',
            },
          ],
        },
      ],
    },
  },
  {
    // Build plugins, command-line tools and the benchmark stay apart; what two of them share
    // (Chromium flags, questionnaire files) sits at the top of tooling/.
    files: ['tooling/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(vite|cli|bench)/',
              message: 'Ein Werkzeugordner importiert keinen anderen; Gemeinsames liegt in tooling/.',
            },
          ],
        },
      ],
    },
  },
);
