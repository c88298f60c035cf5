import { renderToStaticMarkup } from 'react-dom/server';
import { Model, type Question } from 'survey-core';
import 'survey-core/i18n/german';
import { Survey } from 'survey-react-ui';
import { describe, expect, it } from 'vitest';
import { fixtureSurveyPage } from '../../../../tests/fixtures/survey-pages';
import { de } from '../../../i18n/strings';
import { headerState, noteState, registerLeanQuestion } from './lean-question';

function fieldModel() {
  const model = new Model({ showQuestionNumbers: 'off', pages: [fixtureSurveyPage()] });
  model.locale = 'de';
  return { model, question: model.getAllQuestions()[0] as Question };
}

describe('lean question', () => {
  it('draws the same markup as survey-react-ui’s own question, with a note and a read-only note', () => {
    const { model, question } = fieldModel();
    model.setComment(question.name, 'Bauhof noch auf Papier');
    const markup = () => renderToStaticMarkup(<Survey model={model} />);
    // survey-react-ui's own rendering first: registerLeanQuestion replaces it for good.
    const before = markup();
    model.mode = 'display';
    const beforeReadOnly = markup();
    model.mode = 'edit';
    registerLeanQuestion();
    expect(markup()).toBe(before);
    model.mode = 'display';
    expect(markup()).toBe(beforeReadOnly);
    expect(before).toContain(question.title);
    expect(before).toContain(de.survey.note.de);
    expect(beforeReadOnly).toContain('Bauhof noch auf Papier');
  });

  it('a changed answer leaves header and note as they are; the first answer, language and read-only change them', () => {
    const { model, question } = fieldModel();
    const states = () => [headerState(question), noteState(question)];
    const unanswered = states();
    // The first answer marks the title as answered (a class of its own).
    question.value = 2;
    const first = states();
    expect(first[0]).not.toBe(unanswered[0]);
    expect(first[1]).toBe(unanswered[1]);
    question.value = 3;
    model.setComment(question.name, 'Notiz');
    expect(states()).toEqual(first);

    model.locale = 'en';
    const english = states();
    expect(english[0]).not.toBe(first[0]);
    expect(english[1]).not.toBe(first[1]);
    question.readOnly = true;
    expect(noteState(question)).not.toBe(english[1]);
    question.isRequired = true;
    expect(headerState(question)).not.toBe(english[0]);
  });
});
