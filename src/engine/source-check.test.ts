import { describe, expect, it } from 'vitest';
import { monthsBetween, sourceCheckCounts, sourcesByCheckedMonth } from './questionnaire-package';
import type { Source } from './questionnaire-schema';
import { testSource as source } from '../../tests/fixtures/fixture-questionnaire';

describe('monthsBetween', () => {
  it.each([
    ['2026-12', '2026-12', 0],
    ['2026-11', '2026-12', 1],
    ['2025-12', '2026-12', 12],
    ['2025-11', '2026-12', 13],
    ['2027-01', '2026-12', -1],
  ])('%s → %s: %i', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
});

describe('sourcesByCheckedMonth', () => {
  it('counts the sources per month, newest month first', () => {
    const list = [source('a', '2026-11'), source('b', '2026-12'), source('c', '2026-11')];
    expect(sourcesByCheckedMonth(list)).toEqual([
      { month: '2026-12', count: 1 },
      { month: '2026-11', count: 2 },
    ]);
  });
});

describe('sourceCheckCounts', () => {
  it.each<[string, Source[], string | undefined, { older: number; stale: number }]>([
    [
      'all checked in the as-of month',
      [source('a', '2026-12'), source('b', '2026-12')],
      '2026-12',
      { older: 0, stale: 0 },
    ],
    [
      'two not checked again, none stale',
      [source('a', '2026-12'), source('b', '2026-11'), source('c', '2026-11')],
      '2026-12',
      { older: 2, stale: 0 },
    ],
    [
      'one older than twelve months',
      [source('a', '2026-12'), source('b', '2025-11')],
      '2026-12',
      { older: 1, stale: 1 },
    ],
    ['twelve months is not yet stale', [source('a', '2025-12')], '2026-12', { older: 1, stale: 0 }],
    ['no as-of month', [source('a', '2026-11')], undefined, { older: 0, stale: 0 }],
  ])('%s', (_name, sources, asOf, expected) => {
    expect(sourceCheckCounts(sources, asOf)).toEqual({
      months: sourcesByCheckedMonth(sources),
      asOf,
      staleAfter: 12,
      ...expected,
    });
  });
});
