import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Answers, AnswerValue } from '../../src/engine/assessment';
import { displayScore, scoreAssessment, visibleQuestions } from '../../src/engine/score';
import { answer, expect, loadBavarianPackage, optionName, test as base } from './helpers';

const q = loadBavarianPackage().questionnaire;
const file = path.resolve('dist-single/digitalkompass-kommune.html');
const fileUrl = pathToFileURL(file).href;
const municipality = 'Einzeldatei-Hausen';

/**
 * The single-file edition is opened from disk: the page itself is a file:// URL. Everything else
 * (any http(s) request, whatever the host) would leave the device and fails the test.
 */
const test = base.extend({
  // Replaces the helpers' origin check (it stays an automatic fixture).
  foreignRequests: async ({ page }, provide) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('file://') && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await provide(foreign);
    expect(foreign, 'requests that leave the file').toEqual([]);
  },
});

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
  await page.getByRole('link', { name: 'Neue Bewertung beginnen' }).click();
  await page.getByLabel('Name der Kommune').fill(municipality);
  await page.getByLabel('Art der Kommune').selectOption('gemeinde');
  await page.getByLabel('Regierungsbezirk').selectOption('unterfranken');
  await page.getByLabel('Einwohnerzahl').selectOption('unter-1000');
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  await expect(page.locator('.sd-question').first()).toBeVisible();

  const answers: Answers = {};
  let n = 0;
  const fields = q.fields.filter((f) => visibleQuestions(f, 'gemeinde').length > 0);
  for (const [i, field] of fields.entries()) {
    await expect(page.getByRole('heading', { name: field.title.de, exact: true })).toBeVisible();
    for (const question of visibleQuestions(field, 'gemeinde')) {
      const value: AnswerValue = n % 9 === 4 ? 'dontKnow' : (((n * 3) % 5) as 0 | 1 | 2 | 3 | 4);
      answers[question.id] = value;
      await answer(page, question.id, value);
      n++;
    }
    const last = i === fields.length - 1;
    await page.getByRole('button', { name: last ? 'Zum Ergebnis' : 'Weiter' }).click();
  }

  const expected = scoreAssessment(q, answers, 'gemeinde');
  if (expected.overall === null) throw new Error('the answers must give a score');
  const scoreText = `${displayScore(expected.overall)} von 100 Punkten`;
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText(scoreText);
  const id = /#\/bewertung\/([^/]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${page.url()}`);

  // localStorage works for a file:// page: after a reload everything is still there.
  const stored = await page.evaluate(() => localStorage.getItem('digitalkompass-kommune'));
  expect(stored).not.toBeNull();
  await page.reload();
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText(scoreText);
  await page.getByRole('link', { name: 'Zurück zu den Fragen' }).click();
  const firstField = fields[0];
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
