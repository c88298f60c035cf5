import type { Language } from '../engine/language';
import { de, type Strings } from './strings';

let english: Strings | undefined;
let englishLoading: Promise<Strings> | undefined;

/**
 * Loads the UI strings of a language. German is part of the first download; English is its own
 * small chunk, fetched when someone switches to it (and precached for offline use).
 */
export function loadStrings(language: Language): Promise<Strings> {
  if (language === 'de') return Promise.resolve(de);
  englishLoading ??= import('./strings-en').then(
    (m) => (english = m.en),
    () => {
      // Not reachable (offline before the offline copy was complete): stay German, try again later.
      englishLoading = undefined;
      return de;
    },
  );
  return englishLoading;
}

/** The UI strings of a language if already loaded. */
export function loadedStrings(language: Language): Strings | undefined {
  return language === 'de' ? de : english;
}
