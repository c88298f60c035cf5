import type { Page } from '@playwright/test';
import { loadBavarianPackage } from '../fixtures/bavarian-package';
import { expect, startAssessment, test } from './helpers';

const secondField = loadBavarianPackage().questionnaire.fields[1]?.title.de ?? '';

// SurveyJS draws the questions with its own colours (src/app/app.css maps the app's onto them).
// axe checks text contrast but not the contrast of controls and focus rings (WCAG 1.4.11), and
// it does not look at Windows high-contrast mode: both are checked here.

type Rgb = [number, number, number];

/** The colours in a computed CSS value ("rgb(…)", "rgba(…)", "color(srgb … / a)"), over `under`. */
function colorsIn(value: string, under: Rgb = [255, 255, 255]): Rgb[] {
  const found: Rgb[] = [];
  for (const m of value.matchAll(/rgba?\(([^)]+)\)|color\(srgb ([^)]+)\)/g)) {
    const srgb = m[2] !== undefined;
    const parts = (m[1] ?? m[2] ?? '')
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    const [r = 0, g = 0, b = 0] = parts.slice(0, 3).map((v) => (srgb ? v * 255 : v));
    const a = parts[3] ?? 1;
    found.push([r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)]);
  }
  return found;
}

const luminance = ([r, g, b]: Rgb) => {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The best contrast any colour in `value` has against `background`. */
function bestContrast(value: string, background: Rgb): number {
  return Math.max(0, ...colorsIn(value, background).map((c) => contrast(c, background)));
}

/** The same for a box-shadow, counting only the shadows that are drawn (spread or blur above 0). */
function bestShadowContrast(value: string, background: Rgb): number {
  const drawn = value.split(/,(?![^(]*\))/).filter((layer) => {
    const [, , blur = 0, spread = 0] = (layer.replace(/\([^)]*\)/g, '').match(/-?[\d.]+px/g) ?? []).map(
      parseFloat,
    );
    return blur > 0 || spread > 0;
  });
  return Math.max(0, ...drawn.map((layer) => bestContrast(layer, background)));
}

const style = (page: Page, selector: string, property: string, pseudo?: string) =>
  page
    .locator(selector)
    .first()
    .evaluate(
      (el, [p, ps]) => getComputedStyle(el, ps ?? null).getPropertyValue(p ?? ''),
      [property, pseudo],
    );

async function openQuestions(page: Page) {
  await startAssessment(page, { municipality: 'Farbtest', kind: 'gemeinde' });
  const first = page.locator('.sd-question').first();
  await first.locator('.sd-item__control-label').nth(1).click();
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  await page.mouse.move(0, 0); // no hover colours
  return first;
}

/** Puts keyboard focus (:focus-visible) on the chosen option of the first question. */
async function focusChosenOption(page: Page) {
  const first = page.locator('.sd-question').first();
  await first.locator('textarea').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(first.getByRole('radio').nth(1)).toBeFocused();
}

test('the questions meet WCAG AA contrast for text, controls and focus, in the app’s colours', async ({
  page,
}) => {
  await openQuestions(page);
  const card = colorsIn(await style(page, '.sd-question', 'background-color'))[0] ?? [255, 255, 255];
  const surface = colorsIn(await style(page, '.sd-root-modern', 'background-color', '::before'))[0] ?? card;

  // Text (1.4.3): the hints under the field and under each question.
  expect
    .soft(bestContrast(await style(page, '.sd-question__description', 'color'), card))
    .toBeGreaterThanOrEqual(4.5);
  expect
    .soft(bestContrast(await style(page, '.sd-page__description', 'color'), surface))
    .toBeGreaterThanOrEqual(4.5);

  // Controls (1.4.11): the circle of an option, the chosen option, the note field's border.
  const unchosen = '.sd-item:not(.sd-item--checked) .sd-radio__decorator';
  const chosen = '.sd-item--checked .sd-radio__decorator';
  expect.soft(bestShadowContrast(await style(page, unchosen, 'box-shadow'), card)).toBeGreaterThanOrEqual(3);
  expect.soft(bestContrast(await style(page, chosen, 'background-color'), card)).toBeGreaterThanOrEqual(3);
  expect
    .soft(bestShadowContrast(await style(page, '.sd-comment', 'box-shadow'), card))
    .toBeGreaterThanOrEqual(3);

  // The chosen option in the app's blue, not SurveyJS's green.
  const blue = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--blue'),
  );
  expect(blue.trim()).toBe('#0b4f8a');
  expect(await style(page, chosen, 'background-color')).toBe('rgb(11, 79, 138)');

  // Keyboard focus on an option and in the note field (1.4.11, 2.4.7).
  await focusChosenOption(page);
  expect
    .soft(bestShadowContrast(await style(page, chosen, 'box-shadow', '::before'), card))
    .toBeGreaterThanOrEqual(3);
  await page.locator('.sd-question').first().locator('textarea').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect
    .soft(bestShadowContrast(await style(page, '.sd-comment:focus-within', 'box-shadow'), card))
    .toBeGreaterThanOrEqual(3);

  // SurveyJS's theme is in the page once (survey-theme.ts), not in each field's survey again.
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: secondField, exact: true })).toBeVisible();
  expect(await page.locator('head style[data-survey-theme]').count()).toBe(1);
  expect(await page.locator('.sd-root-modern style').count()).toBe(0);
  expect(await style(page, '.sd-question', 'box-shadow')).not.toBe('none');
});

test('in Windows high-contrast mode the options, the chosen one, the note field, focus and charts stay visible', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openQuestions(page);
  const unchosen = '.sd-item:not(.sd-item--checked) .sd-radio__decorator';
  const chosen = '.sd-item--checked .sd-radio__decorator';
  // Box shadows are gone in this mode: the circles and the note field need real borders.
  for (const selector of [unchosen, '.sd-comment']) {
    expect.soft(await style(page, selector, 'border-top-style'), selector).toBe('solid');
    expect(parseFloat(await style(page, selector, 'border-top-width')), selector).toBeGreaterThanOrEqual(1);
  }
  expect(await style(page, chosen, 'background-color')).not.toBe(
    await style(page, unchosen, 'background-color'),
  );
  await focusChosenOption(page);
  expect(await style(page, chosen, 'outline-style')).toBe('solid');
  // The open field in the list is marked by more than bold text.
  expect(await style(page, '.field-nav button.current', 'border-left-color')).not.toBe(
    await style(page, '.field-nav li:not(:first-child) button', 'border-left-color'),
  );

  // A dark contrast theme: the radar keeps a white ground for Chart.js's dark labels and lines.
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await page.getByRole('link', { name: 'Zwischenergebnis ansehen' }).click();
  await expect(page.locator('canvas[role="img"]')).toBeVisible();
  expect(await style(page, 'body', 'background-color')).not.toBe('rgb(255, 255, 255)');
  expect(await style(page, 'canvas[role="img"]', 'background-color')).toBe('rgb(255, 255, 255)');
});
