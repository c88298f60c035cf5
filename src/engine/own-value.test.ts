import { describe, expect, it } from 'vitest';
import { ownValue } from './assessment';

describe('ownValue', () => {
  const record: Record<string, number> = { a: 1 };
  it.each([
    ['a', 1],
    ['b', undefined],
    ['constructor', undefined],
    ['toString', undefined],
    ['hasOwnProperty', undefined],
    ['__proto__', undefined],
  ])('%s → %s', (key, expected) => {
    expect(ownValue(record, key)).toBe(expected);
  });
  it('finds an own __proto__ key (as JSON.parse makes one)', () => {
    const parsed = JSON.parse('{"__proto__": 5}') as Record<string, number>;
    expect(ownValue(parsed, '__proto__')).toBe(5);
  });
});
