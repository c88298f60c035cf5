import { displayScore, scoreAssessment } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { answerWholeQuestionnaire, expect, startAssessment, test } from './helpers';

const municipality = 'Funkloch am Berg';

test('after one visit the whole app works offline: questionnaire, result and print view', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Vollständige Bewertung (30–45 Minuten)' })).toBeVisible();
  // The service worker precaches everything; once it is active, a reload puts the page under its control.
  // It registers once the questionnaire code has loaded and the person has left the start screen
  // (or 10 s later): open the list. "Offline bereit" appears once the worker has installed and
  // precached everything (if a file of the precache list is missing, e.g. dist/ rebuilt meanwhile,
  // the install fails and it never does).
  // While the start screen is open, the questionnaire code loads, but no offline copy yet.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => e.name.includes('questionnaire-screen')),
      ),
    )
    .toBe(true);
  await page.waitForTimeout(500);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await page.getByRole('link', { name: 'Alle Bewertungen' }).click();
  const mainTop = () => page.locator('main').evaluate((m) => m.getBoundingClientRect().top);
  const topBefore = await mainTop();
  await expect(page.getByRole('status').filter({ hasText: 'Offline bereit' })).toBeVisible({
    timeout: 30_000,
  });
  // Its line was reserved: the page does not jump under someone who is answering.
  expect(await mainTop()).toBe(topBefore);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'the service worker controls the page',
    })
    .toBe(true);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Neue Bewertung beginnen' })).toBeVisible();

  // The profile form and the questionnaire (SurveyJS, a lazily loaded chunk) come from the cache.
  await startAssessment(page, { municipality, kind: 'gemeinde' });
  const answers = await answerWholeQuestionnaire(page, q, 'gemeinde', (question, n) =>
    n % 7 === 6 && question.allowDontKnow ? 'dontKnow' : ((n % 5) as 0 | 1 | 2 | 3 | 4),
  );

  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  const expected = scoreAssessment(q, answers, 'gemeinde');
  if (expected.overall === null) throw new Error('the answers must give a score');
  await expect(page.getByTestId('overall-score')).toHaveText(
    `${displayScore(expected.overall)} von 100 Punkten`,
  );

  await page.getByRole('link', { name: 'Ergebnisblatt drucken' }).click();
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 1 })).toContainText(municipality);
  await expect(page.getByTestId('print-overall-score')).toHaveText(
    `${displayScore(expected.overall)} von 100 Punkten`,
  );
  // Still offline the whole time.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await context.setOffline(false);
});
