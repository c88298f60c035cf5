import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AssessmentRecord, Profile } from '../../src/engine/assessment';
import { BUNDLE_TYPE } from '../../src/engine/questionnaire-package';
import { answer, expect, expectNoAxeViolations, test, writeExportFiles } from './helpers';

// Issue 20: the authoring guide's two examples (tests/fixtures/questionnaires), loaded as packages
// like any questionnaire of another region: Hessen with its own Regierungsbezirke, and a fire
// brigade questionnaire whose screens must not speak of Bavaria or of municipalities.

const fixture = (folder: string, file: string): unknown =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/questionnaires', folder, `${file}.json`), 'utf8'),
  );

/** The example folder as one package file, as `npm run bundle:questionnaire` writes it. */
function bundleFile(folder: string): string {
  const bundle = {
    type: BUNDLE_TYPE,
    questionnaire: fixture(folder, 'questionnaire'),
    recommendations: fixture(folder, 'recommendations'),
    sources: fixture(folder, 'sources'),
  };
  const path = join(mkdtempSync(join(tmpdir(), 'dk-example-')), `${folder}.json`);
  writeFileSync(path, JSON.stringify(bundle));
  return path;
}

/** Loads the package under "Fragebögen" and opens the profile form of a new assessment with it. */
async function startWith(page: Page, folder: string, title: string): Promise<void> {
  await page.goto('./#/frageboegen');
  await page.getByLabel('Fragebogen-Datei(en) wählen').setInputFiles(bundleFile(folder));
  await expect(page.getByText(`„${title}“ wurde geladen`)).toBeVisible();
  await page.getByRole('link', { name: 'Neue Bewertung mit diesem Fragebogen' }).nth(1).click();
  await expect(page.getByText(`Fragebogen: ${title} (0.1.0)`)).toBeVisible();
}

/** A finished round of the example questionnaire `id`, for export files. */
function round(
  id: string,
  n: number,
  profile: Omit<Profile, 'role' | 'date'>,
  answers: AssessmentRecord['answers'],
) {
  return {
    id: `${id}-${n}`,
    questionnaireId: id,
    questionnaireVersion: '0.1.0',
    label: 'Frühjahr 2026',
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-02T08:00:00.000Z',
    profile: { ...profile, role: '', date: '2026-03-01' },
    answers,
    notes: {},
    targets: {},
    plan: [],
    currentPage: null,
    completedAt: '2026-03-02T08:00:00.000Z',
    toConfirm: [],
    previousId: null,
  } satisfies AssessmentRecord;
}

const writeExports = (records: AssessmentRecord[]) =>
  writeExportFiles(
    records.map((r) => ({ name: `${r.id}.json`, records: [r] })),
    new Date('2026-06-01T10:00:00Z'),
  );

