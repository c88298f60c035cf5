import type { Model } from 'survey-core';
import type { AssessmentRecord } from '../../../engine/assessment';
import type { Language } from '../../../engine/language';
import type { MunicipalityKind, Questionnaire } from '../../../engine/questionnaire-schema';
import { createModel, fieldPages, type Page } from './field-model';

// A new assessment's first field, built while the person fills in the profile: SurveyJS takes
// long to build its first model (its code is compiled on first use), and on an old laptop that
// wait would come after "Weiter zu den Fragen". Only a model without answers is ever prepared.
let prepared: { key: string; model: Model } | null = null;
let screensOpen = 0;
/** Which questionnaire, kind, field and language a prepared model is for. */
export const preparedKey = (
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
export function takePrepared(key: string, page: Page, a: AssessmentRecord): Model | null {
  if (prepared?.key !== key) return null;
  const { model } = prepared;
  prepared = null;
  // A short check asks fewer questions of the same field: a model of the whole field does not fit.
  if (model.getAllQuestions().length !== page.elements.length) return null;
  return page.elements.every((el) => a.answers[el.name] === undefined && !a.notes[el.name]) ? model : null;
}

/** The questions are on screen (from now on a prepared model would come too late); returns the function for when they close. */
export function questionsOpened(): () => void {
  screensOpen++;
  return () => {
    screensOpen--;
  };
}
