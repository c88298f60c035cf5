import { describe, expect, it } from 'vitest';
import { attempt } from './attempt';

describe('attempt', () => {
  it.each([
    ['a value', () => 42, { ok: true, value: 42 }],
    [
      'an Error: its message',
      () => {
        throw new Error('Runden passen nicht');
      },
      { ok: false, error: 'Runden passen nicht' },
    ],
    [
      'something else thrown: as text',
      () => {
        throw 'kaputt';
      },
      { ok: false, error: 'kaputt' },
    ],
  ])('%s', (_name, run, expected) => expect(attempt(run)).toEqual(expected));
});