test('Hessen: its own Regierungsbezirke through profile, questions, results, print, compare and the regional overview', async ({
  page,
}) => {
  await startWith(page, 'hessen-kommunen', 'Digitalkompass Kommune – Hessen (Beispiel)');
  // The header is the questionnaire's.
  await expect(page.locator('.brand')).toContainText('Digitalkompass Hessen');
  await expect(page.locator('.brand')).toContainText('für hessische Kommunen');
  await expect(page.locator('.brand')).not.toContainText('bayerisch');

  const bezirk = page.getByLabel('Regierungsbezirk');
  await expect(bezirk.locator('option')).toHaveText(['Bitte wählen', 'Darmstadt', 'Gießen', 'Kassel']);
  await expect(page.getByLabel('Art der Kommune').locator('option')).toHaveText([
    'Bitte wählen',
    'Gemeinde',
    'Stadt',
    'Sonderstatusstadt',
    'Kreisfreie Stadt',
    'Landkreis',
  ]);
  await page.getByLabel('Name der Kommune').fill('Stadt Musterau');
  await page.getByLabel('Art der Kommune').selectOption('stadt');
  await bezirk.selectOption('giessen');
  await page.getByLabel('Einwohnerzahl').selectOption('ab-20000');
  await page.getByLabel(/Ihre Funktion \(z\. B\. Bürgermeisterin, Hauptamt, IT\)/).fill('Hauptamt');
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();

  // A Stadt does not see the question for Landkreise.
  await expect(page.locator('.sd-question[data-name="dienste.angebot"]')).toBeVisible();
  await expect(page.locator('.sd-question[data-name="dienste.kreis"]')).toHaveCount(0);
  await answer(page, 'dienste.angebot', 2);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await answer(page, 'zusammenarbeit.it', 1);
  // An agreement exists or not: levels 1–3 are unused and not offered.
  const vertrag = page.locator('.sd-question[data-name="zusammenarbeit.vertrag"]');
  await expect(vertrag.getByRole('radio', { name: /^Stufe \d – / })).toHaveCount(2);
  await expect(vertrag.getByRole('radio', { name: /^Stufe 2 – / })).toHaveCount(0);
  await answer(page, 'zusammenarbeit.vertrag', 4);
  await page.getByRole('button', { name: 'Zum Ergebnis' }).click();

  // dienste 2 → 50 points; zusammenarbeit (25 + 100) / 2 = 62.5; overall (50 + 62.5) / 2 = 56.25.
  await expect(page.getByTestId('field-score-dienste')).toHaveText('50');
  await expect(page.getByTestId('overall-score')).toHaveText('56 von 100 Punkten');
  await expect(page.getByTestId('overall-band')).toHaveText('Unterwegs');
  const card = page.getByTestId('recommendation').filter({ hasText: 'Online-Dienste bekannt machen' });
  await expect(card).toContainText('Wer handelt: Verwaltungsspitze');
  await expect(card).toContainText('Zeitraum: in diesem Jahr');
  await card.getByText('Erste Schritte, Begründung und Quellen').first().click();
  await expect(card).toContainText('Schwerpunkt: H1 Verwaltung digital');
  await expect(card).not.toContainText('Whitepaper');

  await page.getByRole('link', { name: 'Ergebnisblatt drucken' }).first().click();
  const meta = page.locator('.sheet-meta');
  await expect(meta).toContainText('Art:Stadt');
  await expect(meta).toContainText('Regierungsbezirk:Gießen');
  await expect(meta).toContainText('Einwohner:20.000 und mehr');
  await expect(page.locator('main')).toContainText('Zeitrahmen: in diesem Jahr');
  await expectNoAxeViolations(page);

  // Compare: an earlier round of the same town from an export file.
  const earlier = round(
    'hessen-kommunen',
    0,
    { municipality: 'Stadt Musterau', kind: 'stadt', regierungsbezirk: 'giessen', population: 'ab-20000' },
    { 'dienste.angebot': 1, 'zusammenarbeit.it': 1, 'zusammenarbeit.vertrag': 0 },
  );
  await page.goto('./#/vergleich');
  await page.getByLabel('Exportdatei wählen').setInputFiles(writeExports([earlier]));
  await expect(page.getByTestId('change-dienste')).toContainText('+25');
  await expect(page.locator('optgroup[label="Dieselbe Kommune"]')).toHaveCount(1);

  // The regional overview groups and filters by the Hessian Regierungsbezirke.
  const towns: [string, string, string][] = [
    ['Gemeinde Adorf', 'gemeinde', 'darmstadt'],
    ['Gemeinde Bdorf', 'gemeinde', 'darmstadt'],
    ['Stadt Cstadt', 'stadt', 'giessen'],
    ['Stadt Dstadt', 'stadt', 'kassel'],
    ['Landkreis E', 'landkreis', 'kassel'],
    ['Gemeinde Fdorf', 'gemeinde', 'kassel'],
  ];
  const records = towns.map(([municipality, kind, regierungsbezirk], i) =>
    round(
      'hessen-kommunen',
      i + 1,
      { municipality, kind, regierungsbezirk, population: 'unter-5000' },
      {
        'dienste.angebot': (i % 4) as 0 | 1 | 2 | 3,
        'zusammenarbeit.it': 2,
      },
    ),
  );
  await page.goto('./#/region');
  await page.getByLabel('Exportdateien der Kommunen wählen').setInputFiles(writeExports(records));
  await expect(page.getByTestId('region-included')).toHaveText('6 Bewertungen einbezogen');
  const regions = page.getByRole('group', { name: 'Regierungsbezirk' });
  await expect(regions.getByRole('checkbox')).toHaveCount(3);
  await expect(regions).toContainText('Gießen');
  await expect(regions).not.toContainText('Oberbayern');
  await regions.getByLabel('Kassel', { exact: true }).check();
  await expect(page.getByTestId('region-included')).toHaveText('3 Bewertungen einbezogen');
  await expect(page.getByRole('group', { name: 'Art der Kommune' })).toContainText('Sonderstatusstadt');
  await expectNoAxeViolations(page);
});

/** Bavarian or municipal words that a fire brigade's screens must not show. */
const NOT_FOR_A_FIRE_BRIGADE =
  /Kommun|Gemeinde|bayer|Bayern|Regierungsbezirk|Whitepaper|Einwohner|Bürgermeister|Landkreis|municipal|Bavaria/i;

/**
 * The visible text has none of those words: the whole page on the questionnaire's own screens
 * (header included), the screen itself on the analysis screens, which belong to no questionnaire
 * until files are read and keep the app's name in the header.
 */
async function expectNoMunicipalWord(
  page: Page,
  screen: string,
  where: 'body' | 'main' = 'body',
): Promise<void> {
  const text = await page.locator(where).innerText();
  expect(text.match(NOT_FOR_A_FIRE_BRIGADE)?.[0] ?? null, `${screen}: ${text}`).toBeNull();
}

