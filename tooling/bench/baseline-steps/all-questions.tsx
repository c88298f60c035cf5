import { useState } from 'react';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import './questions';

/**
 * All of the app's questions for the benchmark's kind of municipality, one SurveyJS page per field
 * with SurveyJS's own navigation (`#/alle`): the reference for the cost of each answer, answered in
 * the same order and with the same clicks as in the app. Injected by tooling/bench/builds.ts (Vite
 * `define`) into this chunk only, which the way to the first question never loads.
 */
declare const BENCH_PAGES: Record<string, unknown>[];

export function AllQuestions() {
  const [model] = useState(
    () =>
      new Model({ locale: 'de', showQuestionNumbers: 'off', showCompletedPage: false, pages: BENCH_PAGES }),
  );
  return <Survey model={model} />;
}
