import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';

/** What prerender-entry.tsx exports (typechecked with the app, tsconfig.app.json). */
interface PrerenderEntry {
  renderStart(): string;
  renderLinked(): { id: string; html: string }[];
  startScreenScript(): string;
}

/**
 * Writes the start screen into index.html at build time (the app renders it with react-dom/server),
 * so that it is seen before any script has loaded, and the profile forms its links lead to as
 * templates, which the written script shows when a link is followed before the app's code runs;
 * src/main.tsx hydrates the one shown. `mode` is the build's mode: the single-file edition's
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
          const linked = entry
            .renderLinked()
            .map(({ id, html }) => `\n    <template id="${id}">${html}</template>`)
            .join('');
          return html.replace(
            marker,
            () =>
              `<div id="root">${entry.renderStart()}</div>${linked}\n    <script>${entry.startScreenScript()}</script>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}
