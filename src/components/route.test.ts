import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route';

describe('the legal pages and the operator form', () => {
  it.each<[string, Route]>([
    ['#/impressum', { name: 'imprint' }],
    ['#/datenschutz', { name: 'privacy' }],
    ['#/barrierefreiheit', { name: 'accessibility' }],
    ['#/betreiber', { name: 'operator' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHref(route)).toBe(hash);
  });

  it.each(['#/constructor', '#/__proto__', '#/toString', '#/impressum/x', '#/Impressum'])(
    '%s is no page',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    },
  );
});

describe('odd addresses', () => {
  it.each<[string, Route]>([
    ['#/neu/%E0%A4%A', { name: 'notFound' }],
    ['#/bewertung/%/fragen', { name: 'notFound' }],
    ['#/neu/constructor', { name: 'new', questionnaire: 'constructor' }],
    ['#/bewertung/__proto__/ergebnis', { name: 'results', id: '__proto__' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
