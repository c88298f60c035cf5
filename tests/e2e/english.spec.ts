// The English UI speaks English everywhere: every screen, every import error and every message for
// questionnaire authors. The page's visible text is scanned for German words; only proper names
// (places, authorities, laws, the app's own name) and the questionnaire's own English texts pass.
import type { Page } from '@playwright/test';
import type { AssessmentRecord } from '../../src/engine/assessment';
import { createExport, serializeExport } from '../../src/engine/export-envelope';
import { BUNDLE_TYPE } from '../../src/engine/questionnaire-package';
import { visibleQuestions } from '../../src/engine/score';
import { bavarian as pkg, bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { testProfile, testRecord } from '../fixtures/records';
import { expect, test } from './helpers';

const STORAGE_KEY = 'digitalkompass-kommune';

/** Words that are German and never occur in English text. */
const GERMAN_WORDS = new Set(
  (
    'und oder der die das den dem des ein eine einer eines einen nicht ist sind wird werden wurde wurden ' +
    'sein für mit von vom bei beim auf aus im zum zur nach über ohne durch wenn dann aber doch schon mehr ' +
    'noch kein keine nur auch sich es Sie Ihre Ihr Ihnen wir uns bitte Bitte gibt fehlt erlaubt erwartet ' +
    'gefunden ungültig ungültige ungültiger ungültiges höchstens mindestens als wie weil dass hat haben ' +
    'kann können muss müssen darf alle jede jeder diese dieser hier jetzt neue neuen Es Die Der Das Ein ' +
    'Eine Kein Keine Diese Dieser Datei Dateien Fehler Bewertung Bewertungen Frage Fragen Fragebogen ' +
    'Fragebögen Stufe Stufen Runde Runden Handlungsfeld Handlungsfelder Empfehlung Empfehlungen Kennung ' +
    'Antwort Antworten Zahl Liste Objekt Wert Werte Feld Felder Maßnahme Notiz Hinweis Ergebnis Quelle ' +
    'Quellen Thema Schritt Weiter Zurück Speichern Laden Löschen Entfernen Abbrechen Drucken Angaben ' +
    'Kommunen Gemeinden Punkte Ziel Soll Ist Seite Zeile Spalte Datum offen erledigt zutreffend weiß ' +
    'Wurzel Eintrag Einträge Speicher Kopie gespeicherten beschädigt'
  ).split(/\s+/),
);

/**
 * Proper names that may stand in English text: places, authorities, laws, programmes, the German
 * legal terms the English labels give in brackets, and the names this test gives its files.
 */
const PROPER_NAMES = [
  'Digitalkompass Kommune',
  'Digitalkompass',
  'Bayerisches Landesamt für Digitalisierung, Breitband und Vermessung',
  'Landesamt für Digitalisierung, Breitband und Vermessung',
  'Bayerischer Landesbeauftragter für den Datenschutz',
  'Bayerische Landesbeauftragte für den Datenschutz',
  'Durchsetzungsstelle',
  'Erklärung zur Barrierefreiheit',
  'Barrierefreiheit',
  'Datenschutz',
  'Impressum',
  'Betreiberangaben',
  'betreiber.json',
  'Oberbayern',
  'Niederbayern',
  'Oberpfalz',
  'Oberfranken',
  'Mittelfranken',
  'Unterfranken',
  'Schwaben',
  'Regierungsbezirk',
  'Gemeinde',
  'Markt',
  'Große Kreisstadt',
  'kreisfreie Stadt',
  'Stadt',
  'Landkreis',
  'Verwaltungsgemeinschaft',
];

/** Every English text of the questionnaire: content, not UI, and bilingual data of its own. */
function englishContent(): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('en' in v && typeof v.en === 'string') out.push(v.en);
      Object.values(v).forEach(walk);
    }
  };
  walk(pkg);
  return out;
}
const ALLOWED = [...englishContent(), ...PROPER_NAMES].sort((a, b) => b.length - a.length);

