/**
 * The one route table. The app is addressed by the URL hash (`#/bewertung/<id>/fragen`) so that
 * it also works opened from a file. Parsing, links, the navigation and the screen switch in
 * `app/screens.tsx` are all derived from this table.
 */

/** What a screen needs before it can show; `app/screens.tsx` loads it and shows errors. */
export type Need =
  /** Nothing to load. */
  | 'nothing'
  /** The questionnaire named in the address (`:questionnaire`, else the default one). */
  | 'questionnaire'
  /** The stored assessment `:id` and its questionnaire. */
  | 'assessment+questionnaire'
  /** The stored assessment `:id`, its questionnaire and its recommendations. */
  | 'assessment+package';

/** Where a route's link is shown: the main navigation or the footer, with its label's key. */
interface RouteDefinition {
  /** Segments after `#/`; `:name` is a parameter, `:name?` an optional last one. */
  readonly path: string;
  readonly needs: Need;
  /** Shown in the main navigation under this label (a key of the UI strings). */
  readonly nav?:
    'navStart' | 'navList' | 'navCompare' | 'navConsolidate' | 'navRegion' | 'navData' | 'navQuestionnaires';
  /** Shown in the footer under this label (a key of the legal strings). */
  readonly footer?: 'imprint' | 'privacy' | 'accessibility' | 'operator';
}

// The order is the navigation's and the footer's order.
export const ROUTES = {
  start: { path: '', needs: 'nothing', nav: 'navStart' },
  new: { path: 'neu/:questionnaire?', needs: 'questionnaire' },
  newShortCheck: { path: 'kurzcheck/:questionnaire?', needs: 'questionnaire' },
  list: { path: 'bewertungen', needs: 'nothing', nav: 'navList' },
  compare: { path: 'vergleich', needs: 'nothing', nav: 'navCompare' },
  consolidate: { path: 'zusammenfuehren', needs: 'nothing', nav: 'navConsolidate' },
  region: { path: 'region', needs: 'nothing', nav: 'navRegion' },
  questionnaires: { path: 'frageboegen', needs: 'nothing', nav: 'navQuestionnaires' },
  data: { path: 'daten', needs: 'nothing', nav: 'navData' },
  imprint: { path: 'impressum', needs: 'nothing', footer: 'imprint' },
  privacy: { path: 'datenschutz', needs: 'nothing', footer: 'privacy' },
  accessibility: { path: 'barrierefreiheit', needs: 'nothing', footer: 'accessibility' },
  operator: { path: 'betreiber', needs: 'nothing', footer: 'operator' },
  profile: { path: 'bewertung/:id/profil', needs: 'assessment+questionnaire' },
  /** `:question`: the question to put the focus on once it is shown (going on from a short check). */
  questions: { path: 'bewertung/:id/fragen/:question?', needs: 'assessment+questionnaire' },
  results: { path: 'bewertung/:id/ergebnis', needs: 'assessment+package' },
  explain: { path: 'bewertung/:id/rechenweg', needs: 'assessment+package' },
  print: { path: 'bewertung/:id/druck', needs: 'assessment+package' },
  /** Answering and presenting in a meeting: one field per screen in large type. */
  projector: { path: 'bewertung/:id/beamer', needs: 'assessment+package' },
} as const satisfies Record<string, RouteDefinition>;

type Table = typeof ROUTES;
/** The name of a screen in the table. */
export type RouteName = keyof Table;

type Segments<P extends string> = P extends `${infer Head}/${infer Rest}` ? Head | Segments<Rest> : P;
type RequiredParam<S> = S extends `:${string}?` ? never : S extends `:${infer N}` ? N : never;
type OptionalParam<S> = S extends `:${infer N}?` ? N : never;
type Params<P extends string> = { [K in RequiredParam<Segments<P>>]: string } & {
  [K in OptionalParam<Segments<P>>]?: string;
};
type Flat<T> = { [K in keyof T]: T[K] };

/** One screen with the parameters its path names, e.g. `{ name: 'results', id: 'a1' }`. */
export type RouteOf<N extends RouteName> = Flat<{ name: N } & Params<Table[N]['path']>>;
/** A place in the app: any route of the table, or an address that names none. */
export type Route = { [N in RouteName]: RouteOf<N> }[RouteName] | { name: 'notFound' };

interface Compiled {
  name: RouteName;
  segments: { literal?: string; param?: string; optional?: boolean }[];
}
const COMPILED: Compiled[] = (Object.keys(ROUTES) as RouteName[]).map((name) => ({
  name,
  segments: ROUTES[name].path
    .split('/')
    .filter(Boolean)
    .map((s) =>
      s.startsWith(':')
        ? { param: s.slice(1).replace(/\?$/, ''), optional: s.endsWith('?') }
        : { literal: s },
    ),
}));

/** Matches decoded address parts against one route, giving its parameters, or undefined. */
function match(route: Compiled, parts: string[]): Record<string, string> | undefined {
  const required = route.segments.filter((s) => !s.optional).length;
  if (parts.length < required || parts.length > route.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = route.segments[i];
    if (!segment) return undefined;
    if (segment.literal !== undefined) {
      if (segment.literal !== part) return undefined;
    } else if (segment.param) params[segment.param] = part;
  }
  return params;
}

/** Parses a hash like `#/bewertung/<id>/fragen` into a route of the table, or `notFound`. */
export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // A broken %-escape in a typed or pasted address: no such page, not a crash.
    return { name: 'notFound' };
  }
  for (const route of COMPILED) {
    const params = match(route, parts);
    // The parameters were read from the address against the table, so they are the route's own.
    if (params) return { ...params, name: route.name } as Route;
  }
  return { name: 'notFound' };
}

/** The hash for a route, built from its path in the table. */
export function routeHref(route: Route): string {
  if (route.name === 'notFound') return '#/';
  const compiled = COMPILED.find((c) => c.name === route.name);
  const params = new Map(Object.entries(route));
  const parts: string[] = [];
  for (const s of compiled?.segments ?? []) {
    if (s.literal !== undefined) parts.push(s.literal);
    else if (s.param) {
      const value = params.get(s.param);
      if (value !== undefined) parts.push(encodeURIComponent(value));
    }
  }
  return `#/${parts.join('/')}`;
}

/** A route whose path has no parameter, such as the navigation's. */
type PlainRouteName = {
  [N in RouteName]: Table[N]['path'] extends `${string}:${string}` ? never : N;
}[RouteName];

/** The table's entries with a label in the navigation (`nav`) or the footer (`footer`), in order. */
function linked<K extends 'nav' | 'footer'>(key: K) {
  return (Object.keys(ROUTES) as RouteName[]).flatMap((name) => {
    const def: RouteDefinition = ROUTES[name];
    const label = def[key];
    // A link needs no parameter: such a route would need one to be found.
    if (!label || def.path.includes(':')) return [];
    return [{ name: name as PlainRouteName, label: label as NonNullable<RouteDefinition[K]> }];
  });
}

/** The main navigation's entries, in the table's order. */
export const NAV_ROUTES = linked('nav');

/** The footer's entries, in the table's order. */
export const FOOTER_ROUTES = linked('footer');
