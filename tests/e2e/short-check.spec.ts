import type { Page } from '@playwright/test';
import { aggregateRegion } from '../../src/engine/aggregate-region';
import type { Answers, AnswerValue, AssessmentRecord } from '../../src/engine/assessment';
import { compareRounds } from '../../src/engine/compare-rounds';
import type { Questionnaire } from '../../src/engine/questionnaire-schema';
import { displayScore, visibleQuestions } from '../../src/engine/score';
import {
  answersWithin,
  countQuestions,
  firstUnanswered,
  shortQuestionnaire,
} from '../../src/engine/short-check';
import { bavarian as pkg } from '../fixtures/bavarian-package';
import { generateAssessments } from '../fixtures/generate-assessments';
import {
  answer,
  answerWholeQuestionnaire,
  countPdfPages,
  expect,
  expectNoAxeViolations,
  openWithStoredAssessments,
  optionName,
  startAssessment,
  test,
  writeExportFiles,
} from './helpers';
import { answerByKeyboard, focusedText, profileByKeyboard, tabAndPress, tabUntil } from './keyboard';

const full = pkg.questionnaire;
const shortIds = pkg.shortCheck?.questions ?? [];
const short = shortQuestionnaire(full, shortIds);
const KIND = 'gemeinde';
const PROFILE = {
  municipality: 'Kurzhausen',
  kind: 'Gemeinde',
  bezirk: 'Oberpfalz',
  population: '1000-2999',
};

/** A level per question that differs from field to field, so that the results say something. */
const levelFor = (id: string): number => (id.length * 7) % 5;

/** Answers every question of `q` with the keyboard, page by page; returns the answers. */
async function questionsByKeyboard(page: Page, q: Questionnaire): Promise<Answers> {
  const answers: Answers = {};
  const fields = q.fields.filter((f) => visibleQuestions(f, KIND).length > 0);
  for (const [i, field] of fields.entries()) {
    await expect(page.getByRole('heading', { name: field.title.de, exact: true })).toBeVisible();
    for (const question of visibleQuestions(field, KIND)) {
      const level = levelFor(question.id);
      await answerByKeyboard(page, question.id, level);
      answers[question.id] = level;
    }
    await tabAndPress(page, i === fields.length - 1 ? 'Zum Ergebnis' : 'Weiter');
  }
  return answers;
}

/** The field values and the overall value the results screen shows. */
async function shownResult(page: Page, q: Questionnaire) {
  const values: Record<string, string> = {};
  for (const f of q.fields)
    values[f.id] = (await page.getByTestId(`field-score-${f.id}`).textContent()) ?? '';
  values.overall = (await page.getByTestId('overall-score').textContent()) ?? '';
  return values;
}

