import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { operatorDetails } from '../fixtures/operator-details';
import { expect, expectNoAxeViolations, expectNoSidewaysScrolling, fileTest, test } from './helpers';

// The operator edits betreiber.json next to index.html without rebuilding: so do these tests.
const operatorFile = path.resolve('dist/betreiber.json');
const shippedExample = readFileSync('public/betreiber.json', 'utf8');
const singleFile = pathToFileURL(path.resolve('dist-single/digitalkompass-kommune.html')).href;

const details = { ...operatorDetails, accessibilityContact: 'barrierefrei@beispielhausen.example' };

/** Opens a legal page from the footer of the current screen. */
async function openFromFooter(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Rechtliches' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test.beforeAll(() => {
  if (!existsSync(operatorFile)) throw new Error(`${operatorFile} is missing: run "npm run build" first`);
});
test.afterEach(() => writeFileSync(operatorFile, shippedExample));

test('without operator details every legal page says so plainly and shows what is known', async ({
  page,
}) => {
  writeFileSync(operatorFile, shippedExample);
  await page.goto('./#/bewertungen');
  await openFromFooter(page, 'Impressum', 'Impressum');
  await expect(page.getByText('Die Betreiberangaben sind noch nicht eingetragen')).toBeVisible();
  await expect(page.getByText(/„betreiber\.json“ neben „index\.html“/)).toBeVisible();
  await expect(page.getByText(/§ 5 DDG und § 18 MStV/)).toBeVisible();
  await expect(page.getByText(/Digitalkompass Kommune, Version \d+\.\d+\.\d+/)).toBeVisible();
  await expectNoAxeViolations(page);

  await openFromFooter(page, 'Datenschutz', 'Datenschutz');
  await expect(page.getByText('Die Betreiberangaben sind noch nicht eingetragen')).toBeVisible();
  await expect(page.getByText(/ist die Kommune, die die App nutzt/)).toBeVisible();
  await expect(
    page.getByText(
      /Nur im Speicher dieses Browsers auf diesem Gerät \(localStorage, dazu eine zweite Kopie in IndexedDB/,
    ),
  ).toBeVisible();
  await expect(page.getByText(/sendet keine Eingaben an einen Server/)).toBeVisible();
  await expectNoAxeViolations(page);

  await openFromFooter(page, 'Barrierefreiheit', 'Erklärung zur Barrierefreiheit');
  await expect(page.getByText(/Die Stelle, die diese Kopie betreibt, ist bemüht/)).toBeVisible();
  await expect(page.getByText('Die Kontaktstelle ist noch nicht eingetragen.')).toBeVisible();
  await expect(
    page.getByText('Die betreibende Stelle hat den Stand der Vereinbarkeit noch nicht erklärt.'),
  ).toBeVisible();
  await expect(page.getByText(/nicht innerhalb von sechs Wochen beantwortet.*\(LDBV\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: '§ 11 BayDiV' })).toBeVisible();
  await expectNoAxeViolations(page);

  // On a phone (or at 400 % zoom) nothing makes people scroll sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [link, heading] of [
    ['Impressum', 'Impressum'],
    ['Datenschutz', 'Datenschutz'],
    ['Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
  ] as const) {
    await openFromFooter(page, link, heading);
    await expectNoSidewaysScrolling(page, heading);
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // English too.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Accessibility statement/ })).toBeVisible();
  await expect(page.getByText('The operator details have not been entered yet')).toBeVisible();
});

test('wrong operator details get a clear message, never a blank page', async ({ page }) => {
  writeFileSync(operatorFile, JSON.stringify({ ...details, email: 'rathaus.example', telefon: '0123' }));
  await page.goto('./#/impressum');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Die Betreiberangaben sind fehlerhaft');
  await expect(alert).toContainText('„E-Mail“ (email) ist keine gültige E-Mail-Adresse.');
  await expect(alert).toContainText('Das Feld „telefon“ gibt es nicht.');
  await expect(page.getByText('Markt Beispielhausen')).toHaveCount(0);
  await expectNoAxeViolations(page);

  writeFileSync(operatorFile, '{ "name": "Markt Beispielhausen", }');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('„betreiber.json“ ist kein lesbares JSON-Objekt');
  await expect(page.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
});

test('with operator details: shown on all three pages, online and then offline', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  writeFileSync(operatorFile, JSON.stringify(details, null, 2));
  await page.goto('./#/bewertungen');
  await openFromFooter(page, 'Impressum', 'Impressum');
  const imprint = page.locator('.legal-details');
  await expect(imprint).toContainText('Markt Beispielhausen');
  await expect(imprint).toContainText('Erste Bürgermeisterin Anna Beispiel');
  await expect(imprint).toContainText('12345 Beispielhausen');
  await expect(page.getByRole('link', { name: 'rathaus@beispielhausen.example' })).toBeVisible();
  await expect(page.getByText('noch nicht eingetragen')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The service worker registers once the person has left the start screen; then the page keeps
  // a copy of betreiber.json in the worker's cache (this page is not controlled yet).
  await expect(page.getByRole('status').filter({ hasText: 'Offline bereit' })).toBeVisible({
    timeout: 30_000,
  });
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const cache = await caches.open('digitalkompass-betreiber');
        return (await cache.keys()).length;
      }),
    )
    .toBe(1);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
  await expect(page.locator('.legal-details')).toContainText('Markt Beispielhausen');
  await openFromFooter(page, 'Datenschutz', 'Datenschutz');
  await expect(page.getByText('Diese Kopie der App betreibt: Markt Beispielhausen.')).toBeVisible();
  await openFromFooter(page, 'Barrierefreiheit', 'Erklärung zur Barrierefreiheit');
  await expect(page.getByText(/^Markt Beispielhausen ist bemüht/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'barrierefrei@beispielhausen.example' })).toBeVisible();
  await expect(page.getByText(/am 30\.11\.2026 erstellt/)).toBeVisible();
  await expect(
    page.getByText('Diese Anwendung ist mit den Anforderungen der BayDiV teilweise vereinbar.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await context.setOffline(false);

  // An edit of the file shows on the next visit: the copy is only the fallback.
  writeFileSync(operatorFile, JSON.stringify({ ...details, name: 'Markt Neuhausen' }));
  await page.reload();
  await expect(page.getByText(/^Markt Neuhausen ist bemüht/)).toBeVisible();
});

