import { displayScore, scoreAssessment } from '../../src/engine/score';
import { matchRecommendations } from '../../src/engine/recommend';
import { bavarian as pkg, bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { answerWholeQuestionnaire, expect, startAssessment, test } from './helpers';

test('a Gemeinde answers the whole questionnaire and sees the engine’s scores', async ({ page }) => {
  await startAssessment(page, { municipality: 'Musterhausen', kind: 'gemeinde' });

  // Known answers: levels cycle through 0–4, every seventh question is "weiß nicht".
  const answers = await answerWholeQuestionnaire(page, q, 'gemeinde', (_question, n) =>
    n % 7 === 6 ? 'dontKnow' : ((n % 5) as 0 | 1 | 2 | 3 | 4),
  );

  const expected = scoreAssessment(q, answers, 'gemeinde');
  if (expected.overall === null) throw new Error('the answers must give a score');
  await expect(page.getByRole('heading', { name: 'Ergebnis: Musterhausen' })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText(
    `${displayScore(expected.overall)} von 100 Punkten`,
  );
  await expect(page.getByTestId('overall-band')).toHaveText(expected.band?.name.de ?? '');
  for (const f of expected.fields) {
    if (f.total === 0) continue;
    await expect(page.getByTestId(`field-score-${f.fieldId}`)).toHaveText(
      f.score === null ? '–' : String(displayScore(f.score)),
    );
  }
  const matched = matchRecommendations(q, pkg.recommendations, answers, expected, {}, 'gemeinde');
  const shown = page.getByTestId('recommendation');
  await expect(shown).toHaveCount(matched.length);
  await expect(shown.first().getByRole('heading', { level: 3 })).toHaveText(
    matched[0]?.recommendation.title.de ?? '',
  );
});
