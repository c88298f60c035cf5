import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openSession, readMark } from './browser.ts';
import { CPU_SLOWDOWN } from './settings.ts';
import type { StaticServer } from './static-server.ts';

// The physical limit of "start screen visible": the app's own index.html with its start screen
// and style sheet, but without a single script. What the browser needs for it alone.

/**
 * Writes the static page into `out`: the built app's index.html (the start screen is written into
 * it at build time) without its scripts, module preloads and manifest, and the style sheets it
 * links. Throws when the built page has no start screen to show without a script.
 */
export function writeStaticPage(appDir: string, out: string, heading: string): void {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="(modulepreload|manifest)"[^>]*>\s*/g, '');
  if (!page.includes(heading))
    throw new Error(`index.html der App enthält den Startbildschirm („${heading}“) nicht`);
  const hrefs = [...page.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  copyFromBuild(appDir, out, hrefs.filter(Boolean));
  writeFileSync(join(out, 'index.html'), page);
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

/**
 * The static page loaded and then loaded again in the same context (the browser asks the server
 * whether the page and its style sheet are still current): the limit of the app's repeat visit,
 * which its service worker answers without the server.
 */
export async function staticReload(
  browser: Browser,
  server: StaticServer,
): Promise<{ first: number; reload: number }> {
  const s = await openSession(browser, CPU_SLOWDOWN, server);
  try {
    await s.page.goto(server.url, { waitUntil: 'commit' });
    const first = await readMark(s.cdp, 'start');
    await s.page.reload({ waitUntil: 'commit' });
    return { first, reload: await readMark(s.cdp, 'start') };
  } finally {
    await s.context.close();
  }
}
