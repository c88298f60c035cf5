import { useSyncExternalStore } from 'react';

/** The screens of the app, addressed by the URL hash so it also works opened from a file. */
export type Route =
  | { name: 'start' }
  | { name: 'new'; questionnaire?: string }
  | { name: 'list' }
  | { name: 'compare' }
  | { name: 'consolidate' }
  | { name: 'region' }
  | { name: 'data' }
  | { name: 'questionnaires' }
  | { name: 'imprint' }
  | { name: 'privacy' }
  | { name: 'accessibility' }
  | { name: 'operator' }
  | { name: 'profile'; id: string }
  | { name: 'questions'; id: string }
  | { name: 'results'; id: string }
  | { name: 'explain'; id: string }
  | { name: 'print'; id: string }
  | { name: 'notFound' };

type LegalRouteName = 'imprint' | 'privacy' | 'accessibility' | 'operator';
/** The legal pages and the operator form, by the word in their address. */
const LEGAL_ROUTES = new Map<string, LegalRouteName>([
  ['impressum', 'imprint'],
  ['datenschutz', 'privacy'],
  ['barrierefreiheit', 'accessibility'],
  ['betreiber', 'operator'],
]);
const LEGAL_HASHES = new Map<LegalRouteName, string>([...LEGAL_ROUTES].map(([hash, name]) => [name, hash]));

/** Parses a hash like `#/bewertung/<id>/fragen`. */
export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // A broken %-escape in a typed or pasted address: no such page, not a crash.
    return { name: 'notFound' };
  }
  const [head, id, tail] = parts;
  if (parts.length === 0) return { name: 'start' };
  if (head === 'neu' && parts.length === 1) return { name: 'new' };
  if (head === 'neu' && id && parts.length === 2) return { name: 'new', questionnaire: id };
  if (parts.length === 1) {
    if (head === 'bewertungen') return { name: 'list' };
    if (head === 'vergleich') return { name: 'compare' };
    if (head === 'zusammenfuehren') return { name: 'consolidate' };
    if (head === 'region') return { name: 'region' };
    if (head === 'daten') return { name: 'data' };
    if (head === 'frageboegen') return { name: 'questionnaires' };
    const legal = head === undefined ? undefined : LEGAL_ROUTES.get(head);
    if (legal) return { name: legal };
  }
  if (head === 'bewertung' && id && parts.length === 3) {
    if (tail === 'profil') return { name: 'profile', id };
    if (tail === 'fragen') return { name: 'questions', id };
    if (tail === 'ergebnis') return { name: 'results', id };
    if (tail === 'rechenweg') return { name: 'explain', id };
    if (tail === 'druck') return { name: 'print', id };
  }
  return { name: 'notFound' };
}

/** The hash for a route. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'start':
    case 'notFound':
      return '#/';
    case 'new':
      return route.questionnaire ? `#/neu/${encodeURIComponent(route.questionnaire)}` : '#/neu';
    case 'list':
      return '#/bewertungen';
    case 'compare':
      return '#/vergleich';
    case 'consolidate':
      return '#/zusammenfuehren';
    case 'region':
      return '#/region';
    case 'data':
      return '#/daten';
    case 'questionnaires':
      return '#/frageboegen';
    case 'imprint':
    case 'privacy':
    case 'accessibility':
    case 'operator':
      return `#/${LEGAL_HASHES.get(route.name) ?? ''}`;
    case 'profile':
      return `#/bewertung/${encodeURIComponent(route.id)}/profil`;
    case 'questions':
      return `#/bewertung/${encodeURIComponent(route.id)}/fragen`;
    case 'results':
      return `#/bewertung/${encodeURIComponent(route.id)}/ergebnis`;
    case 'explain':
      return `#/bewertung/${encodeURIComponent(route.id)}/rechenweg`;
    case 'print':
      return `#/bewertung/${encodeURIComponent(route.id)}/druck`;
  }
}

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
