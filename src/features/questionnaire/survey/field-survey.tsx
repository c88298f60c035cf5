import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { registerLeanQuestion } from './lean-question';

// Questions without redrawing their header and note area on every answer (lean-question.tsx).
registerLeanQuestion();

/** SurveyJS's rendering of one field's model; a fresh one per field (key), since note fields take their text only when mounted. */
export function FieldSurvey({ model }: { model: Model }) {
  return <Survey model={model} />;
}
