import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { displayScore, scoreAssessment, visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import {
  answerWholeQuestionnaire,
  assessmentIdOf,
  expect,
  fileTest as test,
  fillProfile,
  optionName,
  storedValue,
} from './helpers';

const file = path.resolve('dist-single/digitalkompass-kommune.html');
const fileUrl = pathToFileURL(file).href;
const municipality = 'Einzeldatei-Hausen';

test.beforeAll(() => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npx vite build --mode single" first`);
});

test('the single file opened from disk: assessment, result, reload, print view', async ({ page }) => {
  test.setTimeout(60_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });

  await page.goto(fileUrl);
  expect(new URL(page.url()).protocol).toBe('file:');
  await fillProfile(page, { municipality, kind: 'gemeinde' });

  const answers = await answerWholeQuestionnaire(page, q, 'gemeinde', (_question, n) =>
    n % 9 === 4 ? 'dontKnow' : (((n * 3) % 5) as 0 | 1 | 2 | 3 | 4),
  );
  const n = Object.keys(answers).length;

  const expected = scoreAssessment(q, answers, 'gemeinde');
  if (expected.overall === null) throw new Error('the answers must give a score');
  const scoreText = `${displayScore(expected.overall)} von 100 Punkten`;
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText(scoreText);
  const id = assessmentIdOf(page);

  // localStorage works for a file:// page: after a reload everything is still there.
  const stored = await storedValue(page);
  expect(stored).not.toBeNull();
  await page.reload();
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText(scoreText);
  await page.getByRole('link', { name: 'Zurück zu den Fragen' }).click();
  const firstField = q.fields.find((f) => visibleQuestions(f, 'gemeinde').length > 0);
  if (!firstField) throw new Error('questionnaire has fields');
  await page.getByRole('button', { name: new RegExp(`^${firstField.title.de}`) }).click();
  for (const question of visibleQuestions(firstField, 'gemeinde')) {
    const value = answers[question.id];
    if (value === undefined) throw new Error(`no answer for ${question.id}`);
    await expect(
      page
        .locator(`.sd-question[data-name="${question.id}"]`)
        .getByRole('radio', { name: optionName(value) }),
    ).toBeChecked();
  }
  await expect(page.getByText(`${n} von ${n} Fragen beantwortet`)).toBeVisible();

  await page.goto(`${fileUrl}#/bewertung/${id}/ergebnis`);
  await page.getByRole('link', { name: 'Ergebnisblatt drucken' }).click();
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 1 })).toContainText(municipality);
  await expect(page.getByTestId('print-overall-score')).toHaveText(scoreText);
  await expect(page.locator('.radar-image')).toHaveJSProperty('complete', true);

  expect(pageErrors, 'uncaught errors').toEqual([]);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});
