import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber } from './format';

describe('formatDate', () => {
  it.each([
    ['2026-03-01', 'de', '01.03.2026'],
    ['2026-03-01', 'en', '01/03/2026'],
    // A stored date-time is shown as the day it was in Bavaria.
    ['2026-12-31T22:59:00.000Z', 'de', '31.12.2026'],
    ['2026-12-31T23:30:00.000Z', 'de', '01.01.2027'],
    ['2026-07-01T00:30:00+02:00', 'en', '01/07/2026'],
    ['kein Datum', 'de', 'kein Datum'],
    ['2026-13-45Tx', 'de', '2026-13-45Tx'],
    ['', 'en', ''],
  ] as const)('%s (%s) → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang, 'Europe/Berlin')).toBe(expected);
  });

  it('writes every day of a leap year as Intl.DateTimeFormat does, in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (let d = 0; d < 366; d++) {
        const day = new Date(Date.UTC(2028, 0, 1 + d, 12));
        expect(formatDate(day.toISOString().slice(0, 10), lang)).toBe(intl.format(day));
      }
    }
  });
});

describe('formatMonth', () => {
  it.each([
    ['2026-12', 'de', 'Dezember 2026'],
    ['2026-12', 'en', 'December 2026'],
    ['2025-01', 'de', 'Januar 2025'],
    ['kein Monat', 'de', 'kein Monat'],
  ] as const)('%s (%s) → %s', (month, lang, expected) => {
    expect(formatMonth(month, lang)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    [1234.5, 'de', undefined, '1.234,5'],
    [1234.5, 'en', undefined, '1,234.5'],
    [2.345, 'de', { maximumFractionDigits: 2, minimumFractionDigits: 2 }, '2,35'],
    [0.5, 'en', { style: 'percent' }, '50%'],
  ] as const)('%s (%s) → %s', (n, lang, options, expected) => {
    expect(formatNumber(n, lang, options)).toBe(expected);
  });
});
