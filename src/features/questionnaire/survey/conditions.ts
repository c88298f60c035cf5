import type { SurveyModel } from 'survey-core';

/**
 * What in a SurveyJS JSON SurveyJS evaluates again after each answer: a condition (visibleIf,
 * enableIf, requiredIf, choicesVisibleIf, resetValueIf, …), an expression (defaultValueExpression,
 * an expression question), a trigger, a calculated value, or options taken from another question.
 */
const EVALUATED = /If$|Expression$|^expression$|^triggers$|^calculatedValues$|FromQuestion$/;

/** Whether this SurveyJS JSON has anything SurveyJS would evaluate again after an answer (EVALUATED). */
export function hasConditions(json: unknown): boolean {
  if (Array.isArray(json)) return json.some(hasConditions);
  if (typeof json !== 'object' || json === null) return false;
  return Object.entries(json).some(([key, value]) => EVALUATED.test(key) || hasConditions(value));
}

/** The SurveyJS method an answer calls to evaluate the model's conditions (private in its typings). */
export const CONDITIONS_ON_ANSWER = 'runConditionOnValueChanged';

/**
 * After every answer SurveyJS evaluates every condition of the model anew: it walks each question,
 * and each option of every choice question, and the triggers of each question. In a model
 * without any (`hasConditions`) nothing can change by that; in a CPU profile of answer clicks the
 * walk took about 0.35 ms per click (docs/performance.md). So on such a model an answer leaves it
 * out; setting the whole data (`model.data`) still runs the conditions as before. SurveyJS has no
 * switch for it: the method is private in survey-core's typings (3.0), so conditions.test.ts
 * checks that it is still there and still what an answer calls.
 */
export function skipConditionsOnAnswer(model: SurveyModel) {
  Object.defineProperty(model, CONDITIONS_ON_ANSWER, { value: () => undefined, configurable: true });
}
