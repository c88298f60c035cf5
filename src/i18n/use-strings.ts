import { useEffect, useState } from 'react';
import { loadedStrings, loadStrings } from './load-strings';
import { de, type Strings } from './strings';
import { useAssessmentStore } from '../store/assessment-store';

/**
 * The UI strings in the chosen language. English is a chunk of its own, loaded before the app
 * switches to it; should it not be there yet (a language change in another tab), German shows
 * until it has loaded.
 */
export function useStrings(): Strings {
  const language = useLanguage();
  const loaded = loadedStrings(language);
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (!loaded) void loadStrings(language).then(() => setArrived((n) => n + 1));
  }, [loaded, language]);
  return loaded ?? de;
}

/** The chosen language. */
export function useLanguage() {
  return useAssessmentStore((s) => s.language);
}
