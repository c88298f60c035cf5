import { useEffect, useMemo, useRef } from 'react';
import { Model, settings, type Question } from 'survey-core';
import 'survey-core/i18n/german';
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';
import type { AnswerValue, AssessmentRecord } from '../../engine/assessment';
import type { MunicipalityKind, Questionnaire } from '../../engine/questionnaire-schema';
import { scoreField } from '../../engine/score';
import { toSurveyJson, type SurveyJson } from './survey/to-survey-json';
import { routeHref } from '../../router/routes';
import { navigate } from '../../router/use-route';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { de } from '../../i18n/strings';
import type { Language } from '../../engine/language';
import { useAssessmentStore } from '../../store/assessment-store';
import { installSurveyTheme } from './survey/survey-theme';
import { showsValues, skipTextRefreshOnAnswer } from './survey/text-refresh';

const COMMENT = '-Comment';

// No animations: SurveyJS otherwise runs its own animation code on every answer, and the old
// laptops this is used on pay for each animated frame (docs/benchmarks.md, "Antwortänderung").
settings.animationEnabled = false;
// SurveyJS's theme once in the page, not in every survey (survey-theme.ts).
if (typeof document !== 'undefined') installSurveyTheme(document);
type Page = SurveyJson['pages'][number];

/**
 * One SurveyJS model per field of action. A model holding all 56 questions re-checks every one of
 * them on each answer; a model per field keeps an answer cheap and opens the first page faster.
 * The app's own buttons move between fields.
 */
function createModel(page: Page, a: Pick<AssessmentRecord, 'answers' | 'notes'>, language: Language): Model {
  const model = new Model({
    showQuestionNumbers: 'off',
    showCompletedPage: false,
    showNavigationButtons: false,
    textUpdateMode: 'onTyping',
    pages: [page],
  });
  model.generateStylesheet = false; // the theme is in the page's head once (survey-theme.ts)
  const data: Record<string, unknown> = {};
  for (const el of page.elements) {
    const answer = a.answers[el.name];
    if (answer !== undefined) data[el.name] = answer;
    const note = a.notes[el.name];
    if (note) data[el.name + COMMENT] = note;
  }
  model.data = data;
  model.locale = language;
  if (!showsValues(page)) skipTextRefreshOnAnswer(model);
  // The first question first, then each further one in a task of its own once the one before
  // is on screen (SurveyJS says so with onAfterRenderQuestion). A field's questions take an old
  // laptop about a second to render; this way the first one can be answered after a fifth of
  // that, and a click or key press in between is handled between two questions. SurveyJS's own
  // lazy rendering is not used: it decides after a fixed delay whether a row waits for scrolling,
  // and on a busy machine rows stayed unrendered for good (issue 16). Here only public API and
  // the order of events decide, never how long something took.
  const questions = model.getAllQuestions();
  questions.forEach((q, i) => {
    if (i > 0) q.visible = false;
  });
  model.onAfterRenderQuestion.add((m, o) => {
    // SurveyJS leaves the note field without a name when the question has a title: give it one.
    labelNoteField(m, o.htmlElement, o.question.name);
    revealNext(questions, o.question);
  });
  // SurveyJS gives every radio group a hidden "Clear" title action (shown only with allowClear,
  // which the questionnaire does not use) and builds a toolbar with a pop-up menu for it per
  // question, on every render. Without the hidden action, there is no toolbar to build.
  model.onGetQuestionTitleActions.add((_, o) => {
    o.titleActions = o.titleActions?.filter((action) => action.visible !== false);
  });
  // Real headings, so screen-reader users can jump between fields and questions.
  model.onGetTitleTagName.add((_, o) => {
    if (o.element.isPage) o.tagName = 'h2';
    else if (o.element.isQuestion) o.tagName = 'h3';
  });
  return model;
}

/**
 * Shows the question after `rendered`, in a task of its own, if it is still hidden. Every
 * question's render shows the next one, so all of them are in the page shortly after the first.
 */
function revealNext(questions: readonly Question[], rendered: Question) {
  const next = questions[questions.indexOf(rendered) + 1];
  if (next && !next.visible) setTimeout(() => (next.visible = true), 0);
}

