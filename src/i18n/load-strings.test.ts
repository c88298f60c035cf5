import { describe, expect, it } from 'vitest';
import { loadedStrings, loadStrings } from './load-strings';
import { de } from './strings';

describe('loadStrings', () => {
  it('has German at once and loads English on request', async () => {
    expect(loadedStrings('de')).toBe(de);
    expect(await loadStrings('de')).toBe(de);
    expect(loadedStrings('en')).toBeUndefined();
    const en = await loadStrings('en');
    expect(en.appName).toBe('Digital Compass for Municipalities');
    expect(loadedStrings('en')).toBe(en);
    // The same promise and object on later calls: React re-renders read the loaded copy.
    expect(await loadStrings('en')).toBe(en);
  });

  it('English has every German text, in the same shape', async () => {
    const en = await loadStrings('en');
    const shape = (o: object): unknown =>
      Object.fromEntries(
        Object.entries(o)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, v !== null && typeof v === 'object' ? shape(v as object) : typeof v]),
      );
    expect(shape(en)).toEqual(shape(de));
  });
});
