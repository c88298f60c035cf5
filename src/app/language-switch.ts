import { loadedStrings, loadStrings } from '../i18n/load-strings';
import { useAssessmentStore } from '../store/assessment-store';

/** Switches between German and English; the English texts are a chunk of their own, so once they are there. */
export function switchLanguage(): void {
  const next = useAssessmentStore.getState().language === 'de' ? 'en' : 'de';
  void loadStrings(next).then((loaded) => {
    if (loaded === loadedStrings(next)) useAssessmentStore.getState().setLanguage(next);
  });
}
