import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test data (tests/fixtures) never ships: only tests import it. A rule of its own name, so
    // that it stands beside the engine's and the features' no-restricted-imports.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**'], message: 'Ausgelieferter Code importiert nichts aus tests/.' },
          ],
        },
      ],
    },
  },
  {
    // The engine is pure domain logic: it must run in Node and never import UI code.
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
            {
              group: ['**/store/**', '**/features/**', '**/components/**', '**/app/**', '**/i18n/**'],
              message: 'Die Engine importiert nichts aus der Oberfläche.',
            },
          ],
        },
      ],
    },
  },
  {
    // A feature never imports another feature; shared pieces go to components/.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\.\./[^.]|/features/',
              message: 'Ein Feature importiert kein anderes Feature.',
            },
          ],
        },
      ],
    },
  },
);
