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

/** The current route, following hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
