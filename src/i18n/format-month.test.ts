import { describe, expect, it } from 'vitest';
import { formatMonth } from './format-month';

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
