// Assessments made with questionnaire 1.0.0 open with 2.0.0: from the browser's storage and from an
// export file. Answers whose question kept its meaning are in place; changed ones say "bitte prüfen".
import { readFileSync } from 'node:fs';
import type { AssessmentRecord } from '../../src/engine/assessment';
import { MigrationList } from '../../src/engine/questionnaire-migration';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { testRecord } from '../fixtures/records';
import {
  expect,
  openWithStoredAssessments,
  optionName,
  storedValue,
  test,
  writeExportFiles,
} from './helpers';

const migrations = MigrationList.parse(
  JSON.parse(readFileSync('questionnaires/bayern-kommunen/migrations.json', 'utf8')),
);

/** A round made with 1.0.0: the BayernID question (renamed and changed) and two unchanged ones. */
function oldRound(id: string, municipality: string): AssessmentRecord {
  return testRecord({
    id,
    questionnaireId: 'bayern-kommunen',
    questionnaireVersion: '1.0.0',
    label: 'Frühjahr 2025',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T08:00:00.000Z',
    profile: {
      municipality,
      kind: 'gemeinde',
      regierungsbezirk: 'oberbayern',
      population: '3000-4999',
      role: 'Geschäftsleitung',
      date: '2025-03-01',
    },
    answers: { 'onlinedienste.bayernid': 2, 'onlinedienste.angebot': 1, 'onlinedienste.bezahlen': 3 },
    currentPage: 'onlinedienste',
  });
}

const title = (id: string) =>
  q.fields.flatMap((f) => f.questions).find((x) => x.id === id)?.title.de ?? `(fehlt: ${id})`;

test('the mapping knows the questions the test answers', () => {
  const from = new Set(migrations.migrations[0]?.questions.map((m) => m.from));
  for (const id of Object.keys(oldRound('x', 'x').answers)) expect(from.has(id), id).toBe(true);
  expect(q.version).toBe('2.0.0');
});

test('a stored 1.0.0 assessment survives the update to 2.0.0', async ({ page }) => {
  await openWithStoredAssessments(page, [oldRound('alt-1', 'Altdorf')], '#/bewertung/alt-1/fragen');
  await expect(
    page.getByRole('heading', { name: 'Online-Verwaltungsleistungen', exact: true }),
  ).toBeVisible();
  // Unchanged meaning: in place, not flagged. Changed meaning: in place under its new id, flagged.
  const question = (id: string) => page.locator(`.sd-question[data-name="${id}"]`);
  await expect(question('onlinedienste.bezahlen').getByRole('radio', { name: optionName(3) })).toBeChecked();
  await expect(
    question('onlinedienste.nutzerkonto').getByRole('radio', { name: optionName(2) }),
  ).toBeChecked();
  await expect(question('onlinedienste.angebot').getByRole('radio', { name: optionName(1) })).toBeChecked();
  const toConfirm = page.getByTestId('to-confirm');
  await expect(toConfirm).toContainText('Bitte prüfen: 2 Antworten auf dieser Seite wurden übernommen');
  await expect(toConfirm).toContainText(title('onlinedienste.nutzerkonto'));
  await expect(toConfirm).toContainText(title('onlinedienste.angebot'));
  await expect(toConfirm).not.toContainText(title('onlinedienste.bezahlen'));

  // Stored as 2.0.0 now: a reload shows the same.
  await page.reload();
  await expect(
    question('onlinedienste.nutzerkonto').getByRole('radio', { name: optionName(2) }),
  ).toBeChecked();
  const stored = (await storedValue(page)) ?? '';
  const state = JSON.parse(stored) as { state: { assessments: Record<string, AssessmentRecord> } };
  expect(state.state.assessments['alt-1']?.questionnaireVersion).toBe('2.0.0');
  expect(state.state.assessments['alt-1']?.answers).toEqual({
    'onlinedienste.nutzerkonto': 2,
    'onlinedienste.angebot': 1,
    'onlinedienste.bezahlen': 3,
  });
});

test('a 1.0.0 export file imports into 2.0.0 and says so; an unknown version is refused', async ({
  page,
}) => {
  const [oldFile, futureFile] = writeExportFiles(
    [
      { name: 'altdorf-2025.json', records: [oldRound('alt-2', 'Neudorf')] },
      {
        name: 'zukunft.json',
        records: [{ ...oldRound('alt-3', 'Zukunftsdorf'), questionnaireVersion: '9.9.9' }],
      },
    ],
    new Date('2025-04-01T10:00:00Z'),
  );

  await page.goto('./#/daten');
  await page.getByLabel('Exportdatei(en) des Digitalkompass wählen').setInputFiles(futureFile ?? '');
  await expect(
    page.getByText(
      'Die Bewertung wurde mit Version „9.9.9“ des Fragebogens „bayern-kommunen“ erstellt. Diese Version kennt der Digitalkompass nicht. Übernehmen lassen sich Antworten aus Version 1.0.0 und aus der aktuellen Version 2.0.0.',
    ),
  ).toBeVisible();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  await page.getByLabel('Exportdatei(en) des Digitalkompass wählen').setInputFiles(oldFile ?? '');
  await expect(page.getByTestId('import-notices')).toContainText(
    'Die Antworten wurden aus Version 1.0.0 des Fragebogens in Version 2.0.0 übernommen. 2 Antworten sind mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat.',
  );
  await page.getByRole('button', { name: '1 Bewertung übernehmen' }).click();
  await page.goto('./#/bewertung/alt-2/fragen');
  const question = (id: string) => page.locator(`.sd-question[data-name="${id}"]`);
  await expect(
    question('onlinedienste.nutzerkonto').getByRole('radio', { name: optionName(2) }),
  ).toBeChecked();
  await expect(question('onlinedienste.bezahlen').getByRole('radio', { name: optionName(3) })).toBeChecked();
  await expect(page.getByTestId('to-confirm')).toContainText(title('onlinedienste.nutzerkonto'));
});
