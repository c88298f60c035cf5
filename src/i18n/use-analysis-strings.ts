import { createContext, useContext, useMemo } from 'react';
import type { Questionnaire, Subject } from '../engine/questionnaire-schema';
import { titlesOf, type Titles } from '../engine/titles';
import { analysisStrings, analysisStringsFor, type AnalysisStrings } from './strings-analysis';
import type { Language } from '../engine/language';
import { useLanguage } from './use-strings';

/** What the questionnaire of the rounds on an analysis screen assesses, once the screen knows it. */
export const AnalysisSubject = createContext<Subject | undefined>(undefined);

/**
 * The strings of the analysis screens (compare, consolidate, region) in the chosen language, in
 * the words of what the questionnaire assesses (Bavarian municipalities until one is known), and
 * the language. A screen that knows the questionnaire passes its subject (`of`) and provides it
 * to its parts (`AnalysisSubject`).
 */
export function useAnalysisStrings(of?: Subject): { lang: Language; a: AnalysisStrings } {
  const lang = useLanguage();
  const provided = useContext(AnalysisSubject);
  const subject = of ?? provided;
  const a = useMemo(
    () => (subject ? analysisStringsFor(lang, subject) : analysisStrings[lang]),
    [lang, subject],
  );
  return { lang, a };
}

/** The questionnaire's field and question titles in the chosen language, by id. */
export function useTitles(q: Pick<Questionnaire, 'fields'>): Titles {
  const lang = useLanguage();
  return useMemo(() => titlesOf(q, lang), [q, lang]);
}
