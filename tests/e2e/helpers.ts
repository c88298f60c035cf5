import { readFileSync } from 'node:fs';
import { expect, test as base, type Page } from '@playwright/test';
import type { AnswerValue } from '../../src/engine/assessment';
import { parseQuestionnairePackage, type QuestionnairePackage } from '../../src/engine/questionnaire-package';
import { errorStrings } from '../../src/i18n/strings-errors';

/** The Bavarian questionnaire as the app ships it, validated by the engine. */
export function loadBavarianPackage(): QuestionnairePackage {
  const read = (f: string) => ({
    name: f,
    data: JSON.parse(readFileSync(`questionnaires/bayern-kommunen/${f}`, 'utf8')) as unknown,
  });
  const result = parseQuestionnairePackage({
    questionnaire: read('questionnaire.json'),
    recommendations: read('recommendations.json'),
    sources: read('sources.json'),
  });
  if (!result.ok) throw new Error(result.errors.map(errorStrings.de.packageError).join('\n'));
  return result.value;
}

/**
 * Every test fails if the page asks anything of another origin: nothing may leave the device.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export interface ProfileInput {
  municipality: string;
  kind: string;
  bezirk: string;
  population: string;
  role?: string;
}

/** Starts a new assessment from the start screen and fills the profile. */
export async function startAssessment(page: Page, p: ProfileInput): Promise<void> {
  await page.goto('./');
  await fillProfile(page, p);
}

/** On the start screen already open: "Neue Bewertung beginnen", the profile, the first question. */
export async function fillProfile(page: Page, p: ProfileInput): Promise<void> {
  await page.getByRole('link', { name: 'Neue Bewertung beginnen' }).click();
  await page.getByLabel('Name der Kommune').fill(p.municipality);
  await page.getByLabel('Art der Kommune').selectOption(p.kind);
  await page.getByLabel('Regierungsbezirk').selectOption(p.bezirk);
  await page.getByLabel('Einwohnerzahl').selectOption(p.population);
  if (p.role) await page.getByLabel(/Ihre Funktion/).fill(p.role);
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  await expect(page.locator('.sd-question').first()).toBeVisible();
}

/** The radio option a person would pick for an answer. */
export function optionName(value: AnswerValue): RegExp {
  if (value === 'dontKnow') return /^weiß nicht$/;
  if (value === 'notApplicable') return /^nicht zutreffend$/;
  return new RegExp(`^Stufe ${value} – `);
}

/** Answers one question on the current page by clicking its option. */
export async function answer(page: Page, questionId: string, value: AnswerValue): Promise<void> {
  const question = page.locator(`.sd-question[data-name="${questionId}"]`);
  await question.getByRole('radio', { name: optionName(value) }).check({ force: true });
}

/** The page is no wider than the window: nothing makes people scroll sideways. */
export async function expectNoSidewaysScrolling(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0], `${what}: Seitenbreite`).toBeLessThanOrEqual(widths[1] ?? 0);
}
