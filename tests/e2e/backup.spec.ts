import { readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { AssessmentRecord } from '../../src/engine/assessment';
import { assessmentToCsv, formatDecimalDe } from '../../src/engine/csv-export';
import { parseImport } from '../../src/engine/export-envelope';
import { scoreField, visibleQuestions } from '../../src/engine/score';
import type { PersistedState } from '../../src/store/assessment-store';
import { bavarian as pkg, bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { answer, assessmentIdOf, expect, firstField, startAssessment, storedValue, test } from './helpers';
import { errorStrings } from '../../src/i18n/strings-errors';
import { de } from '../../src/i18n/strings';
import { csvLabels } from '../../src/i18n/strings-csv';

const municipality = 'Sicherungsdorf';
const field = firstField(q);
const [q1, q2, q3] = visibleQuestions(field, 'gemeinde');
if (!q1 || !q2 || !q3) throw new Error('the first field has three questions');
const note = 'Beschluss vom 12.03.2026; Vorlage liegt im Hauptamt';
const planTitle = 'Glasfaser-Sprechstunde einrichten';

interface Persisted {
  state: PersistedState;
  version: number;
}

async function readStore(page: Page): Promise<Persisted> {
  const raw = await storedValue(page);
  if (raw === null) throw new Error('nothing stored');
  return JSON.parse(raw) as Persisted;
}

async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

/**
 * Creates an assessment through the UI with three answers, a note, a raised target and an own
 * measure with an owner; waits until all of it is stored. Returns its id.
 */
async function createFullAssessment(page: Page): Promise<string> {
  if (!q1 || !q2 || !q3) throw new Error('unreachable');
  await startAssessment(page, {
    municipality,
    kind: 'gemeinde',
    bezirk: 'mittelfranken',
    population: '3000-4999',
    role: 'Geschäftsleitung',
  });
  await answer(page, q1.id, 1);
  await answer(page, q2.id, 2);
  await answer(page, q3.id, 4);
  await page.locator(`.sd-question[data-name="${q1.id}"] textarea`).fill(note);
  await page.getByRole('link', { name: 'Zwischenergebnis ansehen' }).click();
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  await page.getByLabel(`Zielstufe für ${field.title.de}`).selectOption('4');
  await page.getByLabel('Titel der eigenen Maßnahme').fill(planTitle);
  await page.getByRole('button', { name: 'Eigene Maßnahme hinzufügen' }).click();
  const item = page.getByTestId('plan-item').filter({ hasText: planTitle });
  await item.getByLabel('Verantwortlich').fill('Kämmerei');
  await item.getByLabel('Stand').selectOption('in-arbeit');

  const id = assessmentIdOf(page);
  await expect
    .poll(async () => {
      const a = (await readStore(page)).state.assessments[id];
      return {
        answers: a?.answers,
        note: a?.notes[q1.id],
        target: a?.targets[field.id],
        plan: a?.plan.map((p) => [p.title, p.owner, p.status]),
      };
    })
    .toEqual({
      answers: { [q1.id]: 1, [q2.id]: 2, [q3.id]: 4 },
      note,
      target: 4,
      plan: [[planTitle, 'Kämmerei', 'in-arbeit']],
    });
  return id;
}

/** Exports everything from the data screen; returns the downloaded file's path and text. */
async function exportAll(page: Page): Promise<{ path: string; text: string }> {
  await page.goto('./#/daten');
  await expect(page.getByRole('heading', { level: 1, name: 'Sichern und laden' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: /^(Alle \d+ Bewertungen|Die Bewertung) als Datei sichern$/ })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^digitalkompass-sicherung-\d{4}-\d{2}-\d{2}\.json$/);
  return { path: await download.path(), text: await downloadedText(download) };
}

const fileInput = (page: Page) => page.getByLabel('Exportdatei(en) des Digitalkompass wählen');

test('export, clear the browser, import: the assessment comes back identical', async ({ page }) => {
  const id = await createFullAssessment(page);
  const before = await readStore(page);
  const exported = await exportAll(page);

  // The file is a valid export holding exactly the stored record.
  const parsed = parseImport(exported.text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  expect(parsed.assessments).toEqual([before.state.assessments[id]]);

  // As "Browserdaten löschen" does: the site's whole storage, with the crash journal in IndexedDB.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'local_storage,indexeddb',
  });
  await page.reload();
  await page.goto('./#/bewertungen');
  await expect(page.getByText('Noch keine Bewertung gespeichert.')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(0);

  await page.goto('./#/daten');
  await fileInput(page).setInputFiles(exported.path);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('rowheader', { name: municipality })).toBeVisible();
  await expect(preview.locator('tbody tr')).toHaveCount(1);
  await expect(preview.locator('tbody tr')).toContainText('neu');
  // Nothing is stored before the person confirms.
  expect(
    await storedValue(page).then((r) => (r ? (JSON.parse(r) as Persisted).state.assessments : {})),
  ).toEqual({});
  await page.getByRole('button', { name: '1 Bewertung übernehmen' }).click();
  await expect(page.getByText('1 Bewertung wurde übernommen.')).toBeVisible();
  await expect(preview).toBeHidden();

  await expect.poll(async () => Object.keys((await readStore(page)).state.assessments)).toEqual([id]);
  const after = await readStore(page);
  expect(after.state.assessments[id]).toEqual(before.state.assessments[id]);
  expect(after.version).toBe(before.version);

  // And the app shows it again: the results page with the raised target and the plan.
  await page.goto(`./#/bewertung/${id}/ergebnis`);
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  await expect(page.getByLabel(`Zielstufe für ${field.title.de}`)).toHaveValue('4');
  await expect(page.getByTestId('plan-item')).toContainText(planTitle);
});

test('importing an assessment that exists: keep both (default) or replace', async ({ page }) => {
  const id = await createFullAssessment(page);
  const original = (await readStore(page)).state.assessments[id];
  const exported = await exportAll(page);

  await fileInput(page).setInputFiles(exported.path);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  const choice = preview.getByRole('group', { name: /^Was soll mit der vorhandenen Bewertung/ });
  await expect(choice).toContainText(municipality);
  await expect(choice.getByRole('radio', { name: 'Beide behalten' })).toBeChecked();
  await expect(choice.getByRole('radio', { name: 'Vorhandene ersetzen' })).not.toBeChecked();
  await page.getByRole('button', { name: '1 Bewertung übernehmen' }).click();
  await expect(page.getByText('1 Bewertung wurde übernommen.')).toBeVisible();

  await expect.poll(async () => Object.keys((await readStore(page)).state.assessments).length).toBe(2);
  const both = (await readStore(page)).state.assessments;
  expect(both[id]).toEqual(original);
  const copyId = Object.keys(both).find((k) => k !== id) ?? '';
  expect(copyId).not.toBe('');
  expect(both[copyId]).toEqual({ ...original, id: copyId });
  await page.goto('./#/bewertungen');
  await expect(page.locator('tbody tr')).toHaveCount(2);

  // Change the original, then load the file again and replace it: the change is undone, nothing is added.
  await page.goto(`./#/bewertung/${id}/ergebnis`);
  await page.getByLabel(`Zielstufe für ${field.title.de}`).selectOption('1');
  await expect.poll(async () => (await readStore(page)).state.assessments[id]?.targets[field.id]).toBe(1);
  await page.goto('./#/daten');
  await fileInput(page).setInputFiles(exported.path);
  await expect(preview).toBeVisible();
  await preview.getByRole('radio', { name: 'Vorhandene ersetzen' }).check();
  await page.getByRole('button', { name: '1 Bewertung übernehmen' }).click();
  await expect(page.getByText('1 Bewertung wurde übernommen.')).toBeVisible();
  await expect.poll(async () => (await readStore(page)).state.assessments[id]?.targets[field.id]).toBe(4);
  const replaced = (await readStore(page)).state.assessments;
  expect(Object.keys(replaced).sort()).toEqual([id, copyId].sort());
  expect(replaced[id]).toEqual(original);
  expect(replaced[copyId]).toEqual({ ...original, id: copyId });
});

test('broken, foreign and invalid files are refused with a German message; nothing changes', async ({
  page,
}, testInfo) => {
  const id = await createFullAssessment(page);
  const exported = await exportAll(page);
  const before = await storedValue(page);

  const truncatedPath = testInfo.outputPath('abgeschnitten.json');
  writeFileSync(truncatedPath, exported.text.slice(0, Math.floor(exported.text.length / 2)));
  const foreignPath = testInfo.outputPath('fragebogen.json');
  writeFileSync(foreignPath, readFileSync('questionnaires/bayern-kommunen/questionnaire.json'));
  const invalidPath = testInfo.outputPath('falscher-wert.json');
  const invalid = JSON.parse(exported.text) as {
    data: { assessments: Array<{ answers: Record<string, unknown> }> };
  };
  const record = invalid.data.assessments[0];
  if (!record || !q2) throw new Error('the export holds the assessment');
  record.answers[q2.id] = 7;
  const invalidText = JSON.stringify(invalid, null, 2);
  writeFileSync(invalidPath, invalidText);

  await fileInput(page).setInputFiles([truncatedPath, foreignPath, invalidPath]);
  const boxes = page.getByTestId('import-errors');
  await expect(boxes).toHaveCount(3);
  const box = (name: string) => boxes.filter({ hasText: `Die Datei „${name}“ kann nicht geladen werden:` });

  await expect(box('abgeschnitten.json')).toContainText(
    'Die Datei ist keine gültige Exportdatei des Digitalkompass: Ihr Inhalt ist kein lesbares JSON',
  );
  await expect(box('fragebogen.json')).toContainText(
    'Die Datei ist keine Exportdatei des Digitalkompass (Feld „type“: erwartet „digitalkompass-export“, gefunden Text „digitalkompass-questionnaire“). Es ist eine Fragebogendatei, keine Bewertung.',
  );
  // The message names the assessment, the path and the wrong value, as the engine words it.
  const expected = parseImport(invalidText);
  expect(expected.ok).toBe(false);
  const messages = expected.ok ? [] : expected.errors.map(errorStrings.de.importError);
  expect(messages).toEqual([
    `Bewertung 1 (${municipality}) › answers › ${q2.id}: zu groß: höchstens 4 erlaubt, gefunden Zahl 7`,
  ]);
  await expect(box('falscher-wert.json').getByRole('listitem')).toHaveText(messages);

  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect(await storedValue(page)).toBe(before);
  await page.reload();
  expect(await storedValue(page)).toBe(before);
  await page.goto('./#/bewertungen');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  expect(((await readStore(page)).state.assessments[id]?.answers ?? {})[q2.id]).toBe(2);
});

test('the CSV download is for German spreadsheets: BOM, semicolons, decimal comma', async ({ page }) => {
  const id = await createFullAssessment(page);
  await expect(page.getByRole('heading', { name: `Ergebnis: ${municipality}` })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als Tabelle (CSV) herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^digitalkompass-sicherungsdorf-.*\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFFKommune;Art;Regierungsbezirk;Einwohner;Funktion;Datum;Runde;')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(
    lines[1]?.startsWith(`${municipality};Gemeinde;Mittelfranken;3.000 bis 4.999;Geschäftsleitung;`),
  ).toBe(true);

  // The first field scores (3 × 25 + 2 × 50 + 1 × 100) ÷ 6 = 45,8 points: written with a comma.
  const fieldScore = scoreField(
    field,
    (await readStore(page)).state.assessments[id]?.answers ?? {},
    'gemeinde',
  );
  expect(fieldScore.score).not.toBeNull();
  const decimal = formatDecimalDe(fieldScore.score ?? NaN);
  expect(decimal).toBe('45,8');
  const fieldsHeader = lines.indexOf(
    'Handlungsfeld;Ist (Punkte);Soll (Stufe);Soll (Punkte);Abstand;bewertet;weiß nicht;nicht zutreffend;offen',
  );
  expect(fieldsHeader).toBeGreaterThan(0);
  const fieldRow = lines.slice(fieldsHeader).find((l) => l.startsWith(`${field.title.de};`));
  expect(fieldRow?.split(';')[1]).toBe(decimal);
  expect(fieldRow?.split(';')[2]).toBe('4');
  expect(text).not.toMatch(/\d\.\d;/);
  const planRow = lines.find((l) => l.startsWith(`${planTitle};`));
  expect(planRow).toBe(`${planTitle};;Kämmerei;;in Arbeit;`);

  // Exactly what the engine writes for the stored assessment.
  const record: AssessmentRecord | undefined = (await readStore(page)).state.assessments[id];
  if (!record) throw new Error('stored');
  expect(text).toBe(assessmentToCsv(pkg, record, csvLabels(de, 'de')));
});
