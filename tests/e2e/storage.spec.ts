import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseImport } from '../../src/engine/export-envelope';
import { displayScore, scoreAssessment, visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import {
  answerQuestions,
  answerWholeQuestionnaire,
  expect,
  firstField,
  optionName,
  startAssessment,
  test,
} from './helpers';

const TITLE = 'Speichern ist in diesem Browser nicht möglich';
const FULL = 'Der Speicher dieses Browsers ist voll.';
const BLOCKED =
  'Dieser Browser erlaubt der Seite nicht, Daten zu speichern (zum Beispiel im privaten Modus oder durch eine Einstellung).';
const KEEP =
  'Ihre Eingaben bleiben erhalten, solange dieses Fenster geöffnet ist, werden aber nicht dauerhaft gespeichert.';

/** Every write to localStorage fails with this error, from the first script of the page on. */
async function failEveryWrite(page: Page, name: 'QuotaExceededError' | 'SecurityError') {
  await page.addInitScript((errorName) => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('write refused', errorName);
    };
  }, name);
}

/** Clicks "Jetzt als Datei sichern" in the warning and returns the parsed export. */
async function saveNow(page: Page) {
  const warning = page.getByRole('alert').filter({ hasText: TITLE });
  const downloading = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Jetzt als Datei sichern' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^digitalkompass-sicherung-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = parseImport(readFileSync(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.assessments;
}

test('storage full: a warning, the app goes on in memory, and the backup file holds the answers', async ({
  page,
}) => {
  await failEveryWrite(page, 'QuotaExceededError');
  const municipality = 'Vollspeicher';
  await startAssessment(page, { municipality, kind: 'stadt' });
  const warning = page.getByRole('alert').filter({ hasText: TITLE });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(FULL);
  await expect(warning).toContainText(KEEP);
  await expect(warning).not.toContainText(BLOCKED);

  const field = firstField(q);
  const questions = visibleQuestions(field, 'stadt');
  const answers = await answerQuestions(page, questions, (_question, i) =>
    i === 1 ? 'dontKnow' : (((i + 2) % 5) as 0 | 1 | 2 | 3 | 4),
  );
  for (const question of questions)
    await expect(
      page
        .locator(`.sd-question[data-name="${question.id}"]`)
        .getByRole('radio', { name: optionName(answers[question.id] ?? 0) }),
    ).toBeChecked();
  const total = q.fields.reduce((n, f) => n + visibleQuestions(f, 'stadt').length, 0);
  await expect(page.getByText(`${questions.length} von ${total} Fragen beantwortet`)).toBeVisible();
  // Nothing reached the storage.
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // The results are computed from memory.
  await page.getByRole('link', { name: 'Zwischenergebnis ansehen' }).click();
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  const expected = scoreAssessment(q, answers, 'stadt');
  if (expected.overall === null) throw new Error('the answers must give a score');
  await expect(page.getByTestId('overall-score')).toHaveText(
    `${displayScore(expected.overall)} von 100 Punkten`,
  );
  await expect(warning).toBeVisible();

  // "Jetzt als Datei sichern" gives a valid export with everything entered so far.
  const saved = await saveNow(page);
  expect(saved).toHaveLength(1);
  expect(saved[0]?.profile?.municipality).toBe(municipality);
  expect(saved[0]?.answers).toEqual(answers);
});

test('storage blocked: the app starts, warns, and an assessment is completed in memory', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Vollständige Bewertung (30–45 Minuten)' })).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: TITLE });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(BLOCKED);
  await expect(warning).not.toContainText(FULL);

  const municipality = 'Privathausen';
  await startAssessment(page, { municipality, kind: 'verwaltungsgemeinschaft' });
  const kind = 'verwaltungsgemeinschaft';
  const answers = await answerWholeQuestionnaire(
    page,
    q,
    kind,
    (_question, n) => (n % 5) as 0 | 1 | 2 | 3 | 4,
  );
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  const expected = scoreAssessment(q, answers, kind);
  if (expected.overall === null) throw new Error('the answers must give a score');
  await expect(page.getByTestId('overall-score')).toHaveText(
    `${displayScore(expected.overall)} von 100 Punkten`,
  );
  await expect(warning).toContainText(BLOCKED);

  // The list knows it too (memory only), and the backup file has every answer.
  await page.getByRole('link', { name: 'Alle Bewertungen' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr')).toContainText('100 %');
  const saved = await saveNow(page);
  expect(saved).toHaveLength(1);
  expect(saved[0]?.answers).toEqual(answers);
  expect(saved[0]?.completedAt).not.toBeNull();
  expect(pageErrors, 'uncaught errors').toEqual([]);
});

test('storage blocked and the backup code unreachable: the button says so instead of doing nothing', async ({
  page,
}) => {
  await failEveryWrite(page, 'SecurityError');
  // The export code is a chunk of its own, fetched when the warning appears; here it never arrives.
  await page.route(/\/assets\/backup-[^/]*\.js$/, (route) => route.abort());
  await startAssessment(page, { municipality: 'Ohne Netz', kind: 'gemeinde' });
  const warning = page.getByRole('alert').filter({ hasText: TITLE });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Jetzt als Datei sichern' }).click();
  await expect(warning).toContainText('Die Sicherung konnte nicht vorbereitet werden');
});
