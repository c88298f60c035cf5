import { useEffect, useMemo, useState } from 'react';
import { Model } from 'survey-core';
import 'survey-core/i18n/german';
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';
import type { AnswerValue, AssessmentRecord } from '../../engine/assessment';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { scoreField } from '../../engine/score';
import { toSurveyJson } from '../../engine/to-survey-json';
import { navigate, routeHref } from '../../components/route';
import { useLanguage, useStrings } from '../../components/use-strings';
import { strings, type Language } from '../../i18n/strings';
import { useAssessmentStore } from '../../store/assessment-store';

const COMMENT = '-Comment';

/** Builds the SurveyJS model once per assessment and kind, seeded with the saved answers and position. */
function createModel(pkg: QuestionnairePackage, a: AssessmentRecord): Model {
  const json = toSurveyJson(pkg.questionnaire, strings.de.survey, a.profile?.kind);
  const model = new Model({ ...json, textUpdateMode: 'onTyping' });
  const data: Record<string, unknown> = { ...a.answers };
  for (const [q, note] of Object.entries(a.notes)) data[q + COMMENT] = note;
  model.data = data;
  const page = a.currentPage ? model.getPageByName(a.currentPage) : null;
  if (page) model.currentPage = page;
  model.completeText = strings.de.questionnaire.toResults;
  // SurveyJS leaves the note field without a name when the question has a title: give it one.
  model.onAfterRenderQuestion.add((m, o) => labelNoteField(m, o.htmlElement, o.question.name));
  // Real headings, so screen-reader users can jump between fields and questions.
  model.onGetTitleTagName.add((_, o) => {
    if (o.element.isPage) o.tagName = 'h2';
    else if (o.element.isQuestion) o.tagName = 'h3';
  });
  return model;
}

// The SurveyJS model is a mutable object owned by SurveyJS; these helpers are the only places
// where the screen changes it after creation.
function applyLanguage(model: Model, language: Language) {
  model.locale = language;
  model.completeText = strings[language].questionnaire.toResults;
  for (const el of document.querySelectorAll<HTMLElement>('.sd-question[data-name]'))
    labelNoteField(model, el, el.dataset.name ?? '');
}
function labelNoteField(model: Model, el: HTMLElement, name: string) {
  const question = model.getQuestionByName(name);
  const area = el.querySelector('textarea');
  if (question && area) area.setAttribute('aria-label', `${question.commentText}: ${question.title}`);
}
/** Brings the model in line with the store after a change made elsewhere (another tab). */
function syncFromStore(model: Model, a: AssessmentRecord) {
  for (const q of model.getAllQuestions()) {
    const answer = a.answers[q.name];
    if (model.getValue(q.name) !== answer) {
      if (answer === undefined) model.clearValue(q.name);
      else model.setValue(q.name, answer);
    }
    const note = a.notes[q.name] ?? '';
    if ((model.getComment(q.name) || '') !== note) model.setComment(q.name, note);
  }
}
function goToPage(model: Model, name: string) {
  const page = model.getPageByName(name);
  if (page) model.currentPage = page;
}

/** Progress per field for the navigation. */
function useFieldProgress(pkg: QuestionnairePackage, a: AssessmentRecord) {
  return useMemo(
    () =>
      pkg.questionnaire.fields
        .map((f) => ({ field: f, s: scoreField(f, a.answers, a.profile?.kind) }))
        .filter(({ s }) => s.total > 0),
    [pkg, a.answers, a.profile?.kind],
  );
}

/** The questionnaire: one SurveyJS page per field of action, a field navigation and progress. */
export default function QuestionnaireScreen({
  pkg,
  assessment,
}: {
  pkg: QuestionnairePackage;
  assessment: AssessmentRecord;
}) {
  const t = useStrings();
  const language = useLanguage();
  const { setAnswer, setNote, setCurrentPage, markCompleted } = useAssessmentStore.getState();
  const id = assessment.id;
  const kind = assessment.profile?.kind;
  // The model is created once per assessment and kind; later answers flow from the model to the store.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- re-creating on every answer would lose focus
  const model = useMemo(() => createModel(pkg, assessment), [pkg, id, kind]);
  const [page, setPage] = useState(() => model.currentPage?.name ?? '');
  // The same element on every render: React then leaves SurveyJS alone when only the store changed,
  // so an answer re-renders the navigation, not the whole questionnaire.
  const survey = useMemo(() => <Survey model={model} />, [model]);
  const progress = useFieldProgress(pkg, assessment);
  const total = progress.reduce((n, p) => n + p.s.total, 0);
  const answered = progress.reduce((n, p) => n + p.s.total - p.s.unanswered, 0);

  useEffect(() => applyLanguage(model, language), [model, language]);
  // Answers given in another tab arrive by rehydration of the store: bring the model in line then
  // (not on every own answer, which the model already shows).
  useEffect(
    () =>
      useAssessmentStore.persist.onFinishHydration((state) => {
        const latest = state.assessments[id];
        if (latest) syncFromStore(model, latest);
      }),
    [model, id],
  );

  useEffect(() => {
    const onValue = (_: Model, o: { name: string; value: unknown }) => {
      if (o.name.endsWith(COMMENT))
        setNote(id, o.name.slice(0, -COMMENT.length), typeof o.value === 'string' ? o.value : '');
      else setAnswer(id, o.name, (o.value ?? undefined) as AnswerValue | undefined);
    };
    const onPage = (m: Model) => {
      const name = m.currentPage?.name ?? '';
      setPage(name);
      setCurrentPage(id, name);
      document.getElementById('questionnaire-heading')?.focus();
    };
    const onComplete = () => {
      markCompleted(id);
      navigate({ name: 'results', id });
    };
    model.onValueChanged.add(onValue);
    model.onCurrentPageChanged.add(onPage);
    model.onComplete.add(onComplete);
    return () => {
      model.onValueChanged.remove(onValue);
      model.onCurrentPageChanged.remove(onPage);
      model.onComplete.remove(onComplete);
    };
  }, [model, id, setAnswer, setNote, setCurrentPage, markCompleted]);

  const jump = (fieldId: string) => {
    goToPage(model, fieldId);
  };

  return (
    <div className="questionnaire">
      <nav className="field-nav" aria-labelledby="field-nav-title">
        <h2 id="field-nav-title">{t.questionnaire.fieldsNav}</h2>
        <p className="progress-text" id="progress-text">
          {t.questionnaire.progress(answered, total)}
        </p>
        <progress max={total} value={answered} aria-labelledby="progress-text" />
        <ol>
          {progress.map(({ field, s }) => {
            const done = s.total - s.unanswered;
            const isCurrent = field.id === page;
            return (
              <li key={field.id}>
                <button
                  type="button"
                  className={isCurrent ? 'current' : undefined}
                  aria-current={isCurrent ? 'step' : undefined}
                  onClick={() => jump(field.id)}
                >
                  <span className="nav-title">{field.title[language]}</span>
                  <span className={done === s.total ? 'nav-state done' : 'nav-state'}>
                    {done === s.total
                      ? `✓ ${t.questionnaire.complete}`
                      : t.questionnaire.fieldState(done, s.total)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        <p>
          <a href={routeHref({ name: 'profile', id })}>{t.questionnaire.editProfile}</a>
        </p>
        <p>
          <a href={routeHref({ name: 'results', id })}>{t.questionnaire.showResults}</a>
        </p>
      </nav>
      <div className="survey-area">
        <h1 id="questionnaire-heading" tabIndex={-1} className="visually-hidden">
          {assessment.profile?.municipality}
        </h1>
        {survey}
      </div>
    </div>
  );
}
