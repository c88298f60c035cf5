// The single-file edition is opened from disk (file://), where service workers do not exist.
// vite.config.ts maps 'virtual:pwa-register' to this module in that build.
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** No service worker: nothing to register, nothing to update. */
export function registerSW(_options?: RegisterSWOptions): (reloadPage?: boolean) => Promise<void> {
  return () => Promise.resolve();
}