test('a short check with the keyboard only: one-page sheet, continued into the full assessment with every answer kept, the same result as a full assessment', async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(shortIds).toHaveLength(15);

  // --- Start: the choice, by keyboard.
  await page.goto('./');
  await expect(page.getByText(/15 Fragen, mindestens eine je Handlungsfeld/)).toBeVisible();
  await tabAndPress(page, 'Kurzcheck (etwa 10 Minuten)');
  await expect(page.getByText(/^Kurzcheck: 15 Fragen aus allen Handlungsfeldern/)).toBeVisible();
  await profileByKeyboard(page, PROFILE.municipality);
  const shortAnswers = await questionsByKeyboard(page, short);
  expect(Object.keys(shortAnswers).sort()).toEqual([...shortIds].sort());

  // --- The short check's result says what it is.
  await expect(
    page.getByRole('heading', { level: 1, name: `Ergebnis des Kurzchecks: ${PROFILE.municipality}` }),
  ).toBeVisible();
  const panel = page.getByTestId('short-check');
  await expect(panel.getByText(/Dies ist ein Kurzcheck: 15 der \d+ Fragen/)).toBeVisible();
  const coverage = page.getByTestId('short-check-coverage');
  await expect(coverage.locator('tbody tr')).toHaveCount(full.fields.length);
  for (const field of short.fields) {
    const n = field.questions.length;
    const all = visibleQuestions(full.fields.find((f) => f.id === field.id) ?? field, KIND).length;
    await expect(coverage.locator(`tr[data-field="${field.id}"]`)).toContainText(
      `${n} von ${n} (das Handlungsfeld hat ${all} Fragen)`,
    );
  }
  await expect(panel.getByRole('heading', { name: 'Erste Empfehlungen' })).toBeVisible();
  await expectNoAxeViolations(page);

  // --- Its sheet: one A4 page.
  await page.getByRole('link', { name: 'Ergebnisblatt drucken' }).click();
  await expect(page.getByTestId('sheet-short-check')).toContainText('Kurzcheck: 15 der');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(countPdfPages(pdf)).toBe(1);
  await page.getByRole('link', { name: 'Zurück zum Ergebnis' }).click();

  // --- On into the full assessment: every answer in place, the focus at the first open question.
  await page.getByRole('button', { name: 'Vollständige Bewertung fortsetzen' }).click();
  const next = firstUnanswered(full, { answers: shortAnswers, profile: null });
  if (!next) throw new Error('the short check left questions open');
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement?.closest('.sd-question')?.getAttribute('data-name')),
    )
    .toBe(next.questionId);

  const fields = full.fields.filter((f) => visibleQuestions(f, KIND).length > 0);
  const startAt = fields.findIndex((f) => f.id === next.fieldId);
  for (const [i, field] of fields.entries()) {
    if (i < startAt) continue;
    await expect(page.getByRole('heading', { name: field.title.de, exact: true })).toBeVisible();
    for (const question of visibleQuestions(field, KIND)) {
      const given = shortAnswers[question.id];
      const radio = (v: AnswerValue) =>
        page.locator(`.sd-question[data-name="${question.id}"]`).getByRole('radio', { name: optionName(v) });
      if (given !== undefined) await expect(radio(given)).toBeChecked();
      else await answer(page, question.id, levelFor(question.id));
    }
    await page.getByRole('button', { name: i === fields.length - 1 ? 'Zum Ergebnis' : 'Weiter' }).click();
  }
  // The fields before the one it went on at were all in the short check: check them too.
  for (const field of fields.slice(0, startAt))
    for (const question of visibleQuestions(field, KIND)) expect(shortAnswers[question.id]).toBeDefined();

  await expect(
    page.getByRole('heading', { level: 1, name: `Ergebnis: ${PROFILE.municipality}` }),
  ).toBeVisible();
  await expect(page.getByTestId('short-check')).toHaveCount(0);
  const continued = await shownResult(page, full);

  // --- The round history says it began as a short check.
  await page.getByRole('link', { name: 'Alle Bewertungen' }).first().click();
  await expect(page.getByTestId('round-scope')).toContainText('begonnen als Kurzcheck');

  // --- A full assessment with the same answers gives the same result.
  await startAssessment(page, PROFILE);
  await answerWholeQuestionnaire(page, full, KIND, (question) => levelFor(question.id));
  await expect(
    page.getByRole('heading', { level: 1, name: `Ergebnis: ${PROFILE.municipality}` }),
  ).toBeVisible();
  expect(await shownResult(page, full)).toEqual(continued);
});

