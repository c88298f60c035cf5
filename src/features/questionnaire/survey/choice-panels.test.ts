import { Model, QuestionRadiogroupModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from '../../../../tests/fixtures/fixture-questionnaire';
import { de } from '../../../i18n/strings';
import { withoutChoicePanels } from './choice-panels';
import { toSurveyJson } from './to-survey-json';

/** A model of the fixture's first field and its first question, answered with a click on an option. */
function answeredByClick(without: boolean) {
  const page = toSurveyJson(fixtureQuestionnaire, de.survey, 'gemeinde').pages[0];
  if (!page) throw new Error('fixture has no page');
  const model = new Model({ showQuestionNumbers: 'off', pages: [page] });
  if (without) withoutChoicePanels(model);
  const question = model.getAllQuestions()[0];
  if (!(question instanceof QuestionRadiogroupModel)) throw new Error('first question is no radio group');
  const option = question.choices[2];
  if (!option) throw new Error('question has no third option');
  question.clickItemHandler(option);
  return { model, question };
}

describe('withoutChoicePanels', () => {
  it('SurveyJS on its own builds a panel for each option when an option is clicked (what this is for)', () => {
    const { question } = answeredByClick(false);
    expect(question.choices.filter((c) => c.isPanelCreated).length).toBeGreaterThan(1);
  });

  it('builds none, and the clicked answer still arrives in the model', () => {
    const { model, question } = answeredByClick(true);
    expect(question.choices.some((c) => c.isPanelCreated)).toBe(false);
    expect(model.getValue(question.name)).toBe(question.choices[2]?.value);
  });
});
