import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './routes';
import { writtenHash } from './written-screen';

/** Goes to a route. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

/**
 * The current address hash, following hash changes. The screens written into index.html at build
 * time (router/written-screen.ts) are the server snapshot: React takes over the one in the page,
 * then follows the address.
 */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, writtenHash);
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  return parseRoute(useHash());
}
