import type { SurveyModel } from 'survey-core';

/** Whether a text anywhere in this SurveyJS JSON has a {placeholder}, which SurveyJS fills with an answer. */
export function showsValues(json: unknown): boolean {
  if (typeof json === 'string') return /\{[^{}]+\}/.test(json);
  if (Array.isArray(json)) return json.some(showsValues);
  return typeof json === 'object' && json !== null && Object.values(json).some(showsValues);
}

/**
 * After every answer SurveyJS renders every text of the page anew (titles, descriptors, options:
 * `locStrsChanged`), in case one shows an answer through a {placeholder}. On a page without
 * placeholders this changes nothing and was about 40 % of an answer's main-thread time
 * (docs/benchmarks.md, "Antwortänderung"). So while SurveyJS takes in an answer, that refresh is
 * left out. Everything else that changes texts (the language, another page) still refreshes them.
 * Only for models whose JSON has no placeholder (`showsValues`).
 */
export function skipTextRefreshOnAnswer(model: SurveyModel) {
  const setValue = model.setValue.bind(model);
  const locStrsChanged = model.locStrsChanged.bind(model);
  let answering = 0;
  model.setValue = (...args: Parameters<SurveyModel['setValue']>) => {
    answering++;
    try {
      setValue(...args);
    } finally {
      answering--;
    }
  };
  model.locStrsChanged = () => {
    if (answering === 0) locStrsChanged();
  };
}