test('a fire brigade questionnaire: no Bavarian or municipal word on any of its screens', async ({
  page,
}) => {
  await startWith(page, 'feuerwehr-beispiel', 'Digitale Reife der Feuerwehr (Beispiel)');
  await expect(page.getByRole('heading', { level: 1, name: 'Angaben zur Feuerwehr' })).toBeVisible();
  await expect(page.getByLabel('Regierungsbezirk')).toHaveCount(0);
  await expectNoMunicipalWord(page, 'Angaben');
  await page.getByLabel('Name der Feuerwehr').fill('FF Musterbach');
  await page.getByLabel('Art der Feuerwehr').selectOption('freiwillig');
  await page.getByLabel('Zahl der Aktiven').selectOption('31-80');
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();

  await answer(page, 'alarmierung.app', 3);
  await answer(page, 'alarmierung.rueckmeldung', 1);
  await expectNoMunicipalWord(page, 'Fragen');
  await page.getByRole('button', { name: 'Weiter' }).click();
  // Only Berufs- and Werkfeuerwehren are asked about their records.
  await expect(page.locator('.sd-question[data-name="ausbildung.nachweis"]')).toHaveCount(0);
  await answer(page, 'ausbildung.plan', 0);
  await page.getByRole('button', { name: 'Zum Ergebnis' }).click();

  await expect(page.getByTestId('overall-score')).toHaveText(/von 100 Punkten/);
  for (const details of await page
    .getByTestId('recommendation')
    .getByText('Erste Schritte, Begründung und Quellen')
    .all())
    await details.click();
  await expect(page.getByTestId('recommendation').first()).toContainText('Leitlinie:');
  await expectNoMunicipalWord(page, 'Ergebnis');
  const resultsUrl = page.url();

  await page.getByRole('link', { name: 'Wie wird gerechnet?' }).first().click();
  await expect(
    page.getByText('Der Gesamtwert ordnet die Feuerwehr einem von zwei Reifegraden zu:'),
  ).toBeVisible();
  await expectNoMunicipalWord(page, 'Wie wird gerechnet?');

  await page.goto(resultsUrl);
  await page.getByRole('link', { name: 'Ergebnisblatt drucken' }).first().click();
  await expect(page.locator('.sheet-meta')).toContainText('Aktive:31 bis 80');
  await expect(page.getByText('Wappen der Feuerwehr')).toBeVisible();
  await expectNoMunicipalWord(page, 'Ergebnisblatt');

  const brigade = (n: number, kind: string, population: string, level: 0 | 1 | 2 | 3 | 4) =>
    round(
      'feuerwehr-beispiel',
      n,
      { municipality: `FF Wehr ${n}`, kind, population },
      {
        'alarmierung.app': level,
        'ausbildung.plan': 2,
      },
    );
  await page.goto('./#/vergleich');
  await page.getByLabel('Exportdatei wählen').setInputFiles(
    writeExports([
      {
        ...brigade(0, 'freiwillig', '31-80', 1),
        profile: {
          municipality: 'FF Musterbach',
          kind: 'freiwillig',
          population: '31-80',
          role: '',
          date: '2026-03-01',
        },
      },
    ]),
  );
  await expect(page.getByTestId('change-alarmierung')).toBeVisible();
  await expect(page.locator('optgroup[label="Dieselbe Feuerwehr"]')).toHaveCount(1);
  await expectNoMunicipalWord(page, 'Runden vergleichen', 'main');

  await page.goto('./#/region');
  const brigades = [1, 2, 3, 4, 5, 6].map((n) =>
    brigade(n, n < 5 ? 'freiwillig' : 'beruf', n % 2 ? 'bis-30' : 'ueber-80', (n % 5) as 0 | 1 | 2 | 3 | 4),
  );
  await page.getByLabel('Exportdateien der Kommunen wählen').setInputFiles(writeExports(brigades));
  await expect(page.getByTestId('region-included')).toHaveText('6 Bewertungen einbezogen');
  await expect(page.getByRole('group', { name: 'Art der Feuerwehr' })).toContainText('Berufsfeuerwehr');
  await expect(page.getByRole('group', { name: 'Regierungsbezirk' })).toHaveCount(0);
  await expect(page.getByLabel('Exportdateien der Feuerwehren wählen')).toBeVisible();
  await expectNoMunicipalWord(page, 'Region', 'main');
  // The CSV file of the overview speaks of fire brigades too.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als CSV-Datei speichern (für Excel)' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv).toContain('Anzahl Feuerwehren');
  expect(csv.match(NOT_FOR_A_FIRE_BRIGADE)?.[0] ?? null).toBeNull();
  await expectNoAxeViolations(page);
});