/** The lines on the page (visible text and names for assistive technology) with German words in them. */
async function germanOnPage(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')].flatMap(
      (e) => ['aria-label', 'alt', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
  const found: string[] = [];
  for (const line of text.split('\n')) {
    let rest = line.replace(/https?:\/\/\S+/g, ' ');
    for (const allowed of ALLOWED)
      if (allowed && rest.includes(allowed)) rest = rest.split(allowed).join(' ');
    const words = (rest.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter(
      (w) =>
        GERMAN_WORDS.has(w) || /[äöüßÄÖÜ]/.test(w) || w.split('-').some((part) => GERMAN_WORDS.has(part)),
    );
    if (words.length) found.push(`[${[...new Set(words)].join(' ')}] ${line.trim().slice(0, 300)}`);
  }
  return [...new Set(found)];
}

/** The screen shows no German word. Collected over the whole walk so one run lists every finding. */
const findings: string[] = [];
async function scan(page: Page, where: string) {
  await page.waitForLoadState('networkidle');
  for (const f of await germanOnPage(page)) findings.push(`${where}: ${f}`);
}

const at = '2026-03-01T09:30:00.000Z';
/** An assessment of `municipality` with every visible question answered at `level`. */
function record(id: string, municipality: string, level: 0 | 1 | 2 | 3 | 4, role = ''): AssessmentRecord {
  const answers: AssessmentRecord['answers'] = {};
  for (const f of q.fields) for (const x of visibleQuestions(f, 'gemeinde')) answers[x.id] = level;
  return testRecord({
    id,
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    label: 'Spring 2026',
    createdAt: at,
    updatedAt: at,
    profile: testProfile({ municipality, regierungsbezirk: 'oberpfalz', population: '1000-2999', role }),
    answers,
  });
}
const exportFile = (name: string, records: AssessmentRecord[]) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(serializeExport(createExport(records, 'test', new Date(at)))),
});
const jsonFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

/** Files no import accepts: not JSON, another kind of file, a wrong value, an unknown field. */
function brokenExports() {
  const wrongValue = JSON.parse(
    serializeExport(createExport([record('w', 'Wrongton', 2)], 't', new Date(at))),
  ) as {
    data: { assessments: Record<string, unknown>[] };
  };
  const first = wrongValue.data.assessments[0];
  if (!first) throw new Error('the export has an assessment');
  first.answers = { [Object.keys(first.answers as object)[0] ?? '']: 7 };
  first.colour = 'blue';
  first.profile = { ...(first.profile as object), date: 'yesterday', population: 'many' };
  return [
    jsonFile('cut-off.json', '{"type": "digitalkompass-export", "vers'),
    jsonFile('questionnaire.json', JSON.stringify({ type: 'digitalkompass-questionnaire' })),
    jsonFile('wrong-value.json', JSON.stringify(wrongValue)),
    jsonFile('future.json', JSON.stringify({ type: 'digitalkompass-export', version: 99 })),
    jsonFile('empty.json', ''),
  ];
}

