import { describe, expect, it } from 'vitest';
import { FOOTER_ROUTES, NAV_ROUTES, parseRoute, routeHref, ROUTES, type Route } from './routes';

describe('every route of the table, there and back', () => {
  it.each<[string, Route]>([
    ['#/', { name: 'start' }],
    ['#/neu', { name: 'new' }],
    ['#/neu/bayern-kommunen', { name: 'new', questionnaire: 'bayern-kommunen' }],
    ['#/kurzcheck', { name: 'newShortCheck' }],
    ['#/kurzcheck/bayern-kommunen', { name: 'newShortCheck', questionnaire: 'bayern-kommunen' }],
    ['#/bewertungen', { name: 'list' }],
    ['#/vergleich', { name: 'compare' }],
    ['#/zusammenfuehren', { name: 'consolidate' }],
    ['#/region', { name: 'region' }],
    ['#/frageboegen', { name: 'questionnaires' }],
    ['#/daten', { name: 'data' }],
    ['#/impressum', { name: 'imprint' }],
    ['#/datenschutz', { name: 'privacy' }],
    ['#/barrierefreiheit', { name: 'accessibility' }],
    ['#/betreiber', { name: 'operator' }],
    ['#/bewertung/a1/profil', { name: 'profile', id: 'a1' }],
    ['#/bewertung/a1/fragen', { name: 'questions', id: 'a1' }],
    ['#/bewertung/a1/fragen/strategie.ziele', { name: 'questions', id: 'a1', question: 'strategie.ziele' }],
    ['#/bewertung/a1/ergebnis', { name: 'results', id: 'a1' }],
    ['#/bewertung/a1/rechenweg', { name: 'explain', id: 'a1' }],
    ['#/bewertung/a1/druck', { name: 'print', id: 'a1' }],
    ['#/bewertung/a1/beamer', { name: 'projector', id: 'a1' }],
    ['#/bewertung/M%C3%BCnchen%2F1/druck', { name: 'print', id: 'München/1' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHref(route)).toBe(hash);
  });

  it('covers every route of the table', () => {
    // The cases above name each table entry once or more: a new route needs a case.
    expect(Object.keys(ROUTES)).toHaveLength(19);
  });
});

describe('addresses that name no page', () => {
  it.each([
    '#/constructor',
    '#/__proto__',
    '#/toString',
    '#/impressum/x',
    '#/Impressum',
    '#/neu/a/b',
    '#/bewertung/a1',
    '#/bewertung/a1/fragen/x/y',
    '#/bewertung/a1/unbekannt',
    '#/neu/%E0%A4%A',
    '#/bewertung/%/fragen',
  ])('%s', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'notFound' });
  });

  it('links a route that names no page to the start', () => {
    expect(routeHref({ name: 'notFound' })).toBe('#/');
  });
});

describe('odd values in a parameter', () => {
  it.each<[string, Route]>([
    ['#/neu/constructor', { name: 'new', questionnaire: 'constructor' }],
    ['#/bewertung/__proto__/ergebnis', { name: 'results', id: '__proto__' }],
    ['bewertung/x/fragen', { name: 'questions', id: 'x' }],
    ['#bewertung/x/fragen', { name: 'questions', id: 'x' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(Object.getPrototypeOf(parseRoute(hash))).toBe(Object.prototype);
  });
});

describe('navigation and footer come from the table', () => {
  it('lists the main navigation in order', () => {
    expect(NAV_ROUTES.map((r) => r.name)).toEqual([
      'start',
      'list',
      'compare',
      'consolidate',
      'region',
      'questionnaires',
      'data',
    ]);
  });

  it('lists the footer in order', () => {
    expect(FOOTER_ROUTES.map((r) => r.name)).toEqual(['imprint', 'privacy', 'accessibility', 'operator']);
  });
});
