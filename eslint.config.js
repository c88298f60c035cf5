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
