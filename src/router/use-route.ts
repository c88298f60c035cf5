import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './routes';

/** Goes to a route. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

/**
 * The current address hash, following hash changes. The start screen is written into index.html
 * at build time with no hash (the server snapshot); a link clicked before the page's code ran
 * has changed the hash by then, and React draws that screen right after hydrating.
 */
export function useHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  return parseRoute(useHash());
}
