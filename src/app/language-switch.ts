import { loadedStrings, loadStrings } from '../i18n/load-strings';
import { useAssessmentStore } from '../store/assessment-store';

/** Switches between German and English; the English texts are a chunk of their own, so once they are there. */
export function switchLanguage(): void {
  const next = useAssessmentStore.getState().language === 'de' ? 'en' : 'de';
  void loadStrings(next).then((loaded) => {
    if (loaded === loadedStrings(next)) useAssessmentStore.getState().setLanguage(next);
  });
}

/** The event src/main.tsx sends the start screen's script in index.html (tooling/vite/prerender-entry.tsx). */
export const STARTED_EVENT = 'digitalkompass-started';

/**
 * How often the language switch of the start screen written into index.html was clicked before
 * the app's script ran. Its script counts the clicks and stops counting once asked.
 */
export function languageClicksBeforeStart(): number {
  const ask = new CustomEvent<{ clicks: number }>(STARTED_EVENT, { detail: { clicks: 0 } });
  document.dispatchEvent(ask);
  return ask.detail.clicks;
}
