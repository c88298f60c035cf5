import type { Page } from '@playwright/test';
import { expect, optionName } from './helpers';

/** What the focused element says: a button's or link's text, an input button's value. */
export const focusedText = (page: Page) =>
  page.evaluate(() =>
    document.activeElement instanceof HTMLInputElement
      ? document.activeElement.value
      : (document.activeElement?.textContent?.trim() ?? ''),
  );

/** Presses Tab until `found` holds for the focused element; fails, naming `what`, after 60 presses. */
export async function tabUntil(page: Page, found: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await found()) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Presses Tab until the focused element says `text`, then Enter. */
export async function tabAndPress(page: Page, text: string): Promise<void> {
  // On a busy machine the target may not be rendered yet: Tab presses before it would run past it.
  await expect(
    page
      .getByRole('link', { name: text, exact: true })
      .or(page.getByRole('button', { name: text, exact: true }))
      .first(),
  ).toBeVisible();
  await tabUntil(page, async () => (await focusedText(page)) === text, text);
  await page.keyboard.press('Enter');
}

/**
 * The open profile form with the keyboard only: the name typed, kind "Gemeinde" and region
 * "Oberpfalz" by typing, the population by arrows, then "Weiter zu den Fragen".
 */
export async function profileByKeyboard(page: Page, municipality: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Angaben zur Kommune' })).toBeVisible();
  const label = () =>
    page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
  await tabUntil(page, async () => (await label()) === 'Name der Kommune', 'the name');
  await page.keyboard.type(municipality);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Gemeinde');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Oberpfalz');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabAndPress(page, 'Weiter zu den Fragen');
}

/** Answers question `id` with `level` by keyboard: Tab into its radio group, Space (level 0), an arrow per level. */
export async function answerByKeyboard(page: Page, id: string, level: number): Promise<void> {
  await expect(page.locator(`.sd-question[data-name="${id}"]`).getByRole('radio').first()).toBeVisible();
  await tabUntil(
    page,
    () =>
      page.evaluate(
        (qid) =>
          document.activeElement?.closest('.sd-question')?.getAttribute('data-name') === qid &&
          (document.activeElement as HTMLInputElement).type === 'radio',
        id,
      ),
    id,
  );
  await page.keyboard.press('Space');
  for (let n = 0; n < level; n++) await page.keyboard.press('ArrowDown');
  await expect(
    page.locator(`.sd-question[data-name="${id}"]`).getByRole('radio', { name: optionName(level) }),
  ).toBeChecked();
}
