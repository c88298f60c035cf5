import { describe, expect, it } from 'vitest';
import { attempt } from './attempt';

describe('attempt', () => {
  it.each<[string, { code: string } | null, () => number, unknown]>([
    ['no problem: the value', null, () => 42, { ok: true, value: 42 }],
    [
      'a problem: it, without running',
      { code: 'differentQuestionnaires' },
      () => 42,
      { ok: false, error: { code: 'differentQuestionnaires' } },
    ],
    [
      'no problem found, yet it throws: unexpected, not the thrown text',
      null,
      () => {
        throw new Error('Runden passen nicht');
      },
      { ok: false, error: { code: 'unexpected' } },
    ],
  ])('%s', (_name, problem, run, expected) => expect(attempt(problem, run)).toEqual(expected));
});
