import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { compileHints } from './tooling/vite/compile-hints.ts';
import { contentSecurityPolicy } from './tooling/vite/content-security-policy.ts';
import { prerenderStart } from './tooling/vite/prerender.ts';
import { builtInQuestionnaires } from './tooling/vite/questionnaires.ts';
import { surveyCssSubset } from './tooling/vite/survey-css.ts';

// Relative base: the built folder works from any path on a web server or intranet, and the
// single-file edition works opened from disk.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return {
    base: './',
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [
      react(),
      builtInQuestionnaires(),
      surveyCssSubset(),
      prerenderStart(mode),
      single
        ? viteSingleFile({ removeViteModuleLoader: true })
        : VitePWA({
            // prompt: an update never reloads a half-filled questionnaire on its own.
            registerType: 'prompt',
            injectRegister: false,
            manifest: {
              name: 'Digitalkompass Kommune',
              short_name: 'Digitalkompass',
              description: 'Selbstbewertung der digitalen Reife für bayerische Kommunen',
              lang: 'de',
              start_url: './',
              scope: './',
              display: 'standalone',
              background_color: '#ffffff',
              theme_color: '#0b4f8a',
              icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
            },
            workbox: {
              // Everything, including the questionnaire chunks and SurveyJS (over 1.5 MB), is precached.
              globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
              // The operator edits betreiber.json without a rebuild: never a stale precached copy.
              // It is asked for first and kept for offline use (cache name in operator-source.ts).
              globIgnores: ['betreiber.json'],
              runtimeCaching: [
                {
                  urlPattern: ({ url }) => url.pathname.endsWith('/betreiber.json'),
                  handler: 'NetworkFirst',
                  options: { cacheName: 'digitalkompass-betreiber', networkTimeoutSeconds: 5 },
                },
              ],
              maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
              navigateFallback: 'index.html',
              cleanupOutdatedCaches: true,
            },
          }),
      // Not for the single-file edition: its one inline script holds every screen's code.
      single ? null : compileHints(),
      contentSecurityPolicy(single ? 'digitalkompass-kommune.html' : undefined),
    ],
    resolve: single
      ? {
          // Opened from disk there is no service worker; the register module becomes a no-op.
          alias: {
            'virtual:pwa-register': fileURLToPath(new URL('./src/app/pwa-register-none.ts', import.meta.url)),
          },
        }
      : undefined,
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        output: {
          // Everything the first screen imports in one file: otherwise the bundler splits off
          // what lazy screens share with it (strings, store, helpers) into small extra files,
          // each one more request before the start screen (docs/benchmarks.md, "Übertragen").
          codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
        },
      },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'tests/{unit,fixtures}/**/*.test.ts'],
      environment: 'node',
    },
  };
});
