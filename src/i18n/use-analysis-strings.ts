import { useMemo } from 'react';
import type { Questionnaire } from '../engine/questionnaire-schema';
import { titlesOf, type Titles } from '../engine/titles';
import { analysisStrings, type AnalysisStrings } from './strings-analysis';
import type { Language } from '../engine/language';
import { useLanguage } from './use-strings';

/** The strings of the analysis screens (compare, consolidate, region) in the chosen language, and the language. */
export function useAnalysisStrings(): { lang: Language; a: AnalysisStrings } {
  const lang = useLanguage();
  return { lang, a: analysisStrings[lang] };
}

/** The questionnaire's field and question titles in the chosen language, by id. */
export function useTitles(q: Pick<Questionnaire, 'fields'>): Titles {
  const lang = useLanguage();
  return useMemo(() => titlesOf(q, lang), [q, lang]);
}
