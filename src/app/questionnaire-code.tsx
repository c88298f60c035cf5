import { lazy } from 'react';
import type { MunicipalityKind } from '../engine/questionnaire-schema';
import { DEFAULT_QUESTIONNAIRE_ID, loadQuestionnaire } from '../services/questionnaire-catalog';
import { useAssessmentStore } from '../store/assessment-store';
import { whenIdle } from '../utils/when-idle';

// SurveyJS is large: it loads only when the questionnaire opens, and is prefetched once the start
// screen is shown so that opening the questionnaire is quick.
type QuestionnaireModule = typeof import('../features/questionnaire/questionnaire-screen');
let questionnaireModule: QuestionnaireModule | null = null;
const loadQuestionnaireCode = () =>
  import('../features/questionnaire/questionnaire-screen').then((m) => (questionnaireModule = m));
const LazyQuestionnaireScreen = lazy(loadQuestionnaireCode);

/**
 * The questionnaire screen. Once the prefetch has loaded the code, it is rendered directly: `lazy`
 * would still suspend once, show the fallback and render the questions in a second, time-sliced
 * pass, which on an old laptop keeps the first question away for a few hundred milliseconds more.
 */
export const QuestionnaireScreen: QuestionnaireModule['default'] = (props) => {
  const Loaded = questionnaireModule?.default ?? LazyQuestionnaireScreen;
  return <Loaded {...props} />;
};

/**
 * The default questionnaire's file (loaded and checked once, then cached) and SurveyJS's code, in
 * the background; resolves when the code is there.
 */
export const prefetchQuestions = () => {
  void loadQuestionnaire(DEFAULT_QUESTIONNAIRE_ID);
  return loadQuestionnaireCode();
};

/**
 * While a new assessment's profile is filled in: build its first field's questions, in a quiet
 * moment, but within 200 ms even if none comes. Someone who fills in the form without a pause
 * (the kind is its second field) keeps the browser busy until it is sent, and the questions were
 * then built only after "Weiter zu den Fragen" (CPU profile at CPU ×4, 2026-12-03).
 */
export const prepareQuestions = (id: string, kind: MunicipalityKind) =>
  whenIdle(
    () =>
      void Promise.all([loadQuestionnaireCode(), loadQuestionnaire(id)]).then(([m, q]) => {
        if (q.ok) m.prepareFirstField(q.value, kind, useAssessmentStore.getState().language);
      }),
    200,
  );
