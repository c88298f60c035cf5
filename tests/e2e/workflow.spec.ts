import type { Page } from '@playwright/test';
import { visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import {
  answer,
  expect,
  expectNoAxeViolations,
  expectNoSidewaysScrolling,
  fillProfile,
  fillProfileForm,
  firstField,
  optionName,
  startAssessment,
  test,
} from './helpers';
import { answerByKeyboard, profileByKeyboard, tabAndPress } from './keyboard';

const profile = {
  municipality: 'Markt Beispiel',
  kind: 'markt',
  bezirk: 'schwaben',
  population: '5000-9999',
};

/** A new assessment of Markt Beispiel with its first question answered at `level`. */
async function startAndAnswerFirst(page: Page, level: number) {
  await startAssessment(page, profile);
  const field = firstField(q);
  const question = visibleQuestions(field, 'markt')[0];
  const qid = question?.id ?? '';
  await answer(page, qid, level);
  return { field, qid, title: question?.title ?? { de: '', en: '' } };
}

test('answers and the position survive a reload', async ({ page }) => {
  await startAssessment(page, profile);
  const [first, second] = q.fields;
  if (!first || !second) throw new Error('two fields expected');
  const firstQs = visibleQuestions(first, 'markt');
  await answer(page, firstQs[0]?.id ?? '', 3);
  await answer(page, firstQs[1]?.id ?? '', 'dontKnow');
  await page.locator(`.sd-question[data-name="${firstQs[0]?.id}"] textarea`).fill('Beschluss vom 12.03.');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { name: second.title.de, exact: true })).toBeVisible();
  const secondQ = visibleQuestions(second, 'markt')[0]?.id ?? '';
  await answer(page, secondQ, 1);

  await page.reload();
  await expect(page.getByRole('heading', { name: second.title.de, exact: true })).toBeVisible();
  const radio = (id: string, v: Parameters<typeof optionName>[0]) =>
    page.locator(`.sd-question[data-name="${id}"]`).getByRole('radio', { name: optionName(v) });
  await expect(radio(secondQ, 1)).toBeChecked();
  await expect(
    page.getByText(
      '3 von ' +
        String(q.fields.reduce((n, f) => n + visibleQuestions(f, 'markt').length, 0)) +
        ' Fragen beantwortet',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${first.title.de}`) }).click();
  await expect(radio(firstQs[0]?.id ?? '', 3)).toBeChecked();
  await expect(radio(firstQs[1]?.id ?? '', 'dontKnow')).toBeChecked();
  await expect(page.locator(`.sd-question[data-name="${firstQs[0]?.id}"] textarea`)).toHaveValue(
    'Beschluss vom 12.03.',
  );
});

test('switching the language keeps the answers and sets the lang attribute', async ({ page }) => {
  const { field, qid, title } = await startAndAnswerFirst(page, 2);
  const question = page.locator(`.sd-question[data-name="${qid}"]`);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: field.title.en, exact: true })).toBeVisible();
  await expect(question.getByRole('radio', { name: /^Level 2 – / })).toBeChecked();
  // The question's own heading and its note field (drawn anew only when they change) follow too.
  await expect(question.getByRole('heading', { level: 3, name: title.en, exact: true })).toBeVisible();
  await expect(question.locator('.sd-question__comment-area')).toContainText('Note or evidence (optional)');
  await expect(question.getByRole('textbox')).toHaveAccessibleName(
    `Note or evidence (optional): ${title.en}`,
  );
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(question.getByRole('radio', { name: /^Stufe 2 – / })).toBeChecked();
  await expect(question.getByRole('heading', { level: 3, name: title.de, exact: true })).toBeVisible();
  await expect(question.locator('.sd-question__comment-area')).toContainText(
    'Notiz oder Nachweis (optional)',
  );
});

test('a whole assessment can be completed with the keyboard only', async ({ page }) => {
  await page.goto('./');
  await tabAndPress(page, 'Vollständige Bewertung (30–45 Minuten)');
  await profileByKeyboard(page, 'Tastaturhausen');
  await expect(page.getByRole('heading', { name: q.fields[0]?.title.de ?? '', exact: true })).toBeVisible();

  const fields = q.fields.filter((f) => visibleQuestions(f, 'gemeinde').length > 0);
  for (const [i, field] of fields.entries()) {
    await expect(page.getByRole('heading', { name: field.title.de, exact: true })).toBeVisible();
    // Level 2 everywhere, chosen with the arrows.
    for (const question of visibleQuestions(field, 'gemeinde')) await answerByKeyboard(page, question.id, 2);
    await tabAndPress(page, i === fields.length - 1 ? 'Zum Ergebnis' : 'Weiter');
  }
  await expect(page.getByRole('heading', { name: 'Ergebnis: Tastaturhausen' })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText('50 von 100 Punkten');
});

test('the list: new round from an earlier one, rename, delete after confirmation', async ({ page }) => {
  const { field, qid } = await startAndAnswerFirst(page, 4);
  await page.getByRole('link', { name: 'Alle Bewertungen' }).click();
  await expectNoAxeViolations(page);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Markt Beispiel');

  await page.getByRole('button', { name: 'Neue Runde: Markt Beispiel' }).click();
  await page.getByLabel('Name der neuen Runde').fill('Runde 2027');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(
    page.locator(`.sd-question[data-name="${qid}"]`).getByRole('radio', { name: optionName(4) }),
  ).toBeChecked();

  // The copied answer is marked on its page until confirmed.
  const toConfirm = page.getByTestId('to-confirm');
  await expect(toConfirm).toContainText('Bitte prüfen: Eine Antwort auf dieser Seite wurde übernommen');
  await expect(toConfirm).toContainText(field.questions.find((x) => x.id === qid)?.title.de ?? '');
  await page.getByRole('link', { name: 'Alle Bewertungen' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('1 Antwort zu bestätigen')).toBeVisible();
  await page.getByRole('link', { name: 'Fragebogen: Markt Beispiel' }).first().click();
  await page.getByRole('button', { name: 'Übrige Antworten dieser Seite bestätigen' }).click();
  await expect(toConfirm).toHaveCount(0);
  await page.getByRole('link', { name: 'Alle Bewertungen' }).click();
  await expect(page.getByText('1 Antwort zu bestätigen')).toHaveCount(0);
  await page.getByRole('button', { name: 'Umbenennen: Markt Beispiel' }).first().click();
  await page.getByLabel('Neuer Name der Runde').fill('Frühjahr 2027');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('cell', { name: 'Frühjahr 2027' })).toBeVisible();

  await page.getByRole('button', { name: 'Löschen: Markt Beispiel' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Bewertung löschen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Löschen: Markt Beispiel' }).first().click();
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(rows).toHaveCount(1);
});

test('axe finds no WCAG 2.1 A/AA violations on start, profile and questionnaire', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A first visit has nothing stored: no warning of any kind.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Vollständige Bewertung (30–45 Minuten)' }).click();
  await expect(page.getByRole('heading', { name: 'Angaben zur Kommune' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  await expect(page.getByText('„Name der Kommune“ fehlt.').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await startAssessment(page, profile);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expectNoAxeViolations(page);
});

test('at 320 pixels wide (400 % zoom) the questions fit the width and every button can be clicked', async ({
  page,
}) => {
  // WCAG 1.4.10 Reflow: one column, no sideways scrolling, and nothing lying over the controls
  // (Playwright's click fails when another element would receive it).
  await page.setViewportSize({ width: 320, height: 640 });
  await startAssessment(page, profile);
  for (const field of q.fields.slice(0, 2)) {
    await expect(page.getByRole('heading', { level: 2, name: field.title.de, exact: true })).toBeVisible();
    for (const question of visibleQuestions(field, 'markt')) {
      const item = page.locator(`.sd-question[data-name="${question.id}"] .sd-item`).filter({
        has: page.getByRole('radio', { name: optionName(2) }),
      });
      await item.locator('.sd-item__control-label').click();
      await expect(item.getByRole('radio')).toBeChecked();
    }
    await expectNoSidewaysScrolling(page, field.title.de);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  }
  await expect(
    page.getByRole('heading', { level: 2, name: q.fields[2]?.title.de, exact: true }),
  ).toBeVisible();
});

test('every question of a field is in the page soon after it opens, without scrolling', async ({ page }) => {
  // The questions appear one after the other (the first one at once); screen-reader users must
  // still find all of them, so none may wait until someone scrolls to it.
  await startAssessment(page, profile);
  for (const field of q.fields.slice(0, 2)) {
    await expect(page.getByRole('heading', { level: 2, name: field.title.de, exact: true })).toBeVisible();
    const titles = visibleQuestions(field, 'markt').map((x) => x.title.de);
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(titles);
    await expect(page.locator('.sv-skeleton-element')).toHaveCount(0);
    // No toolbar for SurveyJS's hidden "Clear" title action (built on every render otherwise).
    await expect(page.locator('.sd-question .sv-title-actions')).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  }
});

test('once the questionnaire is loaded in the background, profile and questions open without a loading message', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { loadingSeen: string[] }).loadingSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role=status]'))
        if (el.textContent && !seen.includes(el.textContent)) seen.push(el.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('./');
  // The start screen loads the questionnaire and its code while nobody acts.
  await page.waitForLoadState('networkidle');
  await fillProfile(page, profile);
  expect(
    await page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen),
  ).not.toContain('Wird geladen …');
});

test('"Vollständige Bewertung" shows the profile form at once, before the questionnaire file has loaded', async ({
  page,
}) => {
  // Hold back the questionnaire file and SurveyJS (as on a slow network): the form needs neither.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const heldBack: string[] = [];
  await page.route(/\/assets\/questionnaire-[^/]*\.js$/, async (route) => {
    heldBack.push(new URL(route.request().url()).pathname);
    await held;
    await route.continue();
  });
  await page.goto('./');
  await page.getByRole('link', { name: 'Vollständige Bewertung (30–45 Minuten)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Angaben zur Kommune' })).toBeVisible();
  await expect(page.getByText('Wird geladen …')).toHaveCount(0);
  // Title and version of the questionnaire are there too, from the start file.
  await expect(page.getByText(`${q.title.de} (${q.version})`)).toBeVisible();
  // The form asks for the file when it opens; on a busy machine the request may come only after
  // the form is drawn. It is held back until `release`, so the form above was shown without it.
  await expect.poll(() => heldBack.length).toBeGreaterThan(0);
  await fillProfileForm(page, profile);
  release();
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: q.fields[0]?.title.de ?? '', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeEnabled();
});
