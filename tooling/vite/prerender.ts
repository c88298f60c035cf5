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
          const page = html.replace(
            marker,
            () =>
              `<div id="root">${entry.renderStart()}</div>\n    <script>${entry.startScreenScript()}</script>`,
          );
          // The single-file edition inlines the entry into the page later (vite-plugin-singlefile).
          return mode === 'single' ? page : entryAfterFirstFrame(page);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Takes the entry's module script out of the head and has a small script at the end of the body
 * add it once the browser draws its first frame (or at once in a tab that is not shown, where no
 * frame is drawn). Fetched from the head, the entry's 330 KB arrived while the page was parsed,
 * and their compilation (compile-hints.ts) kept the throttled main thread from the first frame:
 * start screen 1.22 × the static page, against 1.06 × when added in the first frame (CPU ×4, 21
 * runs each, 2026-12-03). The app's code, which the written start screen does not need, then
 * compiles while the start screen is already seen. Returns the page unchanged when it has no
 * entry script with a source. Not for the single-file edition, whose plugin inlines that script.
 */
export function entryAfterFirstFrame(html: string): string {
  const tag = /^[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/m.exec(html);
  if (!tag?.[1]) return html;
  // The file's name in an attribute (npm run size counts the file from there), so that the
  // script's text, and with it its hash in the Content-Security-Policy, stays the same.
  const loader =
    `(function(){var src=document.currentScript.dataset.entry,added=false,add=function(){if(added)return;added=true;` +
    `var s=document.createElement("script");s.type="module";s.crossOrigin="anonymous";s.src=src;` +
    `document.head.appendChild(s)};` +
    `if(document.hidden)add();else{requestAnimationFrame(add);document.addEventListener("visibilitychange",add,{once:true})}})()`;
  return html
    .replace(tag[0], '')
    .replace('</body>', () => `  <script data-entry="${tag[1]}">${loader}</script>\n  </body>`);
}
