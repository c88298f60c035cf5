import type { MouseEvent } from 'react';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { registerLeanQuestion } from './lean-question';

// Questions without redrawing their header and note area on every answer (lean-question.tsx).
registerLeanQuestion();

/**
 * A mouse press on an answer option does nothing of its own: the browser would start a text
 * selection there and move the focus to `<main>` (it has tabindex -1 for the skip link), and the
 * click on the label would then move the focus on to the radio button. Each of these steps costs
 * style work, focus and selection events and React's handling of them, on every answer
 * (docs/performance.md). Only what the press does by default is prevented: the click that
 * follows it still reaches the label, which checks and focuses the radio button as before. The
 * keyboard does not press the mouse at all.
 */
function pressOnOption(e: MouseEvent) {
  if (e.target instanceof Element && e.target.closest('.sd-item')) e.preventDefault();
}

/** SurveyJS's rendering of one field's model; a fresh one per field (key), since note fields take their text only when mounted. */
export function FieldSurvey({ model }: { model: Model }) {
  return (
    <div onMouseDown={pressOnOption}>
      <Survey model={model} />
    </div>
  );
}