fileTest.describe('the single file opened from disk', () => {
  fileTest('without details it says so; the form keeps them in this browser', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(singleFile);
    await openFromFooter(page, 'Impressum', 'Impressum');
    await expect(page.getByText('Die Betreiberangaben sind noch nicht eingetragen')).toBeVisible();
    await expect(page.getByText(/In dieser Einzeldatei tragen Sie die Angaben/)).toBeVisible();
    await expectNoAxeViolations(page);
    await openFromFooter(page, 'Datenschutz', 'Datenschutz');
    await expect(
      page.getByText('In der Einzeldatei außerdem die hier eingetragenen Betreiberangaben.'),
    ).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Rechtliches' })
      .getByRole('link', { name: 'Betreiberangaben eintragen' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Betreiberangaben eintragen' })).toBeVisible();
    await page.getByLabel('Name der Stelle (Betreiber)', { exact: true }).fill(details.name);
    await page.getByLabel('Vertreten durch', { exact: true }).fill(details.representative);
    await page.getByLabel('Straße und Hausnummer', { exact: true }).fill(details.street);
    await page.getByLabel('Postleitzahl', { exact: true }).fill(details.postalCode);
    await page.getByLabel('Ort', { exact: true }).fill(details.city);
    await page.getByLabel('E-Mail', { exact: true }).fill('rathaus(at)beispielhausen');
    await page
      .getByLabel('Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)', { exact: true })
      .fill(details.responsible);
    await page
      .getByLabel('Stand der Vereinbarkeit (vollständig, teilweise oder nicht)')
      .selectOption('vollständig');
    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    await expect(page.getByRole('alert')).toContainText('„E-Mail“ (email) ist keine gültige E-Mail-Adresse.');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScrolling(page, 'Betreiberangaben eintragen');
    await page.getByLabel('E-Mail', { exact: true }).fill(details.email);
    await page.getByRole('button', { name: 'Angaben speichern' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Die Betreiberangaben sind gespeichert.' }),
    ).toBeVisible();

    // Kept across a reload; shown on the legal pages.
    await page.reload();
    await openFromFooter(page, 'Impressum', 'Impressum');
    await expect(page.locator('.legal-details')).toContainText('Markt Beispielhausen');
    await expect(page.locator('.legal-details')).toContainText('Marktplatz 1');
    await openFromFooter(page, 'Barrierefreiheit', 'Erklärung zur Barrierefreiheit');
    await expect(page.getByRole('link', { name: details.email })).toBeVisible();
    await expect(
      page.getByText('Diese Anwendung ist mit den Anforderungen der BayDiV vollständig vereinbar.'),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });
});
