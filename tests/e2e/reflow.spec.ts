import AxeBuilder from '@axe-core/playwright';
import { visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { answer, expect, expectNoSidewaysScrolling, firstField, startAssessment, test } from './helpers';

// WCAG 1.4.10 Reflow (BITV 2.0): at 320 CSS pixels wide, which is a laptop at 400 % zoom or a
// phone, every screen fits the width. A wide table scrolls in a box of its own, which keyboard
// users can reach with Tab and scroll with the arrow keys.
test('every screen fits 320 pixels; wide tables and the chart scroll in their own box, also by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScrolling(page, 'Start');
  await startAssessment(page, { municipality: 'Marktgemeinde Oberschmalhausen', kind: 'markt' });
  const field = firstField(q);
  for (const question of visibleQuestions(field, 'markt')) await answer(page, question.id, 1);
  await expectNoSidewaysScrolling(page, 'Fragen');

  const id = await page.evaluate(() => location.hash.split('/')[2] ?? '');
  const screens: [string, string][] = [
    [`#/bewertung/${id}/ergebnis`, 'Ergebnis'],
    [`#/bewertung/${id}/rechenweg`, 'Wie wird gerechnet?'],
    [`#/bewertung/${id}/druck`, 'Ergebnisblatt'],
    [`#/bewertung/${id}/profil`, 'Angaben zur Kommune'],
    ['#/bewertungen', 'Alle Bewertungen'],
    ['#/vergleich', 'Runden vergleichen'],
    ['#/zusammenfuehren', 'Antworten mehrerer Personen zusammenführen'],
    ['#/region', 'Regionale Übersicht'],
    ['#/daten', 'Sichern und laden'],
    ['#/frageboegen', 'Fragebögen'],
  ];
  for (const [hash, heading] of screens) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSidewaysScrolling(page, heading);
  }

  await page.goto(`./#/bewertung/${id}/ergebnis`);
  const box = page.getByRole('region', { name: 'Tabelle: Ergebnis je Handlungsfeld' });
  await expect(box.getByRole('table')).toBeVisible();
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The radar keeps room for its eleven axis labels and scrolls in its own box too.
  const chart = page.getByRole('region', { name: 'Diagramm: Ist und Soll im Überblick' });
  await expect(chart.getByRole('img')).toBeVisible();
  expect(await chart.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});

test('a table that fits adds no tab stop and no region', async ({ page }) => {
  await startAssessment(page, { municipality: 'Weitstadt', kind: 'stadt' });
  const id = await page.evaluate(() => location.hash.split('/')[2] ?? '');
  await page.goto(`./#/bewertung/${id}/ergebnis`);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.locator('.scroll-box[tabindex]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Tabelle: Ergebnis je Handlungsfeld' })).toHaveCount(0);
});
