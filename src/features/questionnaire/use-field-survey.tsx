import { useEffect, useMemo, useRef } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import { useLanguage } from '../../i18n/use-strings';
import { useAssessmentStore } from '../../store/assessment-store';
import {
  applyLanguage,
  createModel,
  fieldPages,
  focusWhenShown,
  onAnswers,
  syncFromStore,
} from './survey/field-model';
import { FieldSurvey } from './survey/field-survey';
import { preparedKey, questionsOpened, takePrepared } from './survey/prepared-field';

/**
 * The current field of an assessment as SurveyJS shows it, for the questionnaire and the projector
 * view alike: its pages, the field's survey element (answers flow into the store), and `go` to
 * another field, which puts the focus on `heading` once that field is shown.
 */
export function useFieldSurvey(
  questionnaire: Questionnaire,
  assessment: AssessmentRecord,
  focusQuestion?: string,
) {
  const language = useLanguage();
  const { setAnswer, setNote, setCurrentPage } = useAssessmentStore.getState();
  const id = assessment.id;
  const kind = assessment.profile?.kind;
  const pages = useMemo(() => fieldPages(questionnaire, kind), [questionnaire, kind]);
  const index = Math.max(
    0,
    pages.findIndex((p) => p.name === assessment.currentPage),
  );
  const page = pages[index];
  const pageName = page?.name ?? '';
  // A new model only when the field changes; later answers flow from the model to the store.
  const model = useMemo(
    () =>
      page
        ? (takePrepared(preparedKey(questionnaire, kind, page.name, language), page, assessment) ??
          createModel(page, assessment, language))
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-creating on every answer would lose focus
    [page, id],
  );
  // The same element on every render: React then leaves SurveyJS alone when only the store changed.
  // A fresh component per field (key): SurveyJS's note fields take their text only when mounted.
  const survey = useMemo(
    () => (model ? <FieldSurvey key={pageName} model={model} /> : null),
    [model, pageName],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => questionsOpened(), []);

  useEffect(() => {
    if (model) applyLanguage(model, language);
  }, [model, language]);

  useEffect(() => {
    if (!model) return;
    const stopAnswers = onAnswers(
      model,
      (questionId, value) => setAnswer(id, questionId, value),
      (questionId, text) => setNote(id, questionId, text),
    );
    // Answers given in another tab arrive by rehydration of the store: bring the model in line then.
    const unsubscribe = useAssessmentStore.persist.onFinishHydration((state) => {
      const latest = state.assessments[id];
      if (latest) syncFromStore(model, latest);
    });
    return () => {
      stopAnswers();
      unsubscribe();
    };
  }, [model, id, setAnswer, setNote]);

  useEffect(() => {
    if (!model || !focusQuestion || !model.getQuestionByName(focusQuestion)) return;
    return focusWhenShown(model, focusQuestion);
  }, [model, focusQuestion]);

  useEffect(() => {
    // After moving to another field, put the focus at its start (not on the first load).
    if (moved.current) heading.current?.focus();
  }, [pageName]);

  const go = (name: string) => {
    moved.current = true;
    setCurrentPage(id, name);
    window.scrollTo(0, 0);
  };
  return { pages, index, page, pageName, survey, heading, go };
}
