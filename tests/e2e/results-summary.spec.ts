import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { computeGaps, targetReached } from '../../src/engine/gaps';
import type { Language } from '../../src/engine/language';
import { matchRecommendations } from '../../src/engine/recommend';
import { summarizeResults, type FieldStanding } from '../../src/engine/result-summary';
import { displayScore, scoreAssessment } from '../../src/engine/score';
import { bavarian as pkg, bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { expect, expectNoAxeViolations, test } from './helpers';
import { assessmentRecord, importAssessment, realisticAnswers } from './seed';

const municipality = 'Markt Oberschönau';
const answers = realisticAnswers(pkg, 'markt');
const score = scoreAssessment(q, answers, 'markt');
const gaps = computeGaps(q, score, {});
const matched = matchRecommendations(q, pkg.recommendations, answers, score, {}, 'markt');
const summary = summarizeResults(q, answers, 'markt', gaps, matched);
const fieldTitle = (id: string, lang: Language) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
const LAPTOP = { width: 1280, height: 800 };

// The case is realistic: a Markt with some 40 recommendations, open questions, fields above and below target.
test.beforeAll(() => {
  expect(matched.length).toBeGreaterThan(30);
  expect(summary.strongest).toHaveLength(3);
  expect(summary.weakest).toHaveLength(3);
  expect(summary.openCount).toBeGreaterThan(0);
  expect(summary.strongest.some((g) => targetReached(g.gap))).toBe(true);
});

/** Seen without scrolling: the whole box lies within the laptop's first screen. */
async function expectOnFirstScreen(part: Locator, what: string) {
  await expect(part, what).toBeVisible();
  const box = await part.boundingBox();
  if (!box) throw new Error(`${what}: no box`);
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(LAPTOP.height);
  expect(box.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right`).toBeLessThanOrEqual(LAPTOP.width);
}

const standingText = (g: FieldStanding, lang: Language) => {
  const [current, target, gap] = [g.current, g.target, g.gap].map(displayScore);
  return lang === 'de'
    ? `${fieldTitle(g.fieldId, 'de')} Ist ${current} · Soll ${target} · ${targetReached(g.gap) ? 'Ziel erreicht' : `Abstand ${gap}`}`
    : `${fieldTitle(g.fieldId, 'en')} current ${current} · target ${target} · ${targetReached(g.gap) ? 'target reached' : `gap ${gap}`}`;
};

/** Every part of the summary, with the engine's selection, on the first screen without scrolling. */
async function expectSummaryOnFirstScreen(page: Page, lang: Language) {
  const de = lang === 'de';
  const region = page.getByRole('region', { name: de ? 'Auf einen Blick' : 'At a glance' });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectOnFirstScreen(region, 'summary');

  const overall = region.getByRole('group', { name: de ? 'Gesamtwert' : 'Overall score' });
  await expect(overall.getByTestId('overall-score')).toHaveText(
    `${displayScore(score.overall ?? NaN)} ${de ? 'von 100 Punkten' : 'out of 100 points'}`,
  );
  await expectOnFirstScreen(overall.getByTestId('overall-score'), 'score');
  await expect(overall.getByTestId('overall-band')).toHaveText(score.band?.name[lang] ?? '-');
  await expectOnFirstScreen(overall.getByTestId('overall-band'), 'band');

  const chart = region.getByRole('img');
  await expect(chart).toHaveAccessibleName(new RegExp(fieldTitle(q.fields[0]?.id ?? '', lang)));
  await expectOnFirstScreen(chart, 'chart');

  const strongest = region.getByRole('list', { name: de ? 'Am stärksten' : 'Strongest' });
  await expect(strongest.getByRole('listitem')).toHaveText(
    summary.strongest.map((g) => standingText(g, lang)),
  );
  await expectOnFirstScreen(strongest, 'strongest');
  const weakest = region.getByRole('list', {
    name: de ? 'Größte Abstände zum Ziel' : 'Largest gaps to the target',
  });
  await expect(weakest.getByRole('listitem')).toHaveText(summary.weakest.map((g) => standingText(g, lang)));
  await expectOnFirstScreen(weakest, 'weakest');

  const top = region.getByRole('list', {
    name: de ? 'Die 5 dringendsten Empfehlungen' : 'The 5 most urgent recommendations',
  });
  await expect(top.getByRole('link')).toHaveText(
    matched.slice(0, 5).map((m) => m.recommendation.title[lang]),
  );
  await expectOnFirstScreen(top, 'five recommendations');

  const open = region.getByRole('group', { name: de ? 'Offene Fragen' : 'Open questions' });
  const fields = summary.openQuestions.length;
  await expect(open.getByTestId('summary-open-count')).toHaveText(
    de
      ? `${summary.openCount} Fragen in ${fields} Handlungsfeldern mit „weiß nicht“ beantwortet`
      : `${summary.openCount} questions in ${fields} fields answered “don’t know”`,
  );
  await expectOnFirstScreen(open, 'open questions');
}

test('the results open with a summary on one laptop screen; the full list is collapsed, opens by click or Enter, filters by field', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  await importAssessment(page, assessmentRecord(pkg, 'markt-glance', municipality, 'markt', answers));
  await page.goto('./#/bewertung/markt-glance/ergebnis');
  await expect(page.getByRole('heading', { level: 1, name: `Ergebnis: ${municipality}` })).toBeVisible();
  await expectSummaryOnFirstScreen(page, 'de');

  // The full list: every recommendation collapsed to title, reason and the plan button.
  const items = page.getByTestId('recommendation');
  await expect(items).toHaveCount(matched.length);
  await expect(items.getByRole('heading', { level: 3 })).toHaveText(
    matched.map((m) => m.recommendation.title.de),
  );
  const [first, second] = matched;
  if (!first || !second) throw new Error('two recommendations');
  const firstItem = items.nth(0);
  const firstStep = firstItem.getByText(first.recommendation.steps[0]?.de ?? '-', { exact: true });
  await expect(firstItem.getByText('Anlass:')).toBeVisible();
  await expect(firstStep).toBeHidden();
  await expect(
    firstItem.getByRole('button', { name: `In den Maßnahmenplan: ${first.recommendation.title.de}` }),
  ).toBeVisible();
  for (const m of matched) {
    const step = m.recommendation.steps[0]?.de ?? '-';
    await expect(
      items.filter({ hasText: m.recommendation.title.de }).getByText(step, { exact: true }),
    ).toBeHidden();
  }

  // Opened by a click …
  const disclosure = (item: Locator, title: string) =>
    item.getByText(`Erste Schritte, Begründung und Quellen: ${title}`);
  await disclosure(firstItem, first.recommendation.title.de).click();
  await expect(firstStep).toBeVisible();
  await expect(firstItem.getByRole('link').first()).toBeVisible();
  // … and by the keyboard, closed again the same way.
  const secondItem = items.nth(1);
  const secondStep = secondItem.getByText(second.recommendation.steps[0]?.de ?? '-', { exact: true });
  await disclosure(secondItem, second.recommendation.title.de).focus();
  await page.keyboard.press('Enter');
  await expect(secondStep).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(secondStep).toBeHidden();
  await expectNoAxeViolations(page);

  // The field filter: only that field's recommendations, each with its field named.
  const weakest = summary.weakest[0]?.fieldId ?? '';
  const ofField = matched.filter((m) => m.recommendation.field === weakest);
  expect(ofField.length).toBeGreaterThan(0);
  const fieldFilter = page.getByRole('combobox', { name: 'Handlungsfeld' });
  await expect(
    fieldFilter.getByRole('option', { name: `${fieldTitle(weakest, 'de')} (${ofField.length})` }),
  ).toBeAttached();
  await fieldFilter.selectOption(weakest);
  await expect(
    page.getByText(`${ofField.length} von ${matched.length} Empfehlungen angezeigt`),
  ).toBeVisible();
  await expect(items.getByRole('heading', { level: 3 })).toHaveText(
    ofField.map((m) => m.recommendation.title.de),
  );
  for (const item of await items.all())
    await expect(item.locator('.meta').first()).toContainText(fieldTitle(weakest, 'de'));

  // A title in the summary opens that recommendation in the list, clearing a filter that hides it,
  // and takes the focus there.
  const hidden = matched.slice(0, 5).find((m) => m.recommendation.field !== weakest);
  if (!hidden) throw new Error('a top recommendation of another field');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page
    .getByRole('region', { name: 'Auf einen Blick' })
    .getByRole('link', { name: hidden.recommendation.title.de })
    .click();
  await expect(fieldFilter).toHaveValue('');
  const target = items.filter({
    has: page.getByRole('heading', { level: 3, name: hidden.recommendation.title.de, exact: true }),
  });
  await expect(target.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(target.getByText(hidden.recommendation.steps[0]?.de ?? '-', { exact: true })).toBeVisible();
  await expect(items).toHaveCount(matched.length);

  // "Alle … Empfehlungen" and "Zu den offenen Fragen" lead down the page.
  await page.getByRole('link', { name: `Alle ${matched.length} Empfehlungen` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Empfehlungen', exact: true })).toBeFocused();
  await page.getByRole('link', { name: 'Zu den offenen Fragen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Klärungsbedarf' })).toBeFocused();
  await expect(page.getByTestId('unclear-list')).toBeInViewport();
});

test('the summary in English, on one laptop screen, and accessible', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await importAssessment(page, assessmentRecord(pkg, 'markt-glance-en', municipality, 'markt', answers));
  await page.goto('./#/bewertung/markt-glance-en/ergebnis');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Result: ${municipality}` })).toBeVisible();
  await expectSummaryOnFirstScreen(page, 'en');
  const first = matched[0]?.recommendation;
  if (!first) throw new Error('a recommendation');
  const item = page.getByTestId('recommendation').first();
  await item.getByText(`First steps, reasons and sources: ${first.title.en}`).press('Enter');
  await expect(item.getByText(first.steps[0]?.en ?? '-', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the council paper from the results screen: the summary’s selection, the Word code loaded only on the click', async ({
  page,
}) => {
  const documentCode: string[] = [];
  page.on('request', (r) => {
    if (/result-document[^/]*\.js$/.test(r.url())) documentCode.push(r.url());
  });
  await importAssessment(page, assessmentRecord(pkg, 'markt-paper', municipality, 'markt', answers));
  await page.goto('./#/bewertung/markt-paper/ergebnis');
  const documents = page.getByRole('region', { name: 'Für die Sitzung' });
  await expect(documents.getByRole('button', { name: 'Sitzungsvorlage als Word-Datei' })).toBeVisible();
  expect(documentCode).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    documents.getByRole('button', { name: 'Sitzungsvorlage als Word-Datei' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sitzungsvorlage-markt-oberschonau-\d{4}-\d{2}-\d{2}\.docx$/);
  await expect(documents.getByRole('status')).toHaveText(
    /^Die Datei „sitzungsvorlage-.*\.docx“ wurde erstellt\.$/,
  );
  expect(documentCode).toHaveLength(1);
  const xml = strFromU8(
    unzipSync(readFileSync(await download.path()))['word/document.xml'] ?? new Uint8Array(),
  );
  for (const m of summary.topRecommendations)
    expect(xml).toContain(m.recommendation.title.de.replace(/&/g, '&amp;'));
  expect(xml).not.toContain(matched[5]?.recommendation.title.de ?? '-');
  for (const g of summary.strongest)
    expect(xml).toContain(fieldTitle(g.fieldId, 'de').replace(/&/g, '&amp;'));
});

test('the printed sheet names the summary’s strongest and weakest fields, as the screen does', async ({
  page,
}) => {
  await importAssessment(page, assessmentRecord(pkg, 'markt-sheet', municipality, 'markt', answers));
  await page.goto('./#/bewertung/markt-sheet/druck');
  await expect(page.getByTestId('sheet-standing')).toHaveText(
    `Am stärksten: ${summary.strongest.map((g) => fieldTitle(g.fieldId, 'de')).join(', ')} · ` +
      `Größte Abstände zum Ziel: ${summary.weakest.map((g) => fieldTitle(g.fieldId, 'de')).join(', ')}`,
  );
});
