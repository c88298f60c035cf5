import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, loadConfigFromFile, type PluginOption } from 'vite';
import type { QuestionnairePackage } from '../../src/engine/questionnaire-package.ts';
import { toSurveyJson, type SurveyJson } from '../../src/features/questionnaire/survey/to-survey-json.ts';
import { de } from '../../src/i18n/strings.ts';
import { declarationsOf, subjectWords, type Declarations } from '../../src/engine/declarations.ts';
import type { ProfileField } from '../../src/engine/questionnaire-schema.ts';
import type { StepsFixture } from './baseline-steps/fixture.ts';
import { BASELINE_ROOT, KIND, log, ROOT, STEPS_ROOT } from './settings.ts';

// The three pages the benchmark serves, built in the same run with the same Vite config.

/** Where buildAll puts the three builds. */
export interface BuildDirs {
  app: string;
  baseline: string;
  steps: string;
}

async function pluginNames(options: PluginOption[]): Promise<string[]> {
  const names: string[] = [];
  for (const option of options) {
    const p = await option;
    if (Array.isArray(p)) names.push(...(await pluginNames(p)));
    else if (p) names.push(p.name);
  }
  return names;
}

/**
 * Builds the app, the baseline (tooling/bench/baseline) and the reference with the steps
 * (tooling/bench/baseline-steps), all with vite.config.ts, into `out` and returns how the two
 * bare pages were configured (for the report). Each goes to a private folder, not dist/:
 * `npm test` or `npm run build` elsewhere rebuild dist/ and would swap the files while they are
 * being measured, and so would a second benchmark in the same checkout.
 */
export async function buildAll(
  out: BuildDirs,
  steps: { fixture: StepsFixture; pages: SurveyJson['pages'] },
): Promise<string> {
  const configFile = join(ROOT, 'vite.config.ts');
  // The Vite API (not `npm run build`): the benchmark measures the bundle, and a type error in a
  // file someone is editing should not stop it. `npm test` still gates the build on `tsc -b`.
  log('Build der App (vite build) …');
  await build({ configFile, root: ROOT, logLevel: 'warn', build: { outDir: out.app, emptyOutDir: true } });

  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, configFile);
  if (!loaded) throw new Error('vite.config.ts konnte nicht geladen werden');
  const names = await pluginNames(loaded.config.plugins ?? []);
  // The app's config has a PWA plugin: it would add a service worker, manifest and precache to
  // the baseline, which is not "bare React + SurveyJS". So the baseline gets the same base and
  // build options with only the react() plugin.
  const withoutPwa = names.some((n) => /pwa|workbox/i.test(n));
  const buildFixture = (root: string, outDir: string, define?: Record<string, string>) =>
    withoutPwa
      ? build({
          configFile: false,
          root,
          base: loaded.config.base,
          plugins: [react()],
          define,
          logLevel: 'warn',
          build: { ...loaded.config.build, outDir, emptyOutDir: true },
        })
      : build({ configFile, root, define, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  log('Build der Baseline (tooling/bench/baseline) …');
  await buildFixture(BASELINE_ROOT, out.baseline);
  log('Build der Referenz mit den Schritten (tooling/bench/baseline-steps) …');
  await buildFixture(STEPS_ROOT, out.steps, {
    BENCH_STEPS: JSON.stringify(steps.fixture),
    BENCH_PAGES: JSON.stringify(steps.pages),
  });
  return withoutPwa
    ? "vite.config.ts ohne PWA-Plugin (configFile: false, react() und dieselben build-Optionen; ohne die Plugins der App wie Kompilierhinweise und die Auswahl aus SurveyJS' Stylesheet: die Baseline ist der nackte Stack)"
    : 'vite.config.ts (root: tooling/bench/baseline bzw. tooling/bench/baseline-steps)';
}

/**
 * What tooling/bench/baseline-steps shows, from the app's own questionnaire and German texts: the
 * same start link, the same profile fields and options (so the same key presses choose them) and
 * the app's first question for this kind of municipality; and at `#/alle` all of its questions.
 */
export function stepsFixture(pkg: QuestionnairePackage): {
  fixture: StepsFixture;
  pages: SurveyJson['pages'];
} {
  const { pages } = toSurveyJson(pkg.questionnaire, de.survey, KIND);
  return { fixture: stepsTexts(pages, declarationsOf(pkg.questionnaire)), pages };
}
function stepsTexts(pages: SurveyJson['pages'], declared: Declarations): StepsFixture {
  const question = pages[0]?.elements[0];
  if (!question) throw new Error(`Der Fragebogen hat keine Frage für ${KIND}`);
  const p = de.profile;
  const { profile } = declared;
  const words = subjectWords(declared.subject, 'de');
  const labelsOf = (field: ProfileField | undefined) =>
    Object.fromEntries((field?.choices ?? []).map((c) => [c.id, c.label.de]));
  return {
    heading: de.start.title,
    startLabel: de.start.fullAssessment,
    profileTitle: p.title(words),
    submitLabel: p.submit,
    labels: {
      municipality: p.municipality(words),
      kind: profile.kind?.label.de ?? '',
      regierungsbezirk: profile.region?.label.de ?? '',
      population: profile.size?.label.de ?? '',
      role: p.role(profile.roleHint?.de),
      date: p.date,
    },
    choose: p.choose,
    options: {
      kind: labelsOf(profile.kind),
      regierungsbezirk: labelsOf(profile.region),
      population: labelsOf(profile.size),
    },
    question,
  };
}
