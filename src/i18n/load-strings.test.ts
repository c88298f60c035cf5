import { describe, expect, it } from 'vitest';
import type { RecoveryProblem } from '../store/safe-storage';
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

describe('errors.recovery: what happened to stored data, and where its copy is', () => {
  const kept = 'digitalkompass-kommune-sicherung-2026-03-01T09:30:00.000Z';
  it.each<[RecoveryProblem, string, string]>([
    [
      { code: 'newerVersion', version: 3 },
      'Die gespeicherten Daten stammen aus einer neueren Version des Digitalkompass (Speicherformat 3).',
      'The stored data comes from a newer version of the Digital Compass (storage format 3).',
    ],
    [{ code: 'unreadable' }, 'Die gespeicherten Daten sind nicht lesbar.', 'The stored data cannot be read.'],
    [
      { code: 'noMigrationPath', from: 1 },
      'Kein Weg von Speicherformat 1 zu 2.',
      'There is no way from storage format 1 to 2.',
    ],
    [
      { code: 'droppedEntries', count: 2 },
      '2 gespeicherte Einträge waren beschädigt und wurden nicht geladen.',
      '2 stored entries were damaged and were not loaded.',
    ],
    [
      { code: 'droppedEntries', count: 1 },
      '1 gespeicherter Eintrag war beschädigt und wurde nicht geladen.',
      '1 stored entry was damaged and was not loaded.',
    ],
    [
      { code: 'reshaped' },
      'Die gespeicherten Daten hatten eine unerwartete Form; die lesbaren Bewertungen wurden übernommen.',
      'The stored data had an unexpected shape; the readable assessments were taken over.',
    ],
    [
      { code: 'damaged' },
      'Die gespeicherten Daten waren beschädigt und nicht lesbar.',
      'The stored data was damaged and cannot be read.',
    ],
    [
      { code: 'truncated' },
      'Die gespeicherten Daten waren unvollständig (wohl beim Speichern unterbrochen); die lesbaren Bewertungen wurden übernommen.',
      'The stored data was incomplete (probably interrupted while saving); the readable assessments were taken over.',
    ],
    [
      { code: 'unexpectedShape' },
      'Die gespeicherten Daten hatten eine unerwartete Form und wurden nicht geladen.',
      'The stored data had an unexpected shape and was not loaded.',
    ],
  ])('%j', async (problem, german, english) => {
    const en = await loadStrings('en');
    expect(de.errors.recovery(problem, kept)).toBe(
      `${german} Eine Kopie liegt im Browser-Speicher unter „${kept}“.`,
    );
    expect(en.errors.recovery(problem, kept)).toBe(
      `${english} A copy is kept in the browser’s storage under “${kept}”.`,
    );
  });
});
