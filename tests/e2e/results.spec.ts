import { computeGaps } from '../../src/engine/gaps';
import { matchRecommendations } from '../../src/engine/recommend';
import { displayScore, scoreAssessment, visibleQuestions } from '../../src/engine/score';
import { bavarian as pkg, bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import type { Answers } from '../../src/engine/assessment';
import {
  answer,
  answerQuestions,
  expect,
  expectNoAxeViolations,
  firstField,
  startAssessment,
  test,
} from './helpers';

test('targets, recommendations and the action plan on the dashboard', async ({ page }) => {
  await startAssessment(page, { municipality: 'Zielstadt', kind: 'stadt' });
  const field = firstField(q);
  const answers = await answerQuestions(page, visibleQuestions(field, 'stadt'), (_question, i) =>
    i === 0 ? 'dontKnow' : 1,
  );
  await page.getByRole('link', { name: 'Zwischenergebnis ansehen' }).click();
  await expect(page.getByRole('heading', { name: 'Ergebnis: Zielstadt' })).toBeVisible();
  // The as-of month comes from the questionnaire ("2026-12"), in the reader's language.
  await expect(page.getByText('Inhaltlicher Stand: Dezember 2026', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByText('Content as of December 2026', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
  await expect(page.getByRole('heading', { name: 'Ergebnis: Zielstadt' })).toBeVisible();

  const before = scoreAssessment(q, answers, 'stadt');
  const gapsBefore = computeGaps(q, before, {});
  const gap = gapsBefore.find((g) => g.fieldId === field.id);
  await expect(page.getByTestId(`field-gap-${field.id}`)).toHaveText(String(displayScore(gap?.gap ?? NaN)));
  await expect(page.getByTestId('unclear-list')).toContainText(
    visibleQuestions(field, 'stadt')[0]?.title.de ?? '',
  );
  const recsBefore = matchRecommendations(q, pkg.recommendations, answers, before, {}, 'stadt');
  await expect(
    page.getByText(`${recsBefore.length} von ${recsBefore.length} Empfehlungen angezeigt`),
  ).toBeVisible();

  // A target at or below the current level reads as reached, not as a negative gap.
  await page.getByLabel(`Zielstufe für ${field.title.de}`).selectOption('1');
  expect(
    computeGaps(q, before, { [field.id]: 1 }).find((g) => g.fieldId === field.id)?.gap,
  ).toBeLessThanOrEqual(0);
  await expect(page.getByTestId(`field-gap-${field.id}`)).toHaveText('Ziel erreicht');

  // Raise the target to level 4: the gap grows at once and the order of recommendations follows.
  await page.getByLabel(`Zielstufe für ${field.title.de}`).selectOption('4');
  const targets = { [field.id]: 4 };
  const gapAfter = computeGaps(q, before, targets).find((g) => g.fieldId === field.id);
  await expect(page.getByTestId(`field-gap-${field.id}`)).toHaveText(
    String(displayScore(gapAfter?.gap ?? NaN)),
  );
  expect(gapAfter?.gap).toBeGreaterThan(gap?.gap ?? Infinity);
  const recsAfter = matchRecommendations(q, pkg.recommendations, answers, before, targets, 'stadt');
  await expect(page.getByTestId('recommendation').getByRole('heading', { level: 3 })).toHaveText(
    recsAfter.map((m) => m.recommendation.title.de),
  );

  // Filter by horizon.
  const sofort = recsAfter.filter((m) => m.recommendation.horizon === 'sofort');
  await page.getByLabel('Zeitraum').selectOption('sofort');
  await expect(page.getByTestId('recommendation')).toHaveCount(sofort.length);
  await page.getByLabel('Zeitraum').selectOption('');

  // Take the first recommendation into the plan, give it an owner, add an own measure, reload.
  const first = recsAfter[0]?.recommendation.title.de ?? '';
  await page.getByRole('button', { name: `In den Maßnahmenplan: ${first}` }).click();
  await expect(page.getByRole('button', { name: `Im Maßnahmenplan: ${first}` })).toBeDisabled();
  await expect(page.getByRole('button', { name: `Im Maßnahmenplan: ${first}` })).toHaveCSS(
    'cursor',
    'not-allowed',
  );
  const item = page.getByTestId('plan-item').filter({ hasText: first });
  await item.getByLabel('Verantwortlich').fill('Frau Huber, Hauptamt');
  await item.getByLabel('Stand').selectOption('in-arbeit');
  await page.getByLabel('Titel der eigenen Maßnahme').fill('Glasfaser-Sprechstunde einrichten');
  await page.getByRole('button', { name: 'Eigene Maßnahme hinzufügen' }).click();

  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByTestId('plan-item')).toHaveCount(2);
  await expect(item.getByLabel('Verantwortlich')).toHaveValue('Frau Huber, Hauptamt');
  await expect(item.getByLabel('Stand')).toHaveValue('in-arbeit');
  await expect(page.getByTestId('plan-item').nth(1)).toContainText('Glasfaser-Sprechstunde einrichten');
  await expect(page.getByLabel(`Zielstufe für ${field.title.de}`)).toHaveValue('4');
});

test('each source of a recommendation says when it was last checked', async ({ page }) => {
  await startAssessment(page, { municipality: 'Prüfdorf', kind: 'gemeinde' });
  const field = q.fields[0];
  if (!field) throw new Error('questionnaire has fields');
  const answers: Answers = {};
  for (const question of visibleQuestions(field, 'gemeinde')) {
    answers[question.id] = 0;
    await answer(page, question.id, 0);
  }
  await page.getByRole('link', { name: 'Zwischenergebnis ansehen' }).click();
  const score = scoreAssessment(q, answers, 'gemeinde');
  const [first] = matchRecommendations(q, pkg.recommendations, answers, score, {}, 'gemeinde');
  if (!first) throw new Error('a Gemeinde at level 0 gets recommendations');
  const months = { '2026-11': 'November 2026', '2026-12': 'Dezember 2026' } as Record<string, string>;
  const expected = first.recommendation.references.map((ref) => {
    const source = pkg.sources.find((s) => s.id === ref);
    if (!source) throw new Error(`source ${ref}`);
    return `zuletzt geprüft: ${months[source.checked] ?? source.checked}`;
  });
  const references = page.getByTestId('recommendation').first().locator('.references li');
  await expect(references).toHaveCount(expected.length);
  for (const [i, text] of expected.entries()) await expect(references.nth(i)).toContainText(text);
});
