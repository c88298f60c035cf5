import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateRegion, regionRanking, regionToCsv } from '../../src/engine/aggregate-region';
import type { Answers, AssessmentRecord } from '../../src/engine/assessment';
import { compareRounds } from '../../src/engine/compare-rounds';
import { consolidateRespondents, consolidatedScore } from '../../src/engine/consolidate';
import { displayScore, visibleQuestions } from '../../src/engine/score';
import { bavarian as pkg, bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { generateAssessments } from '../fixtures/generate-assessments';
import {
  expect,
  expectNoAxeViolations,
  openWithStoredAssessments,
  storedValue,
  test,
  writeExportFiles,
} from './helpers';

/** Writes each group of assessments as one export file, as exported on 1 June 2026; returns the paths. */
const writeExports = (files: { name: string; records: AssessmentRecord[] }[]) =>
  writeExportFiles(files, new Date('2026-06-01T10:00:00Z'));

/** A change as the screen shows it: sign spelled out, never by colour alone. */
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');
const shown = (score: number | null) => (score === null ? '–' : String(displayScore(score)));

function generated(seed: number): AssessmentRecord {
  const [record] = generateAssessments(pkg, 1, seed);
  if (!record?.profile) throw new Error('generateAssessments gives a record with profile');
  return record;
}

test('two rounds of a municipality compared: one stored, one from an export file', async ({ page }) => {
  const base = generated(7);
  const profile = base.profile ?? null;
  if (!profile) throw new Error('profile');
  const older: AssessmentRecord = {
    ...base,
    id: 'runde-2025',
    label: 'Frühjahr 2025',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-05T09:00:00.000Z',
    profile: { ...profile, municipality: 'Vergleichsdorf', date: '2025-03-01' },
    plan: [
      {
        id: 'plan-1',
        recommendationId: null,
        title: 'Digitalstrategie im Gemeinderat beschließen',
        owner: 'Hauptamt',
        due: '',
        status: 'in-arbeit',
        note: '',
      },
    ],
  };
  // The newer round: the first questions of each field rise by one level, one falls to "weiß nicht".
  const answers: Answers = { ...older.answers };
  for (const field of q.fields) {
    const first = visibleQuestions(field, profile.kind).find((x) => typeof answers[x.id] === 'number');
    const value = first && answers[first.id];
    if (first && typeof value === 'number')
      answers[first.id] = value < 4 ? ((value + 1) as 1 | 2 | 3 | 4) : 2;
  }
  const second = q.fields[1];
  if (!second) throw new Error('the questionnaire has two fields');
  const dk = visibleQuestions(second, profile.kind).find(
    (x) => x.allowDontKnow && typeof answers[x.id] === 'number',
  );
  if (dk) answers[dk.id] = 'dontKnow';
  const newer: AssessmentRecord = {
    ...older,
    id: 'runde-2026',
    label: 'Frühjahr 2026',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-05T09:00:00.000Z',
    profile: { ...profile, municipality: 'Vergleichsdorf', date: '2026-03-01' },
    answers,
    plan: older.plan.map((p) => ({ ...p, status: 'erledigt' as const })),
  };
  const expected = compareRounds(pkg, older, newer);
  expect(expected.answers.length).toBeGreaterThan(5);

  // The newer round is stored in this browser (as the app persists it); the older one comes from a file.
  await openWithStoredAssessments(page, [newer], '#/vergleich');
  await expect(page.getByRole('heading', { level: 1, name: 'Runden vergleichen' })).toBeVisible();
  await expect(page.getByTestId('compare-empty')).toContainText(
    'Für einen Vergleich brauchen Sie zwei Runden derselben Kommune.',
  );

  const [file] = writeExports([{ name: 'vergleichsdorf-2025.json', records: [older] }]);
  await page.getByLabel('Exportdatei wählen').setInputFiles(file ?? '');
  await expect(page.getByText('Eine Runde aus „vergleichsdorf-2025.json“ geladen.')).toBeVisible();
  await expect(page.getByTestId('compare-empty')).toHaveCount(0);
  const beforeSelect = page.getByLabel('Frühere Runde (vorher)');
  const afterSelect = page.getByLabel('Spätere Runde (nachher)');
  await expect(beforeSelect.locator('option:checked')).toHaveText(
    'Vergleichsdorf – Frühjahr 2025 (01.03.2025, aus Datei)',
  );
  await expect(afterSelect.locator('option:checked')).toHaveText(
    'Vergleichsdorf – Frühjahr 2026 (01.03.2026)',
  );

  await expect(page.getByTestId('overall-before')).toHaveText(shown(expected.overall.before));
  await expect(page.getByTestId('overall-after')).toHaveText(shown(expected.overall.after));
  await expect(page.getByTestId('overall-change')).toHaveText(
    signed(displayScore(expected.overall.change ?? NaN)),
  );
  for (const f of expected.fields)
    await expect(page.getByTestId(`change-${f.fieldId}`)).toHaveText(
      f.change === null ? '–' : signed(displayScore(f.change)),
    );
  await expect(
    page.getByRole('img', { name: /Balkendiagramm mit den Punkten vorher und nachher/ }),
  ).toBeVisible();

  const rows = page.getByTestId('changed-answers').locator('tbody tr');
  await expect(rows).toHaveCount(expected.answers.length);
  if (dk) {
    const row = rows.filter({ hasText: dk.title.de });
    const level = older.answers[dk.id] as number;
    await expect(row).toContainText(`Stufe ${level} – ${q.levelNames[level]?.de}`);
    await expect(row).toContainText('weiß nicht');
  }
  await expect(page.getByTestId('completed-plan')).toContainText(
    'Digitalstrategie im Gemeinderat beschließen',
  );
  await expect(page.getByTestId('completed-plan')).toContainText('vorher: in Arbeit');
  await expectNoAxeViolations(page);

  // Swapping the rounds turns every change around.
  await page.getByRole('button', { name: 'Runden tauschen' }).click();
  await expect(page.getByTestId('overall-change')).toHaveText(
    signed(displayScore(compareRounds(pkg, newer, older).overall.change ?? NaN)),
  );
});

test('three respondents consolidated, a disagreement settled and saved as the assessment', async ({
  page,
}) => {
  const base = generated(11);
  const kind = 'gemeinde' as const;
  const roles = ['Bürgermeisterin', 'Kämmerei', 'IT'];
  const field = q.fields[0];
  const [disputed, mild] = field ? visibleQuestions(field, kind) : [];
  if (!field || !disputed || !mild) throw new Error('the first field has two questions');
  const records = roles.map((role, i): AssessmentRecord => {
    const answers: Answers = {};
    for (const f of q.fields) for (const x of visibleQuestions(f, kind)) answers[x.id] = 2;
    answers[disputed.id] = ([0, 3, 4] as const)[i] ?? 2;
    answers[mild.id] = i === 2 ? 3 : 2;
    return {
      ...base,
      id: `antwort-${i}`,
      label: 'Runde 2026',
      profile: {
        municipality: 'Konsensdorf',
        kind,
        regierungsbezirk: 'schwaben',
        population: '1000-2999',
        role,
        date: '2026-05-04',
      },
      answers,
      notes: i === 0 ? { [disputed.id]: 'Strategie ist nur mündlich abgestimmt.' } : {},
      plan: [],
    };
  });
  const consolidation = consolidateRespondents(pkg, records);
  expect(consolidation.disagreements.map((d) => d.questionId)).toEqual([disputed.id]);
  const suggestedScore = consolidation.score.overall;
  const settledScore = consolidatedScore(pkg, consolidation, { [disputed.id]: 0 }).overall;
  expect(displayScore(settledScore ?? NaN)).not.toBe(displayScore(suggestedScore ?? NaN));

  await page.goto('./#/zusammenfuehren');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Antworten mehrerer Personen zusammenführen' }),
  ).toBeVisible();
  await expect(page.getByTestId('consolidate-empty')).toBeVisible();
  const files = writeExports(records.map((r, i) => ({ name: `antworten-${i + 1}.json`, records: [r] })));
  await page.getByLabel('Exportdateien der Beteiligten wählen').setInputFiles(files);
  await expect(page.getByText('3 Dateien gelesen, 3 Bewertungen übernommen.')).toBeVisible();
  await expect(page.getByTestId('respondents').getByRole('rowheader')).toHaveText(roles);

  await expect(page.getByRole('heading', { level: 2, name: 'Gesprächsbedarf' })).toBeVisible();
  const disagreement = page.getByTestId('disagreement');
  await expect(disagreement).toHaveCount(1);
  await expect(disagreement).toContainText(disputed.title.de);
  await expect(disagreement).toContainText('Abweichung 4 Stufen');
  await expect(disagreement).toContainText('Bürgermeisterin: Stufe 0');
  await expect(disagreement).toContainText('Strategie ist nur mündlich abgestimmt.');
  await expect(page.getByTestId('consolidated-overall')).toHaveText(shown(suggestedScore));

  const settle = page.getByRole('combobox', { name: `Festgelegte Antwort ${disputed.title.de}` });
  await expect(settle).toHaveValue('3');
  await expectNoAxeViolations(page);
  await settle.selectOption('0');
  await expect(page.getByTestId('consolidated-overall')).toHaveText(shown(settledScore));

  await page.getByLabel('Name der Runde').fill('Gemeinsame Bewertung Mai 2026');
  await page.getByRole('button', { name: 'Speichern und Ergebnis ansehen' }).click();
  await expect(page).toHaveURL(/#\/bewertung\/[^/]+\/ergebnis$/);
  await expect(page.getByRole('heading', { name: 'Ergebnis: Konsensdorf' })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toContainText(shown(settledScore));
  const stored = (await storedValue(page)) ?? '';
  expect(stored).toContain('Gemeinsame Bewertung Mai 2026');
});

test('regional overview of 60 municipality files: counts, filter, ranking, CSV', async ({ page }) => {
  const records = generateAssessments(pkg, 60, 2026);
  const paths = writeExports(records.map((r, i) => ({ name: `kommune-${i + 1}.json`, records: [r] })));
  const broken = join(mkdtempSync(join(tmpdir(), 'digitalkompass-broken-')), 'kaputt.json');
  writeFileSync(broken, '{"type": "etwas anderes"}');

  await page.goto('./#/region');
  await expect(page.getByRole('heading', { level: 1, name: 'Regionale Übersicht' })).toBeVisible();
  await expect(page.getByTestId('region-empty')).toBeVisible();
  await page.getByLabel('Exportdateien der Kommunen wählen').setInputFiles([...paths, broken]);

  const overview = aggregateRegion(pkg, records);
  await expect(page.getByTestId('region-included')).toHaveText(`${overview.included} Bewertungen einbezogen`);
  expect(overview.included).toBe(60);
  await expect(page.getByTestId('region-files')).toContainText(
    '61 Dateien gelesen, eine davon ließ sich nicht lesen',
  );
  await expect(page.getByText('Datei „kaputt.json“ konnte nicht gelesen werden:')).toBeVisible();
  const field = q.fields[3] ?? q.fields[0];
  if (!field) throw new Error('fields');
  const fieldStats = overview.fields.find((f) => f.fieldId === field.id);
  await expect(page.getByTestId(`median-${field.id}`)).toHaveText(shown(fieldStats?.median ?? null));
  await expect(page.getByTestId('median-overall')).toHaveText(shown(overview.overall.median));
  await expect(page.getByRole('img', { name: /Punkteverteilung je Handlungsfeld/ })).toBeVisible();
  const top = overview.topRecommendations[0];
  const topTitle = pkg.recommendations.find((r) => r.id === top?.recommendationId)?.title.de ?? '-';
  await expect(page.getByTestId('region-recommendations').getByRole('row').nth(1)).toContainText(
    `${topTitle}`,
  );
  await expect(page.getByTestId('region-recommendations').getByRole('row').nth(1)).toContainText(
    `${top?.count} von 60`,
  );

  // Anonymous until the ranking is switched on.
  const ranking = regionRanking(pkg, records);
  const best = ranking[0]?.municipality ?? '-';
  await expect(page.getByTestId('region-ranking')).toHaveCount(0);
  await expect(page.getByText(best, { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A filter changes the numbers.
  await page.getByRole('group', { name: 'Art der Kommune' }).getByLabel('Gemeinde', { exact: true }).check();
  const filtered = aggregateRegion(pkg, records, { kinds: ['gemeinde'] });
  expect(filtered.included).toBeLessThan(60);
  await expect(page.getByTestId('region-included')).toHaveText(`${filtered.included} Bewertungen einbezogen`);
  await expect(page.getByTestId('region-summary')).toContainText(
    `${60 - filtered.included} weitere sind durch die Filter ausgeblendet.`,
  );
  await expect(page.getByTestId(`median-${field.id}`)).toHaveText(
    shown(filtered.fields.find((f) => f.fieldId === field.id)?.median ?? null),
  );

  await page.getByLabel('Rangliste mit Namen anzeigen').check();
  const filteredRanking = regionRanking(pkg, records, { kinds: ['gemeinde'] });
  const rankRows = page.getByTestId('region-ranking').locator('tbody tr');
  await expect(rankRows.filter({ visible: true })).toHaveCount(Math.min(25, filteredRanking.length));
  await expect(rankRows.first()).toContainText(filteredRanking[0]?.municipality ?? '-');
  // On paper the whole ranking, not only the rows on screen.
  expect(filteredRanking.length).toBeGreaterThan(25);
  await page.emulateMedia({ media: 'print' });
  await expect(rankRows.filter({ visible: true })).toHaveCount(filteredRanking.length);
  await expect(rankRows.last()).toContainText(filteredRanking.at(-1)?.municipality ?? '-');
  await page.emulateMedia({ media: 'screen' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als CSV-Datei speichern (für Excel)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^regionale-uebersicht-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain(';');
  expect(csv).toBe(regionToCsv(pkg, filtered, 'de'));
  await expectNoAxeViolations(page);
});

test('regional overview: no figure for a group of fewer than 5, on screen and in the CSV', async ({
  page,
}) => {
  // Seven municipalities: four Gemeinden, three Märkte.
  const records = generateAssessments(pkg, 7, 77).map((r, i) => {
    if (!r.profile) throw new Error('generateAssessments gives a record with profile');
    return { ...r, profile: { ...r.profile, kind: i < 4 ? ('gemeinde' as const) : ('markt' as const) } };
  });
  const paths = writeExports(records.map((r, i) => ({ name: `kommune-${i + 1}.json`, records: [r] })));
  await page.goto('./#/region');
  await page.getByLabel('Exportdateien der Kommunen wählen').setInputFiles(paths);
  await expect(page.getByTestId('region-included')).toHaveText('7 Bewertungen einbezogen');
  const all = aggregateRegion(pkg, records);
  expect(all.overall.n).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId('median-overall')).toHaveText(shown(all.overall.median));
  await expect(page.getByTestId('region-withheld')).toHaveCount(0);

  // The filter leaves three: every figure is withheld, and the page says why.
  await page.getByRole('group', { name: 'Art der Kommune' }).getByLabel('Markt', { exact: true }).check();
  await expect(page.getByTestId('region-included')).toHaveText('3 Bewertungen einbezogen');
  const small = aggregateRegion(pkg, records, { kinds: ['markt'] });
  expect(small.overall.withheld).toBe(true);
  await expect(page.getByTestId('median-overall')).toHaveText(
    'keine Zahlen: weniger als 5 Kommunen mit Wert (Anonymität)',
  );
  for (const f of q.fields)
    await expect(page.getByTestId(`median-${f.id}`)).toHaveText(/weniger als 5 Kommunen/);
  await expect(page.getByTestId('region-withheld')).toContainText('Anonym heißt anonym');
  await expect(page.getByTestId('region-recs-withheld')).toContainText('weniger als 5 Kommunen einbezogen');
  await expect(page.getByTestId('region-recommendations')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Punkteverteilung/ })).not.toHaveAccessibleName(/Median \d/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als CSV-Datei speichern (für Excel)' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toBe(regionToCsv(pkg, small, 'de'));
  expect(csv).toContain('weniger als 5 Kommunen mit Wert: aus Gründen der Anonymität keine Zahlen');
  // No statistic of the three is in the file: each field row has the size and the reason only.
  for (const line of csv.split('\r\n').slice(1, q.fields.length + 2))
    expect(line).toMatch(/;[1-4];;;;;;;weniger als 5 Kommunen mit Wert/);
  await expectNoAxeViolations(page);
});

test('regional overview: a file the browser cannot read is named, the others are counted', async ({
  page,
}) => {
  const records = generateAssessments(pkg, 3, 5);
  const paths = writeExports(records.map((r, i) => ({ name: `kommune-${i + 1}.json`, records: [r] })));
  // As if the second file had been moved away after it was chosen: reading it fails.
  await page.addInitScript(() => {
    const stream = File.prototype.stream;
    File.prototype.stream = function (this: File) {
      return this.name === 'kommune-2.json'
        ? new ReadableStream({ pull: (c) => c.error(new DOMException('gone', 'NotFoundError')) })
        : stream.call(this);
    };
  });
  await page.goto('./#/region');
  await page.getByLabel('Exportdateien der Kommunen wählen').setInputFiles(paths);
  await expect(page.getByRole('alert').filter({ hasText: 'Nicht lesbar' })).toContainText('kommune-2.json');
  await expect(page.getByTestId('region-included')).toHaveText('2 Bewertungen einbezogen');
});
