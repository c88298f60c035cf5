import { describe, expect, it } from 'vitest';
import { decimalsToShow } from './explain-screen';

describe('decimalsToShow: the shown number rounds to the engine’s whole points', () => {
  it.each([
    [47.46, 2],
    [47.4545, 2],
    [66.6667, 2],
    [47.496, 3],
    [47.4996, 4],
    [47.5, 2],
    [12.49999, 5],
    [12.499999, 6],
  ])('%f → %i decimals', (n, digits) => {
    expect(decimalsToShow(n)).toBe(digits);
    expect(Math.round(Number(n.toFixed(digits)))).toBe(Math.round(n));
  });
});
