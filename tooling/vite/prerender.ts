import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';

/** What prerender-entry.tsx exports (typechecked with the app, tsconfig.app.json). */
interface PrerenderEntry {
  renderStart(): string;
  startScreenScript(): string;
}

/**
 * Writes the start screen into index.html at build time (the app renders it with react-dom/server),
 * so that it is seen before any script has loaded; src/main.tsx hydrates it. `mode` is the build's
 * mode: the single-file edition's start screen differs a little (its footer).
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
          return html.replace(
            marker,
            `<div id="root">${entry.renderStart()}</div>\n    <script>${entry.startScreenScript()}</script>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}
