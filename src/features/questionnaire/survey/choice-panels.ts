import { QuestionSelectBase, type SurveyModel } from 'survey-core';

/**
 * SurveyJS 3 lets an option of a choice question hold questions of its own. For that it builds a
 * hidden panel for every option and updates all of them on every answer: in a CPU profile of
 * answer clicks, about half of SurveyJS's own work on a click. The questionnaire's options never
 * hold questions, so its models go without those panels.
 */
export function withoutChoicePanels(model: SurveyModel) {
  for (const q of model.getAllQuestions())
    if (q instanceof QuestionSelectBase) q.supportElementsInChoice = () => false;
}
