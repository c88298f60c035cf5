import { useState } from 'react';
import { Model, settings } from 'survey-core';
import 'survey-core/i18n/german';
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';
import { fixture } from './fixture';

// The one SurveyJS setting every app of this kind sets (the app does too): without it each answer
// plays SurveyJS's animations. The reference for the cost of an answer is SurveyJS, not its fades.
settings.animationEnabled = false;

/** The app's first question in bare SurveyJS. */
export function Questions() {
  const [model] = useState(
    () => new Model({ locale: 'de', showQuestionNumbers: 'off', elements: [fixture.question] }),
  );
  return <Survey model={model} />;
}
