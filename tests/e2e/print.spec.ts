import { writeFileSync } from 'node:fs';
import { matchRecommendations } from '../../src/engine/recommend';
import { displayScore, levelToPoints, scoreAssessment, visibleQuestions } from '../../src/engine/score';
import { bavarian as pkg, bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { planOf } from '../fixtures/records';
import {
  answerWholeQuestionnaire,
  assessmentIdOf,
  countPdfPages,
  expect,
  expectNoAxeViolations,
  startAssessment,
  test,
} from './helpers';

const municipality = 'Musterhausen an der Ilm';
const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const de2 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A realistic action plan of eight measures, as the plan screen would store it. */
const plan = planOf([
  [
    'Digitalstrategie als Beschlussvorlage für den Gemeinderat vorbereiten',
    'Geschäftsleitung',
    '2026-12-15',
    'in-arbeit',
  ],
  [
    'Digitallotsin benennen und Fortbildung beim Bayerischen Digitalisierungszentrum buchen',
    'Hauptamt',
    '2026-10-01',
    'offen',
  ],
  [
    'Alle Online-Dienste des BayernPortals auf der Internetseite verlinken',
    'Bürgerbüro',
    '2026-09-30',
    'erledigt',
  ],
  ['E-Akte für das Bauamt einführen (Pilot)', 'Bauamt mit IT-Dienstleister', '2027-06-30', 'offen'],
  ['Informationssicherheitskonzept nach ISIS12 beginnen', 'IT-Beauftragter', '2027-03-31', 'offen'],
  [
    'Datensicherung außer Haus prüfen und Wiederherstellung testen',
    'IT-Dienstleister',
    '2026-11-15',
    'in-arbeit',
  ],
  ['Fördermöglichkeiten für Digitalisierungsprojekte zusammenstellen', 'Kämmerei', '', 'offen'],
  ['Gemeinsame Beschaffung mit der Nachbargemeinde abstimmen', 'Bürgermeisterin', '2027-01-31', 'offen'],
]);

test('the explain page and the two-page print sheet show the engine’s numbers', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await startAssessment(page, { municipality, kind: 'gemeinde' });

  // Known answers: levels cycle through 0–4, every sixth question is "weiß nicht" (9 of 56),
  // one question that allows it is "nicht zutreffend"; a note on the first question.
  const answers = await answerWholeQuestionnaire(
    page,
    q,
    'gemeinde',
    (question, n) =>
      question.id === 'sicherheit.datensicherung'
        ? 'notApplicable'
        : n % 6 === 5
          ? 'dontKnow'
          : ((n % 5) as 0 | 1 | 2 | 3 | 4),
    async (questions, i) => {
      if (i > 0) return;
      const first = questions[0]?.id ?? '';
      await page.locator(`.sd-question[data-name="${first}"] textarea`).fill('Beschluss vom 12.03.2026');
    },
  );
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  // The content's as-of month, from the questionnaire's data.
  expect(q.asOf).toBe('2026-12');
  await expect(page.getByText('Inhaltlicher Stand: Dezember 2026', { exact: true })).toBeVisible();
  const id = assessmentIdOf(page);

  const expected = scoreAssessment(q, answers, 'gemeinde');
  if (expected.overall === null) throw new Error('the answers must give a score');
  const overall = displayScore(expected.overall);
  const matched = matchRecommendations(q, pkg.recommendations, answers, expected, {}, 'gemeinde');
  const firstRecommendation = matched[0]?.recommendation.title.de ?? '';
  expect(firstRecommendation).not.toBe('');

  // --- Explain page: the worked example is the first field with a score, with its own numbers.
  await page.goto(`./#/bewertung/${id}/rechenweg`);
  await expect(page.getByRole('heading', { level: 1, name: 'Wie wird gerechnet?' })).toBeVisible();
  const exampleScore = expected.fields.find((f) => f.score !== null);
  const exampleField = q.fields.find((f) => f.id === exampleScore?.fieldId);
  if (!exampleScore || exampleScore.score === null || !exampleField)
    throw new Error('a field must have a score');
  const scored = visibleQuestions(exampleField, 'gemeinde').flatMap((question) => {
    const a = answers[question.id];
    return typeof a === 'number' ? [{ weight: question.weight, points: levelToPoints(a) }] : [];
  });
  const exact = exampleScore.score;
  const calculation =
    `(${scored.map((s) => `${de.format(s.weight)} × ${s.points}`).join(' + ')}) ÷ ` +
    `(${scored.map((s) => de.format(s.weight)).join(' + ')}) = ` +
    `${de.format(exact * exampleScore.weightSum)} ÷ ${de.format(exampleScore.weightSum)} = ` +
    (Number.isInteger(exact) ? `${exact} Punkte` : `${de2.format(exact)} → ${displayScore(exact)} Punkte`);
  await expect(page.getByTestId('worked-example')).toContainText(exampleField.questions[0]?.title.de ?? '');
  await expect(page.getByTestId('worked-calculation')).toHaveText(`Rechnung: ${calculation}`);
  await expect(page.getByTestId('total-calculation')).toContainText(
    Number.isInteger(expected.overall)
      ? `= ${overall} Punkte`
      : `= ${de2.format(expected.overall)} → ${overall} Punkte`,
  );
  await expect(page.getByTestId('explain-counts')).toContainText(
    `${expected.counts.dontKnow}-mal „weiß nicht“`,
  );
  const bandRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: expected.band?.name.de ?? '-', exact: true }) });
  await expect(bandRow).toContainText(`hier: ${overall} Punkte`);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('explain.png'), fullPage: true });
  await expect(page.getByRole('link', { name: 'Zurück zum Ergebnis' })).toHaveAttribute(
    'href',
    `#/bewertung/${id}/ergebnis`,
  );

  // --- A realistic action plan (8 measures), stored as the app stores it.
  await page.evaluate((items) => {
    const key = 'digitalkompass-kommune';
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as {
      state: { assessments: Record<string, { plan: unknown[] }> };
    };
    for (const a of Object.values(stored.state.assessments)) a.plan = items;
    localStorage.setItem(key, JSON.stringify(stored));
  }, plan);
  await page.goto(`./#/bewertung/${id}/druck`);
  await page.reload();

  // --- Print view on screen.
  const sheet = page.locator('.print-sheet');
  await expect(sheet.getByRole('heading', { level: 1 })).toContainText(municipality);
  await expect(page.getByRole('button', { name: 'Drucken / als PDF speichern' })).toBeVisible();
  await expect(page.locator('.radar-image')).toHaveJSProperty('complete', true);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('print-screen.png'), fullPage: true });

  // --- On paper: no app navigation, no buttons; the content is all there; at most two A4 pages.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Drucken / als PDF speichern' })).toBeHidden();
  await expect(sheet).toContainText(municipality);
  await expect(page.getByTestId('print-overall-score')).toHaveText(`${overall} von 100 Punkten`);
  await expect(page.getByTestId('print-band')).toHaveText(expected.band?.name.de ?? '');
  await expect(page.getByTestId('print-recommendation')).toHaveCount(Math.min(5, matched.length));
  await expect(page.getByTestId('print-recommendation').first().getByRole('heading')).toHaveText(
    firstRecommendation,
  );
  await expect(sheet).toContainText(plan[0]?.title ?? '');
  await expect(sheet).toContainText('15.12.2026');
  await expect(sheet).toContainText(q.basedOn.de);
  await expect(sheet).toContainText(`${q.title.de}, Fragebogen Version ${q.version}`);
  await expect(sheet.getByText('Inhaltlicher Stand: Dezember 2026', { exact: true })).toBeVisible();
  const dontKnowTitle = q.fields
    .flatMap((f) => visibleQuestions(f, 'gemeinde'))
    .find((qu) => answers[qu.id] === 'dontKnow')?.title.de;
  await expect(sheet.getByRole('region', { name: 'Klärungsbedarf' })).toContainText(dontKnowTitle ?? '-');
  await expectNoAxeViolations(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  writeFileSync(testInfo.outputPath('ergebnisblatt.pdf'), pdf);
  const pages = countPdfPages(pdf);
  console.log(`print sheet: ${pages} A4 page(s)`);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);

  // --- With the appendix: every answer and the note are added, after the two pages.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Anhang mit allen Antworten und Notizen drucken').check();
  const appendix = sheet.getByRole('region', { name: 'Anhang: alle Antworten und Notizen' });
  await expect(appendix).toContainText('Beschluss vom 12.03.2026');
  await expect(appendix.getByRole('listitem')).toHaveCount(Object.keys(answers).length);
  await page.emulateMedia({ media: 'print' });
  const withAppendix = await page.pdf({ format: 'A4', printBackground: false });
  writeFileSync(testInfo.outputPath('ergebnisblatt-anhang.pdf'), withAppendix);
  expect(countPdfPages(withAppendix)).toBeGreaterThan(pages);
});
