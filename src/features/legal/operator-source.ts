import { useSyncExternalStore } from 'react';
import {
  OPERATOR_FILE,
  parseOperatorFile,
  type OperatorDetails,
  type OperatorResult,
} from '../../engine/operator';
import { safeLocalStorage } from '../../store/safe-storage';

/** Where the single-file edition keeps the operator details entered in its form. */
export const OPERATOR_STORAGE_KEY = 'digitalkompass-kommune-betreiber';
/** The service worker's cache for betreiber.json (vite.config.ts, runtimeCaching, same name). */
export const OPERATOR_CACHE = 'digitalkompass-betreiber';

/** The operator details as the legal pages see them, with where they came from. */
export type OperatorState =
  { status: 'loading' } | { status: 'unavailable' } | (OperatorResult & { source: 'server' | 'browser' });

/**
 * True when the app was opened from disk (the single-file edition): a browser does not let such a
 * page read a file next to it, so the details come from the form and this browser's storage.
 */
export function operatorFromBrowser(): boolean {
  return window.location.protocol === 'file:';
}

const never = () => () => undefined;

/**
 * operatorFromBrowser for rendering. The start screen in index.html is written at build time,
 * where there is no address: it assumes the single-file edition is opened from disk and the
 * folder edition from a web server, so hydrating matches; the real answer follows at once.
 */
export function useOperatorFromBrowser(): boolean {
  return useSyncExternalStore(never, operatorFromBrowser, () => import.meta.env.MODE === 'single');
}

/** Reads the operator details: from betreiber.json next to index.html, or from storage when opened from disk. */
export async function loadOperator(): Promise<OperatorState> {
  if (operatorFromBrowser())
    return {
      ...parseOperatorFile((await safeLocalStorage.getItem(OPERATOR_STORAGE_KEY)) ?? ''),
      source: 'browser',
    };
  let response: Response;
  try {
    // Ask the server each time (the service worker answers from its copy when offline).
    response = await fetch(OPERATOR_FILE, { cache: 'no-cache' });
  } catch {
    return { status: 'unavailable' };
  }
  // No file, or a server that answers every path with the app's page: nothing is set.
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.includes('html')) return { status: 'unset', source: 'server' };
  return { ...parseOperatorFile(await response.text()), source: 'server' };
}

/** Stores the details of the single-file form (or removes them when empty); true if they were kept. */
export async function storeOperator(details: OperatorDetails | null): Promise<boolean> {
  if (details) await safeLocalStorage.setItem(OPERATOR_STORAGE_KEY, JSON.stringify(details));
  else await safeLocalStorage.removeItem(OPERATOR_STORAGE_KEY);
  const stored = await safeLocalStorage.getItem(OPERATOR_STORAGE_KEY);
  return details ? stored !== null : stored === null;
}

/**
 * Keeps a copy of betreiber.json for offline use once the service worker is active. Under its
 * control the worker caches the file itself; on the first visit the page is not yet controlled,
 * so the page puts the file into the worker's cache.
 */
export function warmOperatorCache(): void {
  if (operatorFromBrowser() || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then(() => fetch(OPERATOR_FILE, { cache: 'no-cache' }))
    .then(async (response) => {
      if (navigator.serviceWorker.controller || !response.ok || !('caches' in window)) return;
      const cache = await caches.open(OPERATOR_CACHE);
      await cache.put(new URL(OPERATOR_FILE, window.location.href).href, response);
    })
    .catch(() => undefined);
}