// The SurveyJS model is a mutable object owned by SurveyJS; these helpers are the only places
// where the screen changes it after creation.
function applyLanguage(model: Model, language: Language) {
  if (model.locale === language) return;
  model.locale = language;
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

/** One SurveyJS page per field, for this kind of municipality (the screen and the preparation alike). */
const fieldPages = (q: Questionnaire, kind: MunicipalityKind | undefined) =>
  toSurveyJson(q, de.survey, kind).pages;

// A new assessment's first field, built while the person fills in the profile: SurveyJS takes
// long to build its first model (its code is compiled on first use), and on an old laptop that
// wait would come after "Weiter zu den Fragen". Only a model without answers is ever prepared.
let prepared: { key: string; model: Model } | null = null;
let screensOpen = 0;
const preparedKey = (
  q: Questionnaire,
  kind: MunicipalityKind | undefined,
  page: string,
  language: Language,
) => `${q.id}@${q.version}|${kind ?? ''}|${page}|${language}`;

/** Builds the first field's model for a new assessment of this kind ahead of time. */
export function prepareFirstField(questionnaire: Questionnaire, kind: MunicipalityKind, language: Language) {
  // Too late once the questions are open (the browser was busy until after the form was sent):
  // the screen has built its own model, and another one would only hold up the first answers.
  if (screensOpen > 0) return;
  const page = fieldPages(questionnaire, kind)[0];
  if (!page) return;
  const key = preparedKey(questionnaire, kind, page.name, language);
  if (prepared?.key !== key)
    prepared = { key, model: createModel(page, { answers: {}, notes: {} }, language) };
}

/** The prepared model if it fits and the field has no answers or notes yet (used once). */
function takePrepared(key: string, page: Page, a: AssessmentRecord): Model | null {
  if (prepared?.key !== key) return null;
  const { model } = prepared;
  prepared = null;
  return page.elements.every((el) => a.answers[el.name] === undefined && !a.notes[el.name]) ? model : null;
}

/** Progress per field for the navigation. */
function useFieldProgress(questionnaire: Questionnaire, a: AssessmentRecord) {
  return useMemo(
    () =>
      questionnaire.fields
        .map((f) => ({ field: f, s: scoreField(f, a.answers, a.profile?.kind) }))
        .filter(({ s }) => s.total > 0),
    [questionnaire, a.answers, a.profile?.kind],
  );
}

/** The questionnaire: one page per field of action, a field navigation with progress, resume where left off. */
export default function QuestionnaireScreen({
  questionnaire,
  assessment,
}: {
  questionnaire: Questionnaire;
  assessment: AssessmentRecord;
}) {
  const t = useStrings();
  const language = useLanguage();
  const { setAnswer, setNote, setCurrentPage, markCompleted, confirmAnswers } = useAssessmentStore.getState();
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
  const survey = useMemo(() => (model ? <Survey key={pageName} model={model} /> : null), [model, pageName]);
  const progress = useFieldProgress(questionnaire, assessment);
  const total = progress.reduce((n, p) => n + p.s.total, 0);
  const answered = progress.reduce((n, p) => n + p.s.total - p.s.unanswered, 0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    screensOpen++;
    return () => {
      screensOpen--;
    };
  }, []);

  useEffect(() => {
    if (model) applyLanguage(model, language);
  }, [model, language]);

  useEffect(() => {
    if (!model) return;
    const onValue = (_: Model, o: { name: string; value: unknown }) => {
      if (o.name.endsWith(COMMENT))
        setNote(id, o.name.slice(0, -COMMENT.length), typeof o.value === 'string' ? o.value : '');
      else setAnswer(id, o.name, (o.value ?? undefined) as AnswerValue | undefined);
    };
    model.onValueChanged.add(onValue);
    // Answers given in another tab arrive by rehydration of the store: bring the model in line then.
    const unsubscribe = useAssessmentStore.persist.onFinishHydration((state) => {
      const latest = state.assessments[id];
      if (latest) syncFromStore(model, latest);
    });
    return () => {
      model.onValueChanged.remove(onValue);
      unsubscribe();
    };
  }, [model, id, setAnswer, setNote]);

  useEffect(() => {
    // After moving to another field, put the focus at its start (not on the first load).
    if (moved.current) heading.current?.focus();
  }, [pageName]);

  const go = (name: string) => {
    moved.current = true;
    setCurrentPage(id, name);
    window.scrollTo(0, 0);
  };
  const pending = page ? page.elements.filter((el) => assessment.toConfirm.includes(el.name)) : [];
  const prev = pages[index - 1];
  const next = pages[index + 1];

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
            const isCurrent = field.id === pageName;
            return (
              <li key={field.id}>
                <button
                  type="button"
                  className={isCurrent ? 'current' : undefined}
                  aria-current={isCurrent ? 'step' : undefined}
                  onClick={() => go(field.id)}
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
        <h1 id="questionnaire-heading" ref={heading} tabIndex={-1} className="visually-hidden">
          {assessment.profile?.municipality}: {page ? page.title[language] : ''}
        </h1>
        {pending.length > 0 && (
          <section className="note-box" aria-labelledby="to-confirm-title" data-testid="to-confirm">
            <h2 id="to-confirm-title">{t.questionnaire.toConfirmTitle(pending.length)}</h2>
            <p>{t.questionnaire.toConfirmIntro}</p>
            <ul>
              {pending.map((el) => (
                <li key={el.name}>{el.title[language]}</li>
              ))}
            </ul>
            <button
              type="button"
              className="button"
              onClick={() =>
                confirmAnswers(
                  id,
                  pending.map((el) => el.name),
                )
              }
            >
              {t.questionnaire.confirmAll}
            </button>
          </section>
        )}
        {survey}
        <div className="page-buttons">
          {prev && (
            <button type="button" className="button" onClick={() => go(prev.name)}>
              {t.questionnaire.previous}
            </button>
          )}
          {next ? (
            <button type="button" className="button primary" onClick={() => go(next.name)}>
              {t.questionnaire.next}
            </button>
          ) : (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                markCompleted(id);
                navigate({ name: 'results', id });
              }}
            >
              {t.questionnaire.toResults}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
