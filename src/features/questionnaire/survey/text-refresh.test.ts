import { Model, type Question } from 'survey-core';
import 'survey-core/i18n/german';
import { describe, expect, it } from 'vitest';
import { bavarianSurveyPages, fixtureSurveyPage } from '../../../../tests/fixtures/survey-pages';
import { showsValues, skipTextRefreshOnAnswer } from './text-refresh';

/** A model of one field, as the screen builds it, and a count of the texts SurveyJS refreshes. */
function fieldModel(json: object, skip: boolean) {
  const model = new Model({ showQuestionNumbers: 'off', pages: [json] });
  model.locale = 'de';
  if (skip) skipTextRefreshOnAnswer(model);
  const question = model.getAllQuestions()[0] as Question;
  let refreshed = 0;
  // Read once, as the screen does when it renders them: SurveyJS only refreshes texts in use.
  for (const text of [question.locTitle, question.locDescription]) {
    void text.renderedHtml;
    text.onStringChanged.add(() => refreshed++);
  }
  return { model, question, refreshed: () => refreshed };
}

describe('skipTextRefreshOnAnswer', () => {
  it('SurveyJS on its own refreshes every text after an answer (what the skip is for)', () => {
    const { question, refreshed } = fieldModel(fixtureSurveyPage(), false);
    question.value = 2;
    expect(refreshed()).toBeGreaterThan(0);
  });

  it('leaves the texts alone when an answer is given, and the answer still arrives', () => {
    const { model, question, refreshed } = fieldModel(fixtureSurveyPage(), true);
    const changed: unknown[] = [];
    model.onValueChanged.add((_, o) => changed.push(o.value));
    question.value = 2;
    model.setValue(question.name, 3);
    model.setComment(question.name, 'Notiz');
    expect(refreshed()).toBe(0);
    expect(changed).toEqual([2, 3, 'Notiz']);
    expect(model.data).toEqual({ [question.name]: 3, [`${question.name}-Comment`]: 'Notiz' });
  });

  it('still refreshes the texts when the language changes', () => {
    const { model, question, refreshed } = fieldModel(fixtureSurveyPage(), true);
    question.value = 1;
    model.locale = 'en';
    expect(refreshed()).toBeGreaterThan(0);
    expect(question.locTitle.renderedHtml).toBe(fixtureSurveyPage().elements[0]?.title.en);
  });
});

describe('showsValues', () => {
  it('finds no placeholder in the Bavarian questionnaire, so its answers take the cheaper way', () => {
    for (const { kind, page } of bavarianSurveyPages())
      expect(showsValues(page), `${kind}: ${page.name}`).toBe(false);
  });

  it('finds a placeholder in any text, however deep', () => {
    const json = fixtureSurveyPage();
    const first = json.elements[0];
    if (!first) throw new Error('fixture has no question');
    const withPlaceholder = {
      ...json,
      elements: [{ ...first, choices: [{ value: 1, text: { de: 'wie {a.2}', en: 'as {a.2}' } }] }],
    };
    expect(showsValues(withPlaceholder)).toBe(true);
    expect(showsValues({ title: 'geschweifte { Klammer }' })).toBe(true);
    expect(showsValues({ title: 'nur { eine' })).toBe(false);
  });
});