test('the English UI shows no German on any screen, in no message', async ({ page }) => {
  test.setTimeout(240_000);
  findings.length = 0;
  await page.goto('./');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where does your municipality stand in digitalisation?' }),
  ).toBeVisible();
  await scan(page, 'start');

  // --- A new assessment: profile (with its own messages), questions, results, explain, print.
  await page.getByRole('link', { name: 'Full assessment (30–45 minutes)' }).click();
  await page.getByRole('button', { name: 'Continue to the questions' }).click();
  await expect(page.getByText('“Name of the municipality” is missing.').first()).toBeVisible();
  await scan(page, 'new profile');
  await page.getByLabel('Name of the municipality').fill('Sampletown');
  await page.getByLabel('Kind of municipality').selectOption('gemeinde');
  await page.getByLabel(/Administrative region/).selectOption('oberbayern');
  await page.getByLabel('Population').selectOption('1000-2999');
  await page.getByRole('button', { name: 'Continue to the questions' }).click();
  await expect(page.locator('.sd-question').first()).toBeVisible();
  const [first, second] = q.fields;
  if (!first || !second) throw new Error('two fields');
  for (const [i, question] of visibleQuestions(first, 'gemeinde').entries()) {
    const name = i === 1 && question.allowDontKnow ? /^don.t know$/ : new RegExp(`^Level ${(i % 4) + 1} – `);
    await page
      .locator(`.sd-question[data-name="${question.id}"]`)
      .getByRole('radio', { name })
      .check({ force: true });
  }
  await scan(page, 'questions');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: second.title.en, exact: true })).toBeVisible();
  await scan(page, 'questions, second page');

  await page.getByRole('link', { name: 'See the interim result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Result: Sampletown' })).toBeVisible();
  await page.getByRole('button', { name: 'Add to action plan' }).first().click();
  await page.getByLabel('Title of your own measure').fill('Our own measure');
  await page.getByRole('button', { name: 'Add your own measure' }).click();
  await scan(page, 'results');
  const id = /#\/bewertung\/([^/]+)\//.exec(page.url())?.[1] ?? '';

  await page.getByRole('link', { name: 'How is it calculated?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await scan(page, 'explain');

  await page.goto(`./#/bewertung/${id}/druck`);
  await page.getByLabel('Print an appendix with all answers and notes').check();
  await expect(page.locator('.print-sheet')).toContainText('Sampletown');
  await scan(page, 'print');

  // --- The list, and a second round (its answers to confirm).
  await page.goto('./#/bewertungen');
  await expect(page.getByRole('heading', { level: 1, name: 'All assessments' })).toBeVisible();
  await scan(page, 'list');
  await page.getByRole('button', { name: /^New round/ }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('to-confirm')).toBeVisible();
  await scan(page, 'next round');

  // --- Compare: two rounds, then a broken file.
  await page.goto('./#/vergleich');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare rounds' })).toBeVisible();
  await scan(page, 'compare');
  for (const file of brokenExports()) {
    await page.getByLabel('Choose export file').setInputFiles(file);
    await expect(page.getByText(`“${file.name}”`).first()).toBeVisible();
    await scan(page, `compare, ${file.name}`);
  }

  // A round of a questionnaire version that cannot be compared.
  await page
    .getByLabel('Choose export file')
    .setInputFiles(
      exportFile('other-version.json', [{ ...record('v9', 'Sampletown', 2), questionnaireVersion: '9.9.9' }]),
    );
  await expect(page.getByText(/^The two rounds cannot be compared/)).toBeVisible();
  await scan(page, 'compare, another version');

  // --- Consolidate: two respondents, the broken files, then answers that cannot be consolidated.
  await page.goto('./#/zusammenfuehren');
  const input = page.getByLabel('Choose the respondents’ export files');
  await input.setInputFiles([
    exportFile('mayor.json', [record('r1', 'Jointville', 1, 'Mayor')]),
    exportFile('it.json', [record('r2', 'Jointville', 3, 'IT')]),
    ...brokenExports(),
  ]);
  await expect(page.getByText('“wrong-value.json”').first()).toBeVisible();
  await expect(page.getByTestId('disagreement').first()).toBeVisible();
  await scan(page, 'consolidate');
  await input.setInputFiles(
    exportFile('treasury.json', [
      { ...record('r3', 'Jointville', 2, 'Treasury'), answers: { 'no.such': 1 } },
    ]),
  );
  await expect(page.getByText(/^The answers cannot be consolidated/)).toBeVisible();
  await scan(page, 'consolidate, answers of another questionnaire');

  // --- Region: municipalities and the broken files.
  await page.goto('./#/region');
  const towns = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].map((n, i) =>
    exportFile(`${n}.json`, [record(n, n, ((i % 4) + 1) as 1 | 2 | 3 | 4)]),
  );
  await page
    .getByLabel('Choose the municipalities’ export files')
    .setInputFiles([...towns, ...brokenExports()]);
  await expect(page.getByTestId('region-included')).toBeVisible();
  for (const details of await page.locator('details').all())
    await details.evaluate((d) => d.setAttribute('open', ''));
  await scan(page, 'region');

  // --- Data: the broken files, an old version (carried over, with a notice), an unknown version.
  await page.goto('./#/daten');
  const old = { ...record('old', 'Oldtown', 2), questionnaireVersion: '1.0.0' };
  old.answers = { 'onlinedienste.bayernid': 2, 'onlinedienste.angebot': 1 };
  await page
    .getByLabel('Choose Digital Compass export file(s)')
    .setInputFiles([
      ...brokenExports(),
      exportFile('unknown-question.json', [
        { ...record('u', 'Unknownton', 2), answers: { 'no.such.question': 2 } },
      ]),
      exportFile('future-version.json', [{ ...record('f', 'Futureton', 2), questionnaireVersion: '9.9.9' }]),
      exportFile('old.json', [old]),
    ]);
  await expect(page.getByTestId('import-notices')).toBeVisible();
  await scan(page, 'data');

  // --- Questionnaires: packages with mistakes an author makes, and one that is not there.
  await page.goto('./#/frageboegen');
  const upload = page.getByLabel('Choose questionnaire file(s)');
  for (const [name, bundle] of brokenPackages()) {
    await upload.setInputFiles(jsonFile(name, typeof bundle === 'string' ? bundle : JSON.stringify(bundle)));
    await expect(page.getByTestId('questionnaire-errors')).toContainText(name);
    await scan(page, `questionnaires, ${name}`);
  }

  await page.goto('./#/neu/no-such-questionnaire');
  await expect(page.getByRole('heading', { name: 'Questionnaire not found' })).toBeVisible();
  await scan(page, 'a questionnaire that is not loaded');

  // --- The legal pages.
  for (const hash of ['impressum', 'datenschutz', 'barrierefreiheit']) {
    await page.goto(`./#/${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scan(page, hash);
  }

  // --- Stored data with a damaged entry: the recovery notice.
  await page.evaluate(
    ([key, r]) =>
      localStorage.setItem(
        key,
        JSON.stringify({
          state: {
            language: 'en',
            assessments: { ok: r, broken: { id: 'broken' } },
            customQuestionnaires: {},
          },
          version: 2,
        }),
      ),
    [STORAGE_KEY, record('ok', 'Keptville', 2)] as const,
  );
  await page.goto('./#/bewertungen');
  await page.reload();
  await expect(page.getByRole('button', { name: /Download a copy/ })).toBeVisible();
  await scan(page, 'recovery');

  expect(findings, findings.join('\n')).toEqual([]);
});

/** Questionnaire packages an author might write, each with another mistake. */
function brokenPackages(): [string, unknown][] {
  const bundle = () =>
    structuredClone({
      type: BUNDLE_TYPE,
      questionnaire: q,
      recommendations: {
        type: 'digitalkompass-recommendations',
        questionnaireId: q.id,
        version: q.version,
        recommendations: pkg.recommendations,
      },
      sources: { type: 'digitalkompass-sources', sources: pkg.sources },
    }) as unknown as {
      questionnaire: {
        fields: { defaultTarget: unknown; questions: { levels: { en: string }[]; title: unknown }[] }[];
        colour?: string;
      };
      recommendations: { recommendations: { field: string; steps: unknown[] }[] };
      sources: { sources: { url: string }[] };
    };
  const texts = bundle();
  const firstQuestion = texts.questionnaire.fields[0]?.questions[0];
  if (firstQuestion?.levels[3]) firstQuestion.levels[3].en = '';
  if (texts.questionnaire.fields[0]) texts.questionnaire.fields[0].defaultTarget = 5;
  const second = texts.questionnaire.fields[1]?.questions[0];
  if (second) second.title = 42;
  texts.questionnaire.colour = 'blue';
  const levels = bundle();
  levels.questionnaire.fields[0]?.questions[0]?.levels.pop();
  const recs = bundle();
  const rec = recs.recommendations.recommendations[0];
  if (rec) {
    rec.field = 'no-such-field';
    rec.steps = [];
  }
  if (recs.sources.sources[0]) recs.sources.sources[0].url = 'http://insecure.example';
  const references = bundle();
  const referring = references.recommendations.recommendations[0];
  if (referring) referring.field = 'no-such-field';
  return [
    ['texts.json', texts],
    ['references.json', references],
    ['levels.json', levels],
    ['recommendations.json', recs],
    ['not-json.json', '{ "type": '],
    ['other.json', { type: 'something-else' }],
  ];
}