test('the short check answered together in the projector view with the keyboard only, and its result presented', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await tabAndPress(page, 'Kurzcheck (etwa 10 Minuten)');
  await profileByKeyboard(page, 'Beamerdorf');
  await tabAndPress(page, 'In der Beamer-Ansicht beantworten');

  const projector = page.getByTestId('projector');
  const live = page.getByTestId('projector-live');
  const fields = short.fields.filter((f) => visibleQuestions(f, KIND).length > 0);
  const where = (i: number) => `Handlungsfeld ${i + 1} von ${fields.length}: ${fields[i]?.title.de ?? ''}`;
  await expect(live).toHaveText(where(0));
  await expect(live).toHaveAttribute('aria-live', 'polite');
  // The focus is at the start of the field; the app's header and footer are out of the way.
  await expect(page.getByRole('heading', { level: 1, name: where(0) })).toBeFocused();
  await expect(page.locator('.app-header')).toBeHidden();
  // Large type: a question's title and its answers at least 28 pixels, the field's heading more.
  const px = (selector: string) =>
    projector
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await px('.sd-question__title')).toBeGreaterThanOrEqual(28);
  expect(await px('.sd-item__control-label')).toBeGreaterThanOrEqual(28);
  expect(await px('h1')).toBeGreaterThanOrEqual(40);
  await expectNoAxeViolations(page);

  // → and ← move between the fields while no answer has the focus.
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(where(1));
  await expect(page.getByRole('heading', { level: 1, name: where(1) })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText(where(0));

  const answers: Answers = {};
  for (const [i, field] of fields.entries()) {
    await expect(live).toHaveText(where(i));
    for (const question of visibleQuestions(field, KIND)) {
      const level = levelFor(question.id);
      await answerByKeyboard(page, question.id, level);
      answers[question.id] = level;
    }
    const last = i === fields.length - 1;
    // On to the next field with →, from the button (an answer would take the arrow for its level).
    await tabUntil(
      page,
      async () => (await focusedText(page)) === (last ? 'Ergebnis zeigen' : 'Weiter'),
      'next',
    );
    await page.keyboard.press(last ? 'Enter' : 'ArrowRight');
  }

  // --- The result, one slide per field.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ergebnis des Kurzchecks: Beamerdorf' }),
  ).toBeFocused();
  const overall = (await page.getByTestId('projector-overall').textContent()) ?? '';
  const slides = 2 + short.fields.length;
  await expect(live).toHaveText(`Folie 1 von ${slides}`);
  for (const field of short.fields) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1, name: field.title.de })).toBeFocused();
    await expect(projector).toContainText(
      `${field.questions.length} von ${field.questions.length} Fragen beantwortet`,
    );
  }
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: 'Erste Empfehlungen' })).toBeFocused();
  await expectNoAxeViolations(page);

  // --- Esc leaves it: the normal result, with every answer of the projector view kept.
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ergebnis des Kurzchecks: Beamerdorf' }),
  ).toBeVisible();
  await expect(page.locator('.app-header')).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText(overall);
  const stored = await page.evaluate((key) => localStorage.getItem(key), 'digitalkompass-kommune');
  const record = Object.values(
    (JSON.parse(stored ?? '{}') as { state: { assessments: Record<string, { answers: Answers }> } }).state
      .assessments,
  )[0];
  expect(record?.answers).toEqual(answers);
});

test('short checks next to full assessments: compared on the shared questions, the regional overview says how many of each', async ({
  page,
}) => {
  const asShortCheck = (r: AssessmentRecord): AssessmentRecord => ({
    ...r,
    answers: answersWithin(short, r.answers),
    shortCheck: { questions: [...shortIds], continuedAt: null },
  });
  const [first, ...others] = generateAssessments(pkg, 8, 2026);
  if (!first?.profile) throw new Error('generateAssessments gives records with a profile');
  // One municipality: a short check in 2025, the full assessment in 2026.
  const older = asShortCheck({
    ...first,
    id: 'kurz-2025',
    label: 'Kurzcheck 2025',
    profile: { ...first.profile, date: '2025-03-01' },
  });
  const newer = {
    ...first,
    id: 'voll-2026',
    label: 'Bewertung 2026',
    profile: { ...first.profile, date: '2026-03-01' },
  };
  const expected = compareRounds(pkg, older, newer);
  expect(expected.sharedOnly).toEqual({ questions: 15, of: countQuestions(full) });

  await openWithStoredAssessments(page, [older, newer], '#/vergleich');
  await expect(page.getByTestId('compare-shared-only')).toContainText(
    `Eine der Runden ist ein Kurzcheck: verglichen werden nur die 15 Fragen, die beide Runden gestellt haben (von ${countQuestions(full)}).`,
  );
  const shown = (score: number | null) => (score === null ? '–' : String(displayScore(score)));
  await expect(page.getByTestId('overall-before')).toHaveText(shown(expected.overall.before));
  await expect(page.getByTestId('overall-after')).toHaveText(shown(expected.overall.after));

  // The region: three short checks and five full assessments, one file each.
  const records = others.map((r, i) => (i < 3 ? asShortCheck(r) : r)).concat(newer);
  const paths = writeExportFiles(
    records.map((r, i) => ({ name: `kommune-${i + 1}.json`, records: [r] })),
    new Date('2026-06-01T10:00:00Z'),
  );
  const overview = aggregateRegion(pkg, records);
  expect(overview.scopes).toEqual({ short: 3, full: 5 });
  await page.goto('./#/region');
  await page.getByLabel('Exportdateien der Kommunen wählen').setInputFiles(paths);
  await expect(page.getByTestId('region-shared-only')).toContainText(
    'Darunter 3 Kurzchecks und 5 vollständige Bewertungen. Alle Werte beruhen nur auf den 15 Fragen',
  );
  await expect(page.getByTestId('median-overall')).toHaveText(shown(overview.overall.median));
  await expectNoAxeViolations(page);
});
