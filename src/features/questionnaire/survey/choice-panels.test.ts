import { Model, QuestionRadiogroupModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { fixtureSurveyPage } from '../../../../tests/fixtures/survey-pages';
import { withoutChoicePanels } from './choice-panels';

/** A model of the fixture's first field and its first question, answered with a click on an option. */
function answeredByClick(without: boolean) {
  const model = new Model({ showQuestionNumbers: 'off', pages: [fixtureSurveyPage()] });
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
