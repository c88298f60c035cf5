import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig, type Plugin } from 'vitest/config';
import { builtInQuestionnaires } from './scripts/vite-questionnaires.ts';
import { surveyCssSubset } from './scripts/vite-survey-css.ts';

/**
 * Content-Security-Policy for the built app: scripts only from this origin, no eval, no requests
 * to any other origin. Inline scripts and styles of the single-file edition are allowed by their
 * hashes only. Development keeps Vite's own inline scripts and gets no policy.
 */
function contentSecurityPolicy(singleFileName?: string): Plugin {
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  return {
    name: 'digitalkompass-csp',
    apply: 'build',
    enforce: 'post',
    // Runs after the single-file plugin has inlined everything, so the hashes cover the final scripts.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .map((m) => m[1] ?? '')
            .filter((s) => s.trim() !== '')
            .map(hash);
          const policy = [
            "default-src 'self'",
            `script-src 'self' ${scripts.join(' ')}`.trim(),
            // SurveyJS and Chart.js set inline styles at run time.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
          ].join('; ');
          file.source = html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          );
          if (singleFileName) file.fileName = singleFileName;
        }
      },
    },
  };
}

/**
 * Tells Chrome's JavaScript engine to compile all of a chunk's functions while the file downloads,
 * on a background thread (V8's explicit compile hints, the `//# allFunctionsCalledOnLoad` comment;
 * other browsers ignore it). Only for the entry (the start screen runs nearly all of it) and the
 * questionnaire screen (SurveyJS renders the questions with much of its code). Otherwise each
 * function is compiled on first use on the main thread: on an old laptop about 200 ms before
 * the start screen and 600 ms before the first question (Chromium traces at CPU ×4).
 */
function compileHints(): Plugin {
  const eager = (chunk: { isEntry: boolean; facadeModuleId: string | null }) =>
    chunk.isEntry || /[\\/]questionnaire-screen\.tsx$/.test(chunk.facadeModuleId ?? '');
  return {
    name: 'digitalkompass-compile-hints',
    apply: 'build',
    // After Vite has added its own code at the top of the entry: the comment must come first.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && eager(chunk))
            chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      },
    },
  };
}

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
