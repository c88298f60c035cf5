import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Each layer rule of eslint.config.js, broken once on purpose: lint must fail with that rule.
// The planted files do not exist; ESLint lints the text as if it stood at that path.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rules a text breaks at a path, by rule id. */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The first lint reads the configuration and the cycle check follows imports through the app:
// seconds, longer on a busy machine.
describe('a planted violation of each layer rule fails lint', { timeout: 60_000 }, () => {
  it.each([
    ['the engine imports the store', 'src/engine/planted.ts', "import '../store/assessment-store';"],
    ['the engine imports i18n', 'src/engine/planted.ts', "import '../i18n/strings';"],
    ['utils import the engine', 'src/utils/planted.ts', "import '../engine/assessment';"],
    ['the router imports the store', 'src/router/planted.ts', "import '../store/assessment-store';"],
    ['the store imports i18n', 'src/store/planted.ts', "import '../i18n/strings';"],
    ['the store imports a service', 'src/store/planted.ts', "import '../services/backup';"],
    ['i18n imports a service', 'src/i18n/planted.ts', "import '../services/backup';"],
    ['a service imports a component', 'src/services/planted.ts', "import '../components/scroll-box';"],
    ['a component imports the store', 'src/components/planted.ts', "import '../store/assessment-store';"],
    [
      'a component imports a feature',
      'src/components/planted.ts',
      "import '../features/start/start-screen';",
    ],
    ['a feature imports another', 'src/features/region/planted.ts', "import '../compare/compare-screen';"],
    ['a feature imports the shell', 'src/features/region/planted.ts', "import '../../app/app';"],
    [
      'shipped code imports test code',
      'src/features/region/planted.ts',
      "import '../../../tests/e2e/helpers';",
    ],
  ])('%s', async (_name, path, code) => {
    expect(await brokenRules(path, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['the engine imports React', 'src/engine/planted.ts', "import 'react';"],
    ['the engine imports SurveyJS', 'src/engine/planted.ts', "import 'survey-core';"],
    ['a component imports SurveyJS', 'src/components/planted.ts', "import 'survey-core';"],
    [
      'the questionnaire screen imports SurveyJS',
      'src/features/questionnaire/planted.ts',
      "import 'survey-react-ui';",
    ],
  ])('%s', async (_name, path, code) => {
    expect(await brokenRules(path, code)).toContain('no-restricted-imports');
  });

  it('a cycle: the assessment module imports the scoring, which imports it', async () => {
    expect(
      await brokenRules(
        'src/engine/assessment.ts',
        "import { scoreAssessment } from './score';\nscoreAssessment;",
      ),
    ).toContain('import-x/no-cycle');
  });
});

describe('what the layers allow passes', { timeout: 60_000 }, () => {
  it.each([
    [
      'a feature imports a component, a service, the store, i18n and the router',
      'src/features/region/planted.ts',
      "import '../../components/scroll-box';\nimport '../../services/backup';\nimport '../../store/assessment-store';\nimport '../../i18n/strings';\nimport '../../router/routes';",
    ],
    ['a feature imports its own module', 'src/features/region/planted.ts', "import './region-screen';"],
    [
      'the questionnaire feature imports SurveyJS',
      'src/features/questionnaire/survey/planted.ts',
      "import 'survey-core';",
    ],
    [
      'a service imports the store and the engine',
      'src/services/planted.ts',
      "import '../store/assessment-store';\nimport '../engine/score';",
    ],
    ['the shell imports a feature', 'src/app/planted.ts', "import '../features/start/start-screen';"],
    ['an engine test imports test code', 'src/engine/planted.test.ts', "import '../../tests/e2e/helpers';"],
  ])('%s', async (_name, path, code) => {
    expect(await brokenRules(path, code)).toEqual([]);
  });
});
