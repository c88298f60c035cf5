import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { AnswerValue } from '../../src/engine/assessment';
import { createExport, serializeExport } from '../../src/engine/export-envelope';
import { visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { planOf, testRecord } from '../fixtures/records';
import { countPdfPages, expect, expectNoAxeViolations, test } from './helpers';

// The worst case for the sheet: a 140-character name, every answer 0 (the most recommendations).
const municipality = `Verwaltungsgemeinschaft ${'Oberlangenhausen-'.repeat(7)}Süd`.slice(0, 140);

const plan = planOf([
  ['Digitalstrategie als Beschlussvorlage vorbereiten', 'Geschäftsleitung', '2026-12-15', 'in-arbeit'],
  ['Online-Dienste des BayernPortals auf der Internetseite verlinken', 'Bürgerbüro', '2027-01-31', 'offen'],
  ['Informationssicherheitskonzept beginnen', 'IT-Beauftragter', '2027-03-31', 'offen'],
]);

/** An export file with one assessment, as a person would have saved it: all answers 0. */
function exportFile(): { name: string; mimeType: string; buffer: Buffer } {
  const answers: Record<string, AnswerValue> = {};
  for (const field of q.fields)
    for (const question of visibleQuestions(field, 'verwaltungsgemeinschaft')) answers[question.id] = 0;
  const record = testRecord({
    id: 'wappen-test',
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    label: 'Herbst 2026',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    profile: {
      municipality,
      kind: 'verwaltungsgemeinschaft',
      regierungsbezirk: 'oberpfalz',
      population: '5000-9999',
      role: 'Geschäftsleitung',
      date: '2026-11-20',
    },
    answers,
    plan,
    completedAt: '2026-11-20T10:00:00.000Z',
  });
  const text = serializeExport(createExport([record], '0.1.0', new Date('2026-11-21T08:00:00Z')));
  return { name: 'bewertung.json', mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function importAssessment(page: Page) {
  await page.goto('./#/daten');
  await page.getByLabel('Exportdatei(en) des Digitalkompass wählen').setInputFiles(exportFile());
  await page.getByRole('button', { name: '1 Bewertung übernehmen' }).click();
  await expect(page.getByText('1 Bewertung wurde übernommen.')).toBeVisible();
  await page.goto('./#/bewertung/wappen-test/druck');
  await expect(page.locator('.print-sheet').getByRole('heading', { level: 1 })).toContainText(municipality);
}

const svg = (body: string, extra = '') =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="240" viewBox="0 0 200 240"${extra}>${body}</svg>`,
  );
const shield =
  '<path d="M10 10h180v110c0 60-45 95-90 110C55 215 10 180 10 120z" fill="#0b4f8a"/><path d="M100 10v220" stroke="#f2b705" stroke-width="30"/>';

test('a coat of arms on the sheet and in the council paper; the worst case stays within two A4 pages', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  await importAssessment(page);
  const upload = page.getByRole('group', { name: 'Wappen der Kommune' });
  await upload
    .getByLabel(/Wappen hinzufügen/)
    .setInputFiles({ name: 'wappen.svg', mimeType: 'image/svg+xml', buffer: svg(shield) });
  await expect(upload.getByRole('status')).toHaveText('Das Wappen „wappen.svg“ ist gespeichert.');

  const arms = page.locator('.print-sheet').getByRole('img', { name: `Wappen: ${municipality}` });
  await expect(arms).toBeVisible();
  await expect(arms).toHaveAttribute('src', /^data:image\/png;base64,/);
  // The picture was drawn: the shield's blue is in it.
  const blue = await arms.evaluate((img: HTMLImageElement) => {
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx?.drawImage(img, 0, 0);
    return [...(ctx?.getImageData(Math.round(c.width * 0.25), Math.round(c.height * 0.4), 1, 1).data ?? [])];
  });
  expect(blue.slice(0, 3)).toEqual([0x0b, 0x4f, 0x8a]);
  await expectNoAxeViolations(page);

  // Kept with the assessment: still there after a reload.
  await page.reload();
  await expect(arms).toBeVisible();
  const stored = (await arms.getAttribute('src')) ?? '';

  // On paper: at most two A4 pages with the coat of arms and the long name.
  await expect(page.locator('.radar-image')).toHaveJSProperty('complete', true);
  await page.emulateMedia({ media: 'print' });
  await expect(arms).toBeVisible();
  await expect(page.locator('.app-footer')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  writeFileSync(testInfo.outputPath('ergebnisblatt-wappen.pdf'), pdf);
  expect(countPdfPages(pdf)).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  // The council paper, downloaded and read back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sitzungsvorlage als Word-Datei' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^sitzungsvorlage-verwaltungsgemeinschaft-oberlangenhausen-.*\.docx$/,
  );
  await expect(page.getByText(/^Die Datei „sitzungsvorlage-.*\.docx“ wurde erstellt\.$/)).toBeVisible();
  const files = unzipSync(readFileSync(await download.path()));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
  expect(text).toContain(municipality);
  expect(text).toContain('Gremium: Gemeinschaftsversammlung');
  expect(text).toContain('Gesamtergebnis: 0 von 100 Punkten, Reifegrad „Einstieg“.');
  expect(text).toContain('Beschlussvorschlag');
  for (const item of plan) expect(text).toContain(item.title);
  expect(text).toContain('15.12.2026');
  expect(text).toContain('IT-Beauftragter');
  const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/'));
  expect(media).toHaveLength(2);
  const coatBytes = Buffer.from(stored.split(',')[1] ?? '', 'base64');
  expect(media.some(([, bytes]) => Buffer.from(bytes).equals(coatBytes))).toBe(true);

  // The whole report too.
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ganzen Bericht als Word-Datei' }).click(),
  ]);
  const reportXml = strFromU8(
    unzipSync(readFileSync(await report.path()))['word/document.xml'] ?? new Uint8Array(),
  );
  expect(reportXml).toContain('Anhang: alle Antworten und Notizen');

  // Removing it takes it off the sheet.
  await page.getByRole('button', { name: 'Wappen entfernen' }).click();
  await expect(arms).toHaveCount(0);
});

test('a hostile SVG stays inert: no script, no handler, no foreign content, no request', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await importAssessment(page);
  const titleBefore = await page.title();
  const upload = page.getByRole('group', { name: 'Wappen der Kommune' });
  const arms = page.locator('.print-sheet .sheet-arms');

  // Scripts, handlers and links to other servers: drawn as a picture, none of it survives.
  const scripted = svg(
    `${shield}
    <script>document.title = 'pwned'; alert('script'); fetch('https://evil.example/script');</script>
    <image href="https://evil.example/tracker.png" xlink:href="https://evil.example/tracker2.png" width="10" height="10"/>
    <a href="javascript:alert('link')"><rect width="50" height="50" fill="red" onclick="alert('click')"/></a>
    <use href="https://evil.example/sprite.svg#a"/>
    <set attributeName="onload" to="alert('set')"/>`,
    ` onload="alert('onload'); document.title = 'pwned'"`,
  );
  await upload
    .getByLabel(/Wappen hinzufügen/)
    .setInputFiles({ name: 'boese.svg', mimeType: 'image/svg+xml', buffer: scripted });
  await expect(upload.getByRole('status')).toHaveText('Das Wappen „boese.svg“ ist gespeichert.');
  await expect(arms).toHaveAttribute('src', /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
  // What is stored holds pixels only, none of the markup.
  const src = (await arms.getAttribute('src')) ?? '';
  expect(Buffer.from(src.split(',')[1] ?? '', 'base64').toString('latin1')).not.toMatch(
    /script|evil\.example|<svg/i,
  );
  await page.getByRole('button', { name: 'Wappen entfernen' }).click();

  // HTML inside the SVG (foreignObject): Chromium does not let a page read the pixels of such a
  // picture, so it is refused with a message and nothing is stored.
  const foreign = svg(
    `${shield}<foreignObject width="200" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/frame"></iframe><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert('foreign')"/></foreignObject>`,
  );
  await upload
    .getByLabel(/Wappen hinzufügen/)
    .setInputFiles({ name: 'fremd.svg', mimeType: 'image/svg+xml', buffer: foreign });
  await expect(upload.getByRole('alert')).toHaveText(
    'Das Bild „fremd.svg“ konnte nicht gelesen werden. Bitte speichern Sie es als PNG und versuchen Sie es erneut.',
  );
  await expect(arms).toHaveCount(0);

  await page.reload();
  await expect(page.locator('.print-sheet')).toBeVisible();
  expect(await page.title()).toBe(titleBefore);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  // The helpers' fixture fails the test if anything asked evil.example (or any other origin).
});

test('a file that is no image, or too large, gets a clear message', async ({ page }) => {
  await importAssessment(page);
  const upload = page.getByRole('group', { name: 'Wappen der Kommune' });
  const input = upload.getByLabel(/Wappen hinzufügen/);
  await input.setInputFiles({
    name: 'wappen.png',
    mimeType: 'image/png',
    buffer: Buffer.from('Das ist kein Bild.'),
  });
  await expect(upload.getByRole('alert')).toHaveText(
    'Die Datei „wappen.png“ ist kein Bild im Format PNG, JPEG oder SVG.',
  );
  const big = Buffer.concat([svg(shield), Buffer.from(`<!--${'x'.repeat(250 * 1024)}-->`)]);
  await input.setInputFiles({ name: 'riesig.svg', mimeType: 'image/svg+xml', buffer: big });
  await expect(upload.getByRole('alert')).toHaveText(
    `Die Datei „riesig.svg“ ist zu groß (${Math.ceil(big.byteLength / 1024)} KB). Ein Wappen darf höchstens 200 KB groß sein.`,
  );
  await expect(page.locator('.print-sheet .sheet-arms')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
