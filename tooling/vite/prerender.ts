import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';

/** What prerender-entry.tsx exports (typechecked with the app, tsconfig.app.json). */
interface PrerenderEntry {
  renderStart(): string;
  startScreenScript(): string;
}

/**
 * Writes the start screen into index.html at build time (the app renders it with react-dom/server),
 * so that it is seen before any script has loaded, and after it a small script with the profile
 * forms its links lead to, which it shows when a link is followed before the app's code runs;
 * src/main.tsx hydrates the screen shown. `mode` is the build's mode: the single-file edition's
 * screens differ a little (their footer).
 */
export function prerenderStart(mode: string): Plugin {
  return {
    name: 'digitalkompass-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          mode,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const entry = (await server.ssrLoadModule(
            fileURLToPath(new URL('./prerender-entry.tsx', import.meta.url)),
          )) as PrerenderEntry;
          const marker = '<div id="root"></div>';
          if (!html.includes(marker)) throw new Error('index.html has no empty <div id="root"></div>');
          return stylesheetsFirst(html).replace(
            marker,
            () =>
              `<div id="root">${entry.renderStart()}</div>\n    <script>${entry.startScreenScript()}</script>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Puts the start file's stylesheet before its script in the head. The browser asks for them in
 * that order, and on a repeat visit the service worker answers in it: behind the script (330 KB)
 * the stylesheet, which the first frame waits for, came about 90 ms later at CPU ×4 (Chromium
 * trace, 2026-12-03). The script is a module and runs after parsing either way.
 */
export function stylesheetsFirst(html: string): string {
  const sheets = [...html.matchAll(/^[ \t]*<link rel="stylesheet"[^>]*>\n?/gm)].map((m) => m[0]);
  const script = /^[ \t]*<script type="module"[^>]*><\/script>\n?/m.exec(html);
  if (!script || sheets.length === 0) return html;
  const rest = sheets.reduce((h, sheet) => h.replace(sheet, ''), html);
  return rest.replace(script[0], () => sheets.join('') + script[0]);
}
