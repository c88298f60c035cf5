import type { Page } from '@playwright/test';
import { blockOf, UNUSED_SURVEY_BLOCKS } from '../../tooling/vite/survey-css.ts';
import { visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { expect, startAssessment, test } from './helpers';

const classesInPage = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[class]')].flatMap((el) => [...el.classList]));

// The build leaves SurveyJS's styles for these blocks out (tooling/vite/survey-css.ts): none of
// them may turn up in the questionnaire, in any field, language, width or answer state.
test('the questionnaire uses none of the SurveyJS styles the build leaves out', async ({ page }) => {
  const seen = new Set<string>();
  const collect = async () => {
    for (const c of await classesInPage(page)) seen.add(c);
  };
  for (const [width, kind] of [
    [1280, 'landkreis'],
    [320, 'verwaltungsgemeinschaft'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await startAssessment(page, { municipality: 'Stiltest', kind });
    for (const field of q.fields) {
      const questions = visibleQuestions(field, kind);
      if (questions.length === 0) continue;
      await expect(page.getByRole('heading', { level: 2, name: field.title.de, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3 })).toHaveCount(questions.length);
      await collect();
      // Answered, "weiß nicht", a note, focus on an option.
      const first = page.locator('.sd-question').first();
      await first.locator('.sd-item__control-label').last().click();
      await page.locator('.sd-question').last().locator('.sd-item__control-label').first().click();
      await first.locator('textarea').fill('Notiz');
      await first.getByRole('radio').first().focus();
      await collect();
      const next = page.getByRole('button', { name: 'Weiter', exact: true });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await collect();
    await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
  }
  const survey = [...seen].filter((c) => /^s[dv]-/.test(c));
  expect(survey).toContain('sd-item--checked');
  expect(survey.filter((c) => UNUSED_SURVEY_BLOCKS.includes(blockOf(c)))).toEqual([]);
});
