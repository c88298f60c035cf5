import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from '@playwright/test';
import { inPage, openSession, readMark, reloadTwice, workerActivated } from './browser.ts';
import { CPU_SLOWDOWN } from './settings.ts';
import type { StaticServer } from './static-server.ts';

// The physical limit of "start screen visible": the app's own index.html with its start screen
// and style sheet, but without a single script. What the browser needs for it alone.

/** The static page's service worker (staticWorkerSource), next to its index.html. */
export const STATIC_WORKER = 'static-sw.js';

/**
 * The least a service worker can do for a repeat visit: keep the page and its style sheets when
 * installed, and answer every request from that copy (the network only for what it does not
 * hold). No routing, no library. The app's worker (Workbox) does more for the same answer.
 */
function staticWorkerSource(files: string[]): string {
  return `const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};
self.addEventListener('install', (e) => e.waitUntil(caches.open('static').then((c) => c.addAll(FILES))));
self.addEventListener('fetch', (e) => e.respondWith(caches.match(e.request).then((r) => r ?? fetch(e.request))));
`;
}

/**
 * Writes the static page into `out`: the built app's index.html (the start screen is written into
 * it at build time) without its scripts, module preloads and manifest, and the style sheets it
 * links, with a minimal service worker for them (STATIC_WORKER; the page has no script to
 * register it, the benchmark does). Throws when the built page has no start screen to show
 * without a script.
 */
export function writeStaticPage(appDir: string, out: string, heading: string): void {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="(modulepreload|manifest)"[^>]*>\s*/g, '');
  if (!page.includes(heading))
    throw new Error(`index.html der App enthält den Startbildschirm („${heading}“) nicht`);
  const hrefs = [...page.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter(Boolean);
  copyFromBuild(appDir, out, hrefs);
  writeFileSync(join(out, 'index.html'), page);
  writeFileSync(join(out, STATIC_WORKER), staticWorkerSource(hrefs));
}

/** Copies these files (paths relative to the build) from the built app into `out`, folders and all. */
export function copyFromBuild(appDir: string, out: string, paths: Iterable<string>): void {
  mkdirSync(out, { recursive: true });
  for (const path of paths) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    copyFileSync(join(appDir, path), join(out, path));
  }
}

/** One load of the static page: its start screen visible, ms since navigation start. */
export async function staticLoad(browser: Browser, server: StaticServer): Promise<number> {
  const s = await openSession(browser, CPU_SLOWDOWN, server);
  try {
    await s.page.goto(server.url, { waitUntil: 'commit' });
    return await readMark(s.cdp, 'start');
  } finally {
    await s.context.close();
  }
}

/** The static page's first visit and its repeat visit from a service worker, in the same context. */
export interface StaticRepeat {
  first: number;
  /** Reloaded right after the worker had activated. */
  atOnce: number;
  /** Reloaded again REPEAT_PAUSE_MS later. */
  repeat: number;
  /** The reloaded page was controlled by the service worker. */
  controlled: boolean;
}

/**
 * The limit of the app's repeat visit: the static page loaded, its minimal service worker
 * (STATIC_WORKER) registered from outside the page and activated, and the page loaded again in
 * the same context as the app's (reloadTwice), answered by that worker without the server. What
 * a repeat visit from a service worker costs the browser itself, with the same HTML and CSS and
 * no script.
 */
export async function staticRepeat(browser: Browser, server: StaticServer): Promise<StaticRepeat> {
  const s = await openSession(browser, CPU_SLOWDOWN, server);
  try {
    await s.page.goto(server.url, { waitUntil: 'commit' });
    const first = await readMark(s.cdp, 'start');
    await inPage(
      s.cdp,
      `navigator.serviceWorker.register(${JSON.stringify(`./${STATIC_WORKER}`)}).then(() => true)`,
    );
    await workerActivated(s.cdp);
    const [atOnce, repeat] = await reloadTwice(s);
    const controlled = await inPage<boolean>(s.cdp, 'navigator.serviceWorker.controller !== null');
    return { first, atOnce, repeat, controlled };
  } finally {
    await s.context.close();
  }
}
