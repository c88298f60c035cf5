import { Model, type Question } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { bavarianSurveyPages, fixtureSurveyPage } from '../../../../tests/fixtures/survey-pages';
import { CONDITIONS_ON_ANSWER, hasConditions, skipConditionsOnAnswer } from './conditions';

describe('skipConditionsOnAnswer', () => {
  it('is what SurveyJS calls on an answer (so a SurveyJS update that renames it fails here)', () => {
    const model = new Model({ pages: [fixtureSurveyPage()] });
    const question = model.getAllQuestions()[0] as Question;
    expect(typeof (model as unknown as Record<string, unknown>)[CONDITIONS_ON_ANSWER]).toBe('function');
    const calls: unknown[][] = [];
    Object.defineProperty(model, CONDITIONS_ON_ANSWER, { value: (...args: unknown[]) => calls.push(args) });
    question.value = 2;
    expect(calls).toEqual([[question.name, 2]]);
  });

  it('evaluates SurveyJS conditions after an answer without it, and not with it', () => {
    const [first, second] = fixtureSurveyPage().elements;
    if (!first || !second) throw new Error('fixture page has fewer than two questions');
    const json = {
      pages: [{ name: 'p', elements: [first, { ...second, visibleIf: `{${first.name}} = 3` }] }],
    };
    const plain = new Model(json);
    plain.setValue(first.name, 3);
    expect(plain.getQuestionByName(second.name).isVisible).toBe(true);
    const skipped = new Model(json);
    skipConditionsOnAnswer(skipped);
    skipped.setValue(first.name, 3);
    expect(skipped.getQuestionByName(second.name).isVisible).toBe(false);
  });

  it('leaves the answer itself as it was: value, data, answered state, the change event', () => {
    const model = new Model({ pages: [fixtureSurveyPage()] });
    skipConditionsOnAnswer(model);
    const question = model.getAllQuestions()[0] as Question;
    const changed: unknown[] = [];
    model.onValueChanged.add((_, o) => changed.push(o.value));
    question.value = 2;
    model.setValue(question.name, 3);
    model.setComment(question.name, 'Notiz');
    expect(changed).toEqual([2, 3, 'Notiz']);
    expect(question.isAnswered).toBe(true);
    expect(model.data).toEqual({ [question.name]: 3, [`${question.name}-Comment`]: 'Notiz' });
  });
});

describe('hasConditions', () => {
  it('finds none in the Bavarian questionnaire, so its answers take the cheaper way', () => {
    for (const { kind, page } of bavarianSurveyPages())
      expect(hasConditions(page), `${kind}: ${page.name}`).toBe(false);
  });

  it('finds a condition, expression, trigger or calculated value however deep', () => {
    const json = fixtureSurveyPage();
    const first = json.elements[0];
    if (!first) throw new Error('fixture has no question');
    expect(hasConditions(json)).toBe(false);
    expect(hasConditions({ ...json, elements: [{ ...first, visibleIf: '{a} = 1' }] })).toBe(true);
    expect(
      hasConditions({ ...json, elements: [{ ...first, choices: [{ value: 1, enableIf: '{a} > 1' }] }] }),
    ).toBe(true);
    expect(hasConditions({ pages: [], triggers: [] })).toBe(true);
    expect(hasConditions({ calculatedValues: [] })).toBe(true);
    expect(hasConditions({ type: 'expression', expression: '{a} + 1' })).toBe(true);
    expect(hasConditions({ defaultValueExpression: 'today()' })).toBe(true);
    expect(hasConditions({ choicesFromQuestion: 'a' })).toBe(true);
    // A word that merely ends like a condition in a text is no condition.
    expect(hasConditions({ title: 'visibleIf' })).toBe(false);
  });
});
