/**
 * What tooling/bench/builds.ts injects at build time (Vite `define`): the app's first question as SurveyJS
 * JSON and the texts of the start screen and the profile form, so that this page asks the same
 * question and the same key presses choose the same options as in the app.
 */
export interface StepsFixture {
  heading: string;
  startLabel: string;
  profileTitle: string;
  submitLabel: string;
  labels: Record<'municipality' | 'kind' | 'regierungsbezirk' | 'population' | 'role' | 'date', string>;
  choose: string;
  options: Record<'kind' | 'regierungsbezirk' | 'population', Record<string, string>>;
  question: Record<string, unknown>;
}

declare const BENCH_STEPS: StepsFixture;
export const fixture: StepsFixture = BENCH_STEPS;
