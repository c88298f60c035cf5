import { Model, settings, type Question } from 'survey-core';
import 'survey-core/i18n/german';
import 'survey-core/survey-core.fontless.min.css';
import type { AnswerValue, AssessmentRecord } from '../../../engine/assessment';
import type { Language } from '../../../engine/language';
import type { MunicipalityKind, Questionnaire } from '../../../engine/questionnaire-schema';
import { de } from '../../../i18n/strings';
import { withoutChoicePanels } from './choice-panels';
import { hasConditions, skipConditionsOnAnswer } from './conditions';
import { installSurveyTheme } from './survey-theme';
import { showsValues, skipTextRefreshOnAnswer } from './text-refresh';
import { toSurveyJson, type SurveyJson } from './to-survey-json';

// Everything that knows SurveyJS's model sits in this folder; the screen only hands over the
// assessment and gets answers back.
const COMMENT = '-Comment';

// No animations: SurveyJS otherwise runs its own animation code on every answer, and the old
// laptops this is used on pay for each animated frame (docs/benchmarks.md, "Antwortänderung").
settings.animationEnabled = false;
// SurveyJS's theme once in the page, not in every survey (survey-theme.ts).
if (typeof document !== 'undefined') installSurveyTheme(document);
/** One field of action as a SurveyJS page. */
export type Page = SurveyJson['pages'][number];

/**
 * One SurveyJS model per field of action. A model holding all 56 questions re-checks every one of
 * them on each answer; a model per field keeps an answer cheap and opens the first page faster.
 * The app's own buttons move between fields.
 */
export function createModel(
  page: Page,
  a: Pick<AssessmentRecord, 'answers' | 'notes'>,
  language: Language,
): Model {
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
  if (!hasConditions(page)) skipConditionsOnAnswer(model);
  withoutChoicePanels(model);
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
/** Switches the model's language and names the note fields anew. */
export function applyLanguage(model: Model, language: Language) {
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
export function syncFromStore(model: Model, a: AssessmentRecord) {
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

/**
 * Puts the focus on the question `name` once SurveyJS says it is on screen (its questions appear
 * one after another, see createModel): where the full assessment goes on after a short check.
 * Returns the function that stops waiting.
 */
export function focusWhenShown(model: Model, name: string): () => void {
  const focus = (el: HTMLElement) => {
    el.querySelector<HTMLElement>('input, textarea')?.focus();
    el.scrollIntoView({ block: 'center' });
  };
  // Already on screen (SurveyJS rendered it before the screen asked): at once.
  const shown = document.querySelector<HTMLElement>(`.sd-question[data-name="${CSS.escape(name)}"]`);
  if (shown) {
    focus(shown);
    return () => undefined;
  }
  const onRender = (_: Model, o: { question: Question; htmlElement: HTMLElement }) => {
    if (o.question.name !== name) return;
    focus(o.htmlElement);
    model.onAfterRenderQuestion.remove(onRender);
  };
  model.onAfterRenderQuestion.add(onRender);
  return () => model.onAfterRenderQuestion.remove(onRender);
}

/** One SurveyJS page per field, for this kind of municipality (the screen and the preparation alike). */
export const fieldPages = (q: Questionnaire, kind: MunicipalityKind | undefined) =>
  toSurveyJson(q, de.survey, kind).pages;

/**
 * Passes every answer and note the person gives in the model on, as the store keeps them; returns
 * the function that stops it.
 */
export function onAnswers(
  model: Model,
  answer: (questionId: string, value: AnswerValue | undefined) => void,
  note: (questionId: string, text: string) => void,
): () => void {
  const onValue = (_: Model, o: { name: string; value: unknown }) => {
    if (o.name.endsWith(COMMENT))
      note(o.name.slice(0, -COMMENT.length), typeof o.value === 'string' ? o.value : '');
    // SurveyJS's values are the levels and markers the questionnaire's JSON gave it.
    else answer(o.name, (o.value ?? undefined) as AnswerValue | undefined);
  };
  model.onValueChanged.add(onValue);
  return () => model.onValueChanged.remove(onValue);
}
