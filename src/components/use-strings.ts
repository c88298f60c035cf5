import { strings, type Strings } from '../i18n/strings';
import { useAssessmentStore } from '../store/assessment-store';

/** The UI strings in the chosen language. */
export function useStrings(): Strings {
  return strings[useAssessmentStore((s) => s.language)];
}

/** The chosen language. */
export function useLanguage() {
  return useAssessmentStore((s) => s.language);
}
