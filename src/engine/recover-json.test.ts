import { describe, expect, it } from 'vitest';
import { recoverTruncatedJson } from './recover-json';

describe('recoverTruncatedJson', () => {
  it.each([
    ['{"a":{"x":1},"b":{"y":2', { a: { x: 1 } }],
    ['{"a":{"x":1},"b":{"y":"}{', { a: { x: 1 } }],
    ['{"list":[{"x":1},{"x":2},{"x"', { list: [{ x: 1 }, { x: 2 }] }],
    ['{"s":"a \\" }","o":{"k":true}}', { s: 'a " }', o: { k: true } }],
    ['{"a":1', undefined],
    ['', undefined],
  ])('%s', (text, expected) => {
    expect(recoverTruncatedJson(text)).toEqual(expected);
  });
});
